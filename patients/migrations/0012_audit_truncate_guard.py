from django.db import migrations

# Row triggers do not fire on TRUNCATE, so until now one statement could empty the trail.
# A statement trigger refuses it for every role, the table's owner included; the app's own
# role cannot even disable the triggers, since only the owner may alter the table (see
# patients/db_roles.py for its grants).
#
# One exception: a superuser session that asks for it by setting
# integration_clinic.allow_audit_truncate. A superuser could drop the trigger anyway, so
# this gives nothing away; the test settings use it so that tests which flush the
# database between them (Django's flush is a TRUNCATE) can run.
FORWARD = """
CREATE OR REPLACE FUNCTION patients_auditevent_no_truncate() RETURNS trigger AS $$
BEGIN
    IF coalesce(current_setting('integration_clinic.allow_audit_truncate', true), '') = 'on'
       AND (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'audit events are append-only: TRUNCATE is refused';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER patients_auditevent_no_truncate
    BEFORE TRUNCATE ON patients_auditevent
    FOR EACH STATEMENT EXECUTE FUNCTION patients_auditevent_no_truncate();
"""
BACKWARD = """
DROP TRIGGER IF EXISTS patients_auditevent_no_truncate ON patients_auditevent;
DROP FUNCTION IF EXISTS patients_auditevent_no_truncate();
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("patients", "0011_text_date_weight_validators")]
    operations = [migrations.RunPython(forward, backward)]
