from django.apps import AppConfig


class BusinessCaseConfig(AppConfig):
    name = "werkbrug.businesscase"
    label = "businesscase"
    default_auto_field = "django.db.models.BigAutoField"
