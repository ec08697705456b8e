# Placeholder, filled in by the change that owns it: pre-session and follow-up steps.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("dosing", "0006_text_and_time_validators")]

    operations = []
