from django.conf import settings
from django.core.management.commands.migrate import Command as MigrateCommand
from django.db import DEFAULT_DB_ALIAS, connections

from patients.db_roles import app_role_grant, role_create


class Command(MigrateCommand):
    help = (
        MigrateCommand.help + " With DATABASE_OWNER_URL set, runs as the owner role, creates "
        "the app role if it is missing, and then grants the app role (DATABASE_URL's user) "
        "its privileges, the audit table narrowed to INSERT and SELECT."
    )

    def handle(self, *args, **options):
        owner = getattr(settings, "DATABASE_OWNER", None)
        database = options["database"]
        if not owner or database != DEFAULT_DB_ALIAS:
            return super().handle(*args, **options)
        connection = connections[database]
        app_login = {key: connection.settings_dict[key] for key in ("USER", "PASSWORD")}
        connection.close()
        connection.settings_dict.update({key: owner[key] for key in app_login})
        separate_app_role = app_login["USER"] and app_login["USER"] != owner["USER"]
        try:
            if separate_app_role and connection.vendor == "postgresql":
                # A first deployment has no app role yet: make it, as `db_roles` would.
                role_create(using=database, role=app_login["USER"], password=app_login["PASSWORD"])
            super().handle(*args, **options)
            if separate_app_role:
                app_role_grant(using=database, app_role=app_login["USER"])
                if options["verbosity"]:
                    self.stdout.write(f"Granted the app role {app_login['USER']} its privileges.")
        finally:
            connection.close()
            connection.settings_dict.update(app_login)
