from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from patients.db_roles import app_role_grant, role_create


class Command(BaseCommand):
    help = (
        "Creates the app role named by DATABASE_URL if it is missing and grants it its "
        "privileges. Connects as DATABASE_OWNER_URL's role, which needs CREATEROLE to create "
        "one. Run it before `migrate`, which grants again after each run."
    )

    def handle(self, *args, **options):
        owner = getattr(settings, "DATABASE_OWNER", None)
        connection = connections[DEFAULT_DB_ALIAS]
        if connection.vendor != "postgresql" or not owner:
            raise CommandError("db_roles needs PostgreSQL and DATABASE_OWNER_URL.")
        app_login = {key: connection.settings_dict[key] for key in ("USER", "PASSWORD")}
        if not app_login["USER"] or app_login["USER"] == owner["USER"]:
            raise CommandError("DATABASE_URL must name a role other than the owner's.")
        connection.close()
        connection.settings_dict.update({key: owner[key] for key in app_login})
        try:
            created = role_create(role=app_login["USER"], password=app_login["PASSWORD"])
            app_role_grant(app_role=app_login["USER"])
        finally:
            connection.close()
            connection.settings_dict.update(app_login)
        verb = "Created" if created else "Found"
        self.stdout.write(f"{verb} the app role {app_login['USER']}; privileges granted.")
