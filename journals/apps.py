from django.apps import AppConfig


class JournalsConfig(AppConfig):
    name = "journals"
    verbose_name = "Journals and assessments"

    def ready(self):
        # Adds this app's figures to the patients' summary rows (patients/summary.py).
        from . import summary  # noqa: F401
