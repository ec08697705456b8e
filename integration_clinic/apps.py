from django.apps import AppConfig


class IntegrationClinicConfig(AppConfig):
    name = "integration_clinic"
    verbose_name = "Integration Clinic"
