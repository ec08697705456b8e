import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def drop_plain_text_tokens(apps, schema_editor):
    """DRF's authtoken kept every key in plain text. Its app is gone and its keys no longer
    authenticate; its table goes too, so no key is left to leak from a backup."""
    connection = schema_editor.connection
    if "authtoken_token" in connection.introspection.table_names():
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE authtoken_token")
            cursor.execute("DELETE FROM django_migrations WHERE app = 'authtoken'")


class Migration(migrations.Migration):
    dependencies = [
        ("patients", "0009_seed_crisis_lines"),
    ]

    operations = [
        migrations.CreateModel(
            name="ApiToken",
            fields=[
                ("digest", models.CharField(max_length=128, primary_key=True, serialize=False)),
                ("token_key", models.CharField(db_index=True, max_length=25)),
                ("created", models.DateTimeField(auto_now_add=True)),
                ("expiry", models.DateTimeField(blank=True, null=True)),
                (
                    "name",
                    models.CharField(
                        help_text="Which device or program holds the token.",
                        max_length=100,
                        verbose_name="device",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="auth_token_set",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "API token",
                "ordering": ["-created"],
            },
        ),
        migrations.RunPython(drop_plain_text_tokens, migrations.RunPython.noop),
    ]
