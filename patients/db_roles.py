"""Two PostgreSQL roles, so the app cannot rewrite its own audit trail.

The owner role owns the schema and runs migrations (DATABASE_OWNER_URL). The app role,
which web, worker and beat connect as (DATABASE_URL), reads and writes every table but
only INSERTs and SELECTs audit events: it cannot UPDATE, DELETE or TRUNCATE them, and
since it owns no table it cannot ALTER one to disable a trigger or DROP it.
"""

from django.db import connections
from psycopg2 import sql

AUDIT_TABLE = "patients_auditevent"


def _statements(app_role: str, database: str) -> list:
    role = sql.Identifier(app_role)
    return [
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), role),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(role),
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}").format(
            role
        ),
        sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(role),
        # Tables the owner creates later get the same, until the next grant narrows them.
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
            "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {}"
        ).format(role),
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {}"
        ).format(role),
        sql.SQL("REVOKE ALL ON TABLE {} FROM {}").format(sql.Identifier(AUDIT_TABLE), role),
        sql.SQL("GRANT SELECT, INSERT ON TABLE {} TO {}").format(sql.Identifier(AUDIT_TABLE), role),
    ]


def app_role_grant(*, using: str = "default", app_role: str) -> None:
    """Gives `app_role` its privileges on the tables that exist now. Run as the owner after
    every migration, so new tables are covered and the audit table stays narrowed."""
    connection = connections[using]
    with connection.cursor() as cursor:
        statements = _statements(app_role, connection.settings_dict["NAME"])
        cursor.execute("SELECT to_regclass(%s)", [AUDIT_TABLE])
        if cursor.fetchone()[0] is None:
            # Before the first migration there is no audit table to narrow yet; the
            # default privileges cover it when created and `migrate` narrows it after.
            statements = statements[:-2]
        for statement in statements:
            cursor.execute(statement)


def role_create(*, using: str = "default", role: str, password: str | None) -> bool:
    """Creates a login role if it is missing (the connection needs CREATEROLE). True when
    it was created."""
    with connections[using].cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role])
        if cursor.fetchone():
            return False
        if password:
            cursor.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD %s").format(sql.Identifier(role)),
                [password],
            )
        else:
            cursor.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
        return True
