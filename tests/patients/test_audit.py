import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.urls import reverse

from patients.models import AuditEvent


def test_listing_patients_as_staff_writes_one_audit_row_per_patient_shown(world, client):
    clinician = world.user("clinician")
    client.force_login(clinician)

    client.get(reverse("staff_patient_list"), HTTP_X_REQUEST_ID="req-list-0001")

    rows = AuditEvent.objects.filter(actor=clinician, action="list")
    assert {row.patient_id for row in rows} == {world.patient.pk, world.other_patient.pk}
    assert {row.request_id for row in rows} == {"req-list-0001"}


def test_opening_a_patient_as_staff_writes_a_view_row(world, client):
    coach = world.user("coach")
    client.force_login(coach)

    client.get(reverse("staff_patient", args=[world.patient.pk]))

    row = AuditEvent.objects.get(actor=coach, action="view")
    assert row.patient == world.patient
    assert row.clinic == world.clinic
    assert row.object_type == "patients.patient"
    assert row.request_id


def test_the_api_audits_staff_reads_too(world, client):
    clinician = world.user("clinician")
    client.force_login(clinician)

    client.get(reverse("patient-list"))
    client.get(reverse("patient-detail", args=[world.patient.pk]))

    assert AuditEvent.objects.filter(actor=clinician, action="list").count() == 2
    assert AuditEvent.objects.filter(actor=clinician, action="view").count() == 1


def test_a_patient_reading_their_own_record_is_not_a_staff_read(world, client):
    client.force_login(world.patient.user)

    client.get(reverse("patient-detail", args=[world.patient.pk]))

    assert not AuditEvent.objects.exists()


def test_a_refused_read_writes_nothing(world, client):
    client.force_login(world.user("other_clinician"))

    client.get(reverse("staff_patient", args=[world.patient.pk]))

    assert not AuditEvent.objects.filter(patient=world.patient).exists()


def test_audit_rows_cannot_be_changed_or_deleted(world, client):
    client.force_login(world.user("clinician"))
    client.get(reverse("staff_patient", args=[world.patient.pk]))
    row = AuditEvent.objects.get()

    row.action = "list"
    with pytest.raises(ValidationError):
        row.save()
    with pytest.raises(ValidationError):
        row.delete()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's")
def test_postgresql_itself_refuses_to_rewrite_the_trail(world, client):
    from django.db import InternalError

    client.force_login(world.user("clinician"))
    client.get(reverse("staff_patient", args=[world.patient.pk]))

    with pytest.raises(InternalError), transaction.atomic():
        AuditEvent.objects.update(action="list")
    with pytest.raises(InternalError), transaction.atomic():
        AuditEvent.objects.all().delete()
