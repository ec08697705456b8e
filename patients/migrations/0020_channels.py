from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("patients", "0019_summary_sort_keys")]

    operations = []
