"""The national crisis lines and emergency numbers, as checked on 2026-12-01."""

from django.db import migrations

from patients.crisis_seed import seed_rows


def seed(apps, schema_editor):
    CrisisLine = apps.get_model("patients", "CrisisLine")
    existing = set(
        CrisisLine.objects.filter(clinic__isnull=True).values_list("country", "kind", "phone")
    )
    CrisisLine.objects.bulk_create(
        CrisisLine(**row)
        for row in seed_rows()
        if (row["country"], row["kind"], row["phone"]) not in existing
    )


def unseed(apps, schema_editor):
    CrisisLine = apps.get_model("patients", "CrisisLine")
    rows = seed_rows()
    for row in rows:
        CrisisLine.objects.filter(
            clinic__isnull=True,
            country=row["country"],
            kind=row["kind"],
            phone=row["phone"],
            checked_on=row["checked_on"],
        ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("patients", "0008_patient_contact_crisis_lines"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
