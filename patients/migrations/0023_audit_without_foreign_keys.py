import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    """The audit trail without database foreign keys or the single-column indexes its
    composite (actor, at) and (patient, at) indexes already serve: a list page's 50 rows
    are inserted without 150 parent checks and without locking the reader's user row."""

    dependencies = [("patients", "0022_language")]

    operations = [
        migrations.AlterField(
            model_name="auditevent",
            name="actor",
            field=models.ForeignKey(
                db_constraint=False,
                db_index=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="audit_events",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AlterField(
            model_name="auditevent",
            name="clinic",
            field=models.ForeignKey(
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="patients.clinic",
            ),
        ),
        migrations.AlterField(
            model_name="auditevent",
            name="patient",
            field=models.ForeignKey(
                db_constraint=False,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="audit_events",
                to="patients.patient",
            ),
        ),
    ]
