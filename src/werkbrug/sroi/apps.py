from django.apps import AppConfig


class SroiConfig(AppConfig):
    name = "werkbrug.sroi"
    label = "sroi"
    verbose_name = "Social Return"
    default_auto_field = "django.db.models.BigAutoField"
