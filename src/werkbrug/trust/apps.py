from django.apps import AppConfig


class TrustConfig(AppConfig):
    name = "werkbrug.trust"
    label = "trust"
    verbose_name = "Trustworthy matching"
    default_auto_field = "django.db.models.BigAutoField"
