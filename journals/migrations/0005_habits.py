# Placeholder, filled in by the change that owns it: habits and their marks.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("journals", "0004_text_and_time_validators")]

    operations = []
