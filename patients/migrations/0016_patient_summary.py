# Placeholder, filled in by the change that owns it: the dashboard's per-patient summary rows.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("patients", "0015_safety_plan")]

    operations = []
