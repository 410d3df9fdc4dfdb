from django.apps import AppConfig


class PathwaysConfig(AppConfig):
    name = "werkbrug.pathways"
    label = "pathways"
    verbose_name = "Pathways and outcomes"
    default_auto_field = "django.db.models.BigAutoField"
