from django.apps import AppConfig


class LoonwaardeConfig(AppConfig):
    name = "werkbrug.loonwaarde"
    label = "loonwaarde"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Loonwaarde measurements"
