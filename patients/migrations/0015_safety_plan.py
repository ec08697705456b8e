# Placeholder, filled in by the change that owns it: the safety plan.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("patients", "0014_therapist_followup_alerts")]

    operations = []
