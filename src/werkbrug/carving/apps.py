from django.apps import AppConfig


class CarvingConfig(AppConfig):
    name = "werkbrug.carving"
    label = "carving"
    verbose_name = "Jobcarving / job carving"
    default_auto_field = "django.db.models.BigAutoField"
