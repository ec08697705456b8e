from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("patients", "0021_push_subscriptions")]

    operations = [
        migrations.AddField(
            model_name="user",
            name="language",
            field=models.CharField(
                blank=True,
                choices=[("en", "English"), ("es", "Español")],
                help_text=(
                    "The language of pages, emails, push and text messages. Empty: the browser's."
                ),
                max_length=8,
            ),
        ),
    ]
