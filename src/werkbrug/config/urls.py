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
    path("api/v1/", include("werkbrug.loonwaarde.api.urls")),
    path("api/v1/", include("werkbrug.businesscase.api")),
    path("api/v1/", include("werkbrug.sroi.api.urls")),
    path("api/v1/", include("werkbrug.pathways.api.urls")),
    path("api/v1/", include("werkbrug.banenafspraak.api.urls")),
    path("api/v1/schema/", SpectacularAPIView.as_view(), name="openapi-schema"),
    path("api/v1/docs/", SpectacularSwaggerView.as_view(url_name="openapi-schema"), name="openapi-docs"),
    path("api/v1/redoc/", SpectacularRedocView.as_view(url_name="openapi-schema"), name="openapi-redoc"),
]

# errors outside the API views: problem+json under /api/, Django's generic pages elsewhere
handler400 = "werkbrug.security.error_pages.bad_request"
handler403 = "werkbrug.security.error_pages.permission_denied"
handler404 = "werkbrug.security.error_pages.page_not_found"
handler500 = "werkbrug.security.error_pages.server_error"
