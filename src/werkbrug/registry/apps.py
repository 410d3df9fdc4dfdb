from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "werkbrug.registry"
    label = "registry"
    verbose_name = "Register"
    default_auto_field = "django.db.models.BigAutoField"
