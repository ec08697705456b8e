from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("dosing", "0010_creative_prompt")]

    operations = []
