from django.apps import AppConfig


class PatientsConfig(AppConfig):
    name = "patients"
    verbose_name = "People and access"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .middleware import session_limits_start
        from .tokens import connect_receivers

        connect_receivers()
        user_logged_in.connect(session_limits_start, dispatch_uid="session_limits_start")
