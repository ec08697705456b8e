"""On PostgreSQL the audit trail cannot be emptied: not by the app's own role, which may
only INSERT and SELECT audit events, and not by TRUNCATE even for the table's owner.

The test database is made by a privileged connection (pytest-django must create it); these
tests make an owner role own the audit table and grant the app role what `migrate` grants
it in production, then connect as each role.
"""

# ruff: noqa: S608 (the only name formatted into SQL here is the audit table's constant)
import contextlib

import psycopg2
import pytest
from django.db import connection
from psycopg2 import errors, sql

from patients.db_roles import AUDIT_TABLE, _statements
from tests.conftest import skip_unless

# The marker has the test database made; these tests then reach it over their own
# connections, outside the test's transaction.
pytestmark = pytest.mark.django_db

APP_ROLE = "integration_clinic_app_test"
OWNER_ROLE = "integration_clinic_owner_test"


def _connect(settings_dict, user=None, autocommit=True):
    conn = psycopg2.connect(
        dbname=settings_dict["NAME"],
        host=settings_dict["HOST"] or None,
        port=settings_dict["PORT"] or None,
        user=user or settings_dict["USER"],
        password=settings_dict["PASSWORD"] if user is None else None,
    )
    conn.autocommit = autocommit
    return conn


def _ensure_role(cursor, role):
    cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role])
    if cursor.fetchone():
        return
    # Another test process may make it meanwhile.
    with contextlib.suppress(errors.DuplicateObject, errors.UniqueViolation):
        cursor.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))


@pytest.fixture
def roles(django_db_setup, django_db_blocker):
    skip_unless(connection.vendor == "postgresql", "needs PostgreSQL")
    with django_db_blocker.unblock():
        settings_dict = dict(connection.settings_dict)
    admin = _connect(settings_dict)
    with admin.cursor() as cursor:
        _ensure_role(cursor, APP_ROLE)
        _ensure_role(cursor, OWNER_ROLE)
        cursor.execute("SELECT tableowner FROM pg_tables WHERE tablename = %s", [AUDIT_TABLE])
        (original_owner,) = cursor.fetchone()
        cursor.execute(
            sql.SQL("ALTER TABLE {} OWNER TO {}").format(
                sql.Identifier(AUDIT_TABLE), sql.Identifier(OWNER_ROLE)
            )
        )
        for statement in _statements(APP_ROLE, settings_dict["NAME"]):
            cursor.execute(statement)
    try:
        yield settings_dict
    finally:
        with admin.cursor() as cursor:
            cursor.execute(
                sql.SQL("ALTER TABLE {} OWNER TO {}").format(
                    sql.Identifier(AUDIT_TABLE), sql.Identifier(original_owner)
                )
            )
        admin.close()


def _refused(conn, statement) -> str:
    with conn.cursor() as cursor:
        try:
            cursor.execute(statement)
        except psycopg2.Error as error:
            conn.rollback()
            return error.pgerror or str(error)
    conn.rollback()
    return ""


REFUSED_TO_THE_APP = [
    f"TRUNCATE {AUDIT_TABLE}",
    f"DELETE FROM {AUDIT_TABLE}",
    f"UPDATE {AUDIT_TABLE} SET action = 'view'",
    f"ALTER TABLE {AUDIT_TABLE} DISABLE TRIGGER ALL",
    f"ALTER TABLE {AUDIT_TABLE} DISABLE TRIGGER patients_auditevent_no_truncate",
    f"DROP TABLE {AUDIT_TABLE}",
]


@pytest.mark.parametrize("statement", REFUSED_TO_THE_APP)
def test_app_role_cannot_empty_change_or_drop_the_audit_table(roles, statement):
    app = _connect(roles, user=APP_ROLE, autocommit=False)
    try:
        assert "permission denied" in _refused(app, statement) or "must be owner" in _refused(
            app, statement
        )
    finally:
        app.close()


def test_app_role_inserts_and_reads_audit_events_and_writes_other_tables(roles):
    app = _connect(roles, user=APP_ROLE, autocommit=False)
    try:
        with app.cursor() as cursor:
            cursor.execute(
                "INSERT INTO patients_user (password, is_superuser, email, first_name, "
                "last_name, is_staff, is_active, date_joined, language) VALUES ('!', false, "
                "'audit-role@example.test', '', '', false, true, now(), '') RETURNING id"
            )
            (user_id,) = cursor.fetchone()
            cursor.execute(
                f"INSERT INTO {AUDIT_TABLE} (actor_id, action, object_type, object_id, at, "
                "request_id) VALUES (%s, 'view', 'patients.patient', '1', now(), 'r1')",
                [user_id],
            )
            cursor.execute(f"SELECT count(*) FROM {AUDIT_TABLE} WHERE actor_id = %s", [user_id])
            assert cursor.fetchone() == (1,)
            cursor.execute(
                "UPDATE patients_user SET first_name = 'Changed' WHERE id = %s", [user_id]
            )
            assert cursor.rowcount == 1
    finally:
        # Nothing of this may stay in the database the other tests share.
        app.rollback()
        app.close()


def test_truncate_is_refused_even_to_the_owner(roles):
    owner = _connect(roles, user=OWNER_ROLE, autocommit=False)
    try:
        assert "append-only" in _refused(owner, f"TRUNCATE {AUDIT_TABLE}")
    finally:
        owner.close()


def test_truncate_is_refused_to_a_superuser_who_does_not_ask_for_it(roles):
    superuser = _connect(roles, autocommit=False)
    try:
        assert "append-only" in _refused(superuser, f"TRUNCATE {AUDIT_TABLE}")
    finally:
        superuser.close()
