from django.apps import apps
from django.core.management import call_command


def _counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in ("patients", "dosing", "journals", "groups", "account")
        and model._meta.label not in ("patients.AuditEvent",)
    }


def test_seed_demo_builds_a_clinic_and_running_it_twice_changes_nothing(db, client):
    call_command("seed_demo", verbosity=0)
    first = _counts()
    call_command("seed_demo", verbosity=0)

    assert _counts() == first
    assert first["patients.Patient"] == 12
    assert first["patients.StaffMembership"] == 5
    assert client.login(email="patient@demo.test", password="integrate-demo-2026")
