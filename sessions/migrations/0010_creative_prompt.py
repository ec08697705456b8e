# Placeholder, filled in by the change that owns it: the creative prompt kind.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("dosing", "0009_dispatch_batches")]

    operations = []
