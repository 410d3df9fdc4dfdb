from django.urls import path

from werkbrug.security import views

app_name = "security"
urlpatterns = [
    path("login/", views.login_view, name="login"),
    path("login/totp/", views.totp_view, name="totp"),
    path("login/<slug:code>/", views.start_view, name="start"),
    path("oidc/callback/", views.oidc_callback, name="oidc-callback"),
    path("logout/", views.logout_view, name="logout"),
    path("session/", views.session_view, name="session"),
]
