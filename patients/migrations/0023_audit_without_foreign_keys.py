from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("patients", "0022_language")]

    operations = []
