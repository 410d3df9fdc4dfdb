from django.apps import AppConfig


class BanenafspraakConfig(AppConfig):
    name = "werkbrug.banenafspraak"
    label = "banenafspraak"
    verbose_name = "Banenafspraak monitor"
    default_auto_field = "django.db.models.BigAutoField"
