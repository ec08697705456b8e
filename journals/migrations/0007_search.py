# Placeholder, filled in by the change that owns it: journal full-text search.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("journals", "0006_attachments")]

    operations = []
