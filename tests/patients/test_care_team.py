from django.urls import reverse

from patients.models import AuditEvent


def test_clinician_changes_a_patients_coach_and_it_is_audited(world, client):
    clinician = world.user("clinician")
    client.force_login(clinician)
    url = reverse("staff_patient_edit", args=[world.patient.pk])

    response = client.post(
        url,
        {
            "care_clinician": clinician.pk,
            "care_coach": world.user("other_coach").pk,
            "time_zone": "Asia/Kolkata",
            "weight_kg": "71.5",
        },
    )

    assert response.status_code == 302
    world.patient.refresh_from_db()
    assert world.patient.care_coach == world.user("other_coach")
    assert world.patient.time_zone == "Asia/Kolkata"
    assert AuditEvent.objects.filter(actor=clinician, action="update").exists()


def test_a_coach_who_is_not_a_coach_is_refused(world, client):
    client.force_login(world.user("clinic_admin"))

    response = client.post(
        reverse("staff_patient_edit", args=[world.patient.pk]),
        {"care_coach": world.user("clinician").pk, "time_zone": "UTC"},
    )

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    world.patient.refresh_from_db()
    assert world.patient.care_coach == world.user("coach")


def test_clinic_admin_does_not_see_clinical_fields(world, client):
    client.force_login(world.user("clinic_admin"))

    body = client.get(reverse("staff_patient_edit", args=[world.patient.pk])).content.decode()

    assert "weight_kg" not in body
