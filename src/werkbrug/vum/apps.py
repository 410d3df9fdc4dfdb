from django.apps import AppConfig


class VumConfig(AppConfig):
    name = "werkbrug.vum"
    label = "vum"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "VUM profile exchange"
