from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "werkbrug.security"
    label = "security"
    verbose_name = "Security and privacy"

    def ready(self) -> None:
        from werkbrug.security import logfilter

        logfilter.install()  # no personal data in any log line, whatever handler receives it
