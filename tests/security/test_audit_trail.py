"""Admin lists of health data are audited, and audit rows reach the JSON log stream."""

import json
import logging

import pytest
from django.contrib import admin
from django.urls import reverse

from patients.admin import AuditedAdminMixin
from patients.audit import audit_record
from patients.audit_log import AuditJsonFormatter
from patients.models import AuditEvent
from tests.factories import give_mfa, make_user

AUDITED_ADMINS = sorted(
    (model._meta.label_lower, model)
    for model, model_admin in admin.site._registry.items()
    if isinstance(model_admin, AuditedAdminMixin)
)


@pytest.fixture
def superuser(db):
    user = make_user(first_name="Sam", last_name="Super")
    user.is_staff = user.is_superuser = True
    user.save()
    return give_mfa(user)


def test_health_data_admins_include_the_patient_and_their_records():
    labels = {label for label, _ in AUDITED_ADMINS}
    assert {
        "patients.patient",
        "patients.consentrecord",
        "dosing.dosingsession",
        "journals.journalentry",
        "journals.assessment",
    } <= labels


@pytest.mark.parametrize(("label", "model"), AUDITED_ADMINS, ids=[x for x, _ in AUDITED_ADMINS])
def test_admin_list_of_health_data_opens_and_audits_each_row_shown(
    label, model, superuser, world, client
):
    client.force_login(superuser)
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")

    response = client.get(url)

    assert response.status_code == 200
    shown = list(response.context_data["cl"].result_list)
    audited = AuditEvent.objects.filter(
        actor=superuser, action=AuditEvent.Action.LIST, object_type=label
    )
    assert sorted(audited.values_list("object_id", flat=True)) == sorted(
        str(obj.pk) for obj in shown
    )


def test_patient_admin_list_names_each_patient_shown(superuser, world, client):
    client.force_login(superuser)

    client.get(reverse("admin:patients_patient_changelist"))

    audited = set(
        AuditEvent.objects.filter(actor=superuser, action="list").values_list(
            "patient_id", flat=True
        )
    )
    assert {world.patient.pk, world.other_patient.pk, world.elsewhere_patient.pk} <= audited


@pytest.fixture
def audit_lines():
    """What a collector reading the audit stream would receive."""
    lines = []

    class Collector(logging.Handler):
        def emit(self, record):
            lines.append(json.loads(self.format(record)))

    handler = Collector()
    handler.setFormatter(AuditJsonFormatter())
    logger = logging.getLogger("audit")
    logger.addHandler(handler)
    try:
        yield lines
    finally:
        logger.removeHandler(handler)


def test_audit_rows_are_logged_as_json_after_commit(
    world, audit_lines, django_capture_on_commit_callbacks
):
    clinician = world.user("clinician")
    with django_capture_on_commit_callbacks(execute=True):
        event = audit_record(actor=clinician, patient=world.patient, action="view")
        assert audit_lines == []

    assert audit_lines == [
        {
            "logger": "audit",
            "at": event.at.isoformat(),
            "actor_id": clinician.pk,
            "clinic_id": world.clinic.pk,
            "patient_id": world.patient.pk,
            "action": "view",
            "object_type": "patients.patient",
            "object_id": "",
            "request_id": "",
            "client_ip": None,
        }
    ]


def test_staff_reading_a_journal_list_logs_ids_never_entry_text(
    world, audit_lines, client, django_capture_on_commit_callbacks
):
    client.force_login(world.user("clinician"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(reverse("staff_patient", kwargs={"pk": world.patient.pk}))

    assert response.status_code == 200
    assert any(line["patient_id"] == world.patient.pk for line in audit_lines)
    assert all(
        set(line)
        <= {
            "logger",
            "at",
            "actor_id",
            "clinic_id",
            "patient_id",
            "action",
            "object_type",
            "object_id",
            "request_id",
            "client_ip",
        }
        for line in audit_lines
    )
