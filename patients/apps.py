from django.apps import AppConfig


class PatientsConfig(AppConfig):
    name = "patients"
    verbose_name = "People and access"

    def ready(self):
        from .tokens import connect_receivers

        connect_receivers()
