from django.apps import AppConfig


class JournalsConfig(AppConfig):
    name = "journals"
    verbose_name = "Journals and assessments"
