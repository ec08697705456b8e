from django.apps import AppConfig


class DosingConfig(AppConfig):
    """Dosing sessions and their integration windows. Labelled "dosing" so it never clashes
    with django.contrib.sessions."""

    name = "sessions"
    label = "dosing"
    verbose_name = "Dosing sessions and prompts"

    def ready(self):
        # Adds this app's figures to the patients' summary rows (patients/summary.py).
        from . import summary  # noqa: F401
