# Placeholder, filled in by the change that owns it: batched dispatch.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("dosing", "0008_therapy_notes")]

    operations = []
