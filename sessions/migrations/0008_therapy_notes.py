# Placeholder, filled in by the change that owns it: therapy notes.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("dosing", "0007_program_phases")]

    operations = []
