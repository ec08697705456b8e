from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("patients", "0020_channels")]

    operations = []
