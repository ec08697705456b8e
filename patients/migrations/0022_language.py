from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("patients", "0021_push_subscriptions")]

    operations = []
