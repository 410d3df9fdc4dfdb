"""/api/v1/calc/NAME/ for every calculator (also without the trailing slash; that alias is
left out of the OpenAPI file). Included under /api/v1/ by config/urls.py."""

from django.urls import path

from werkbrug.calc.api import VIEWS

urlpatterns = [p for name, view in sorted(VIEWS.items()) for p in (
    path(f"calc/{name}/", view.as_view(), name=f"calc-{name}"),
    path(f"calc/{name}", view.as_view(schema=None)),
)]
