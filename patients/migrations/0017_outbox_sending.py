# Email outbox: a "sending" state between the lease and the SMTP server's answer, and the
# Message-ID each email carries.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("patients", "0016_patient_summary")]

    operations = [
        migrations.RemoveConstraint(
            model_name="delivery",
            name="delivery_once",
        ),
        migrations.AddField(
            model_name="delivery",
            name="message_id",
            field=models.CharField(blank=True, max_length=200),
        ),
        migrations.AlterField(
            model_name="delivery",
            name="outcome",
            field=models.CharField(
                choices=[
                    ("pending", "Waiting to send"),
                    ("sending", "Sending"),
                    ("sent", "Sent"),
                    ("failed", "Failed"),
                ],
                max_length=10,
            ),
        ),
        migrations.AddConstraint(
            model_name="delivery",
            constraint=models.UniqueConstraint(
                condition=models.Q(("outcome__in", ["pending", "sending", "sent"])),
                fields=("user", "dedupe_key", "channel"),
                name="delivery_once",
            ),
        ),
    ]
