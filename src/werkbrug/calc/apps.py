from django.apps import AppConfig


class CalcConfig(AppConfig):
    name = "werkbrug.calc"
    label = "calc"
    default_auto_field = "django.db.models.BigAutoField"
