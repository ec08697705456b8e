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


def test_a_new_time_zone_set_by_staff_moves_unsent_prompts_out_of_quiet_hours(world, client):
    from sessions.scheduling import in_quiet_hours
    from tests.sessions.helpers import record_session

    session = record_session(world, hours_ago=1)
    before = dict(session.prompts.values_list("pk", "due_at"))
    client.force_login(world.user("clinician"))

    client.post(
        reverse("staff_patient_edit", args=[world.patient.pk]),
        {
            "care_clinician": world.user("clinician").pk,
            "care_coach": world.user("coach").pk,
            "time_zone": "Asia/Tokyo",
            "weight_kg": "70",
        },
    )

    world.patient.refresh_from_db()
    after = list(session.prompts.all())
    assert any(p.due_at != before[p.pk] for p in after)
    for prompt in after:
        local = prompt.due_at.astimezone(world.patient.zone).time()
        assert not in_quiet_hours(
            local, world.patient.quiet_hours_start, world.patient.quiet_hours_end
        )
