from django.apps import AppConfig


class WebConfig(AppConfig):
    """The server-rendered web application (consultant and employer journeys)."""

    name = "werkbrug.web"
    label = "web"
    verbose_name = "Werkbrug web"
