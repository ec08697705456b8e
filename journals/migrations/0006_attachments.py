# Placeholder, filled in by the change that owns it: journal attachments.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("journals", "0005_habits")]

    operations = []
