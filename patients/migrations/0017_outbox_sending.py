# Placeholder, filled in by the change that owns it: email outbox: sending state and Message-ID.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("patients", "0016_patient_summary")]

    operations = []
