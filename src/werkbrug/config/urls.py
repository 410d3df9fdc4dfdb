from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from werkbrug.security.admin_site import protect as protect_admin

urlpatterns = [
    path("", include("werkbrug.web.urls")),
    *protect_admin(admin.site),  # /admin/login/ -> the security login; admin needs the second factor
    path("admin/", admin.site.urls),
    path("auth/", include("werkbrug.security.urls")),
    path("api/v1/", include("werkbrug.registry.api.urls")),
    path("api/v1/", include("werkbrug.matching.api.urls")),
    path("api/v1/", include("werkbrug.trust.api.urls")),
    path("api/v1/", include("werkbrug.calc.urls")),
    path("api/v1/", include("werkbrug.carving.api")),
    path("api/v1/", include("werkbrug.sroi.api.urls")),
    path("api/v1/schema/", SpectacularAPIView.as_view(), name="openapi-schema"),
    path("api/v1/docs/", SpectacularSwaggerView.as_view(url_name="openapi-schema"), name="openapi-docs"),
    path("api/v1/redoc/", SpectacularRedocView.as_view(url_name="openapi-schema"), name="openapi-redoc"),
]
