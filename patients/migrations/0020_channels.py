import django.utils.timezone
from django.db import migrations, models

import patients.phones


class Migration(migrations.Migration):
    dependencies = [("patients", "0019_summary_sort_keys")]

    operations = [
        migrations.CreateModel(
            name="SmsOptOut",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "phone",
                    models.CharField(
                        max_length=20,
                        unique=True,
                        validators=[patients.phones.validate_e164],
                        verbose_name="phone",
                    ),
                ),
                (
                    "keyword",
                    models.CharField(
                        help_text="What the person texted, such as STOP.",
                        max_length=20,
                        verbose_name="keyword",
                    ),
                ),
                (
                    "opted_out_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="opted out at"
                    ),
                ),
            ],
            options={
                "verbose_name": "text message opt-out",
                "verbose_name_plural": "text message opt-outs",
                "ordering": ["-opted_out_at"],
            },
        ),
        migrations.AddField(
            model_name="clinic",
            name="sms_sender",
            field=models.CharField(
                blank=True,
                help_text="An E.164 number, such as +15005550006, or a sender id of up to 11 "
                "letters and digits. Empty: the service's default sender.",
                max_length=20,
                validators=[patients.phones.validate_sms_sender],
                verbose_name="text message sender",
            ),
        ),
        migrations.AddField(
            model_name="delivery",
            name="provider_id",
            field=models.CharField(blank=True, db_index=True, max_length=64),
        ),
        migrations.AddField(
            model_name="delivery",
            name="url",
            field=models.CharField(blank=True, max_length=300),
        ),
        migrations.AddField(
            model_name="delivery",
            name="send_after",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="patient",
            name="push_prompt_kinds",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Prompt kinds also sent as a notification to the patient's devices.",
            ),
        ),
        migrations.AddField(
            model_name="patient",
            name="sms_prompt_kinds",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Prompt kinds also sent as a text message to the patient's phone.",
            ),
        ),
        migrations.AddField(
            model_name="staffmembership",
            name="phone",
            field=models.CharField(
                blank=True,
                help_text="In international form (E.164), such as +442079460958.",
                max_length=20,
                validators=[patients.phones.validate_e164],
                verbose_name="mobile phone",
            ),
        ),
        migrations.AddField(
            model_name="staffmembership",
            name="push_urgent_alerts",
            field=models.BooleanField(
                default=True,
                help_text="Urgent safety alerts also come as a notification to every device "
                "you allowed.",
                verbose_name="push urgent alerts",
            ),
        ),
        migrations.AddField(
            model_name="staffmembership",
            name="sms_urgent_alerts",
            field=models.BooleanField(
                default=False,
                help_text="Urgent safety alerts also come as a text message to the phone above.",
                verbose_name="text me urgent alerts",
            ),
        ),
        migrations.AlterField(
            model_name="delivery",
            name="channel",
            field=models.CharField(
                choices=[
                    ("in_app", "In the app"),
                    ("email", "Email"),
                    ("push", "Push notification"),
                    ("sms", "Text message"),
                ],
                max_length=10,
            ),
        ),
    ]
