from django.db import migrations

# On PostgreSQL the database itself refuses to change or delete audit rows, so not even a
# bug or a shell session can rewrite the trail.
FORWARD = """
CREATE OR REPLACE FUNCTION patients_auditevent_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER patients_auditevent_no_change
    BEFORE UPDATE OR DELETE ON patients_auditevent
    FOR EACH ROW EXECUTE FUNCTION patients_auditevent_append_only();
"""
BACKWARD = """
DROP TRIGGER IF EXISTS patients_auditevent_no_change ON patients_auditevent;
DROP FUNCTION IF EXISTS patients_auditevent_append_only();
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("patients", "0001_initial")]
    operations = [migrations.RunPython(forward, backward)]
