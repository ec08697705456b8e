"""What the patient's therapist sees across the apps, and what they do not: as the coach
does (shared entries, debrief notes, session dates), plus assessments always; doses and
vitals only where the clinic turns that on; nothing of another clinic."""

import pytest
from django.urls import reverse

from patients.models import AuditEvent, Notification
from patients.selectors import (
    can_see_assessments,
    can_see_doses,
    is_on_care_team,
    patient_list_for,
)
from tests.care_team.helpers import make_entry, make_phq9, raise_alert, write_note
from tests.sessions.helpers import record_session

pytestmark = pytest.mark.django_db

LOT = "LOT-THERAPY-7731"
SHARED = "The drive home felt like a new road."
PRIVATE = "Only for me, never for the team."


def test_therapist_sees_only_the_patients_whose_care_team_they_are_on(world, therapist):
    assert list(patient_list_for(therapist)) == [world.patient]
    assert is_on_care_team(therapist, world.patient)
    assert not is_on_care_team(therapist, world.other_patient)


def test_therapist_of_another_clinic_sees_none_of_this_clinics_patients(world, client_for):
    other_therapist = world.user("other_therapist")
    assert list(patient_list_for(other_therapist)) == [world.elsewhere_patient]
    response = client_for(other_therapist).get(reverse("staff_patient", args=[world.patient.pk]))
    assert response.status_code == 404


def test_therapist_lands_on_the_dashboard_with_their_own_patients(world, therapist, client_for):
    client = client_for(therapist)
    assert client.get(reverse("home"))["Location"] == reverse("staff_dashboard")
    body = client.get(reverse("staff_dashboard")).content.decode()
    assert world.patient.user.last_name in body
    assert world.other_patient.user.last_name not in body


def test_therapist_reads_shared_entries_and_never_a_private_one(world, therapist, client_for):
    shared = make_entry(world.patient, text=SHARED, shared=True, title="Shared-Title-41")
    private = make_entry(world.patient, text=PRIVATE, shared=False, title="Private-Title-42")
    client = client_for(therapist)
    listed = client.get(reverse("staff_entry_list", args=[world.patient.pk])).content.decode()
    assert "Shared-Title-41" in listed
    assert "Private-Title-42" not in listed
    assert SHARED in client.get(reverse("staff_entry_detail", args=[shared.pk])).content.decode()
    assert client.get(reverse("staff_entry_detail", args=[private.pk])).status_code == 404


def test_therapist_reads_assessments_where_coaches_may_not(world, therapist, coach, client_for):
    assert world.clinic.coaches_see_assessments is False
    assessment = make_phq9(world.patient, 17)
    assert can_see_assessments(therapist, world.patient)
    assert not can_see_assessments(coach, world.patient)
    response = client_for(therapist).get(reverse("assessment_detail", args=[assessment.pk]))
    assert response.status_code == 200
    assert AuditEvent.objects.filter(
        actor=therapist, object_id=str(assessment.pk), action=AuditEvent.Action.VIEW
    ).exists()


def test_therapist_reads_debrief_notes(world, therapist, client_for):
    note = write_note(record_session(world), text="Talked about the open door.")
    response = client_for(therapist).get(reverse("debrief_note_detail", args=[note.pk]))
    assert "Talked about the open door." in response.content.decode()


def test_therapist_sees_session_dates_but_no_dose_unless_the_clinic_allows(
    world, therapist, client_for
):
    session = record_session(world, lot_number=LOT)
    client = client_for(therapist)
    page = client.get(reverse("session_detail", args=[session.pk])).content.decode()
    api = client.get(reverse("dosing-session-detail", args=[session.pk])).json()
    assert LOT not in page
    assert "dose_mg" not in api
    assert not can_see_doses(therapist, world.patient)

    world.clinic.therapists_see_doses = True
    world.clinic.save()
    world.patient.refresh_from_db()
    page = client.get(reverse("session_detail", args=[session.pk])).content.decode()
    api = client.get(reverse("dosing-session-detail", args=[session.pk])).json()
    assert LOT in page
    assert api["lot_number"] == LOT
    # A fresh user, as each request has: the membership and its clinic are cached on it.
    assert can_see_doses(type(therapist).objects.get(pk=therapist.pk), world.patient)


def test_the_clinic_setting_never_shows_doses_to_coaches_or_other_therapists(world, client_for):
    world.clinic.therapists_see_doses = True
    world.clinic.save()
    session = record_session(world, lot_number=LOT)
    assert not can_see_doses(world.user("coach"), world.patient)
    assert not can_see_doses(world.user("other_therapist"), world.patient)
    page = client_for(world.user("coach")).get(reverse("session_detail", args=[session.pk]))
    assert LOT not in page.content.decode()


def test_therapist_receives_safety_alerts_for_their_patients(world, therapist, mailoutbox):
    alert = raise_alert(world.patient)
    assert Notification.objects.filter(user=therapist, urgent=True).count() == 1
    other_alert = raise_alert(world.other_patient)
    assert Notification.objects.filter(user=therapist, urgent=True).count() == 1
    assert alert.pk != other_alert.pk


def test_the_session_list_costs_the_same_for_a_therapist_who_sees_doses(
    world, therapist, client_for, django_assert_max_num_queries
):
    world.clinic.therapists_see_doses = True
    world.clinic.save()
    client = client_for(therapist)
    counts = []
    for hours_ago in (3, 200, 400, 600):
        record_session(world, hours_ago=hours_ago, recorded_late=True)
        with django_assert_max_num_queries(20) as captured:
            rows = client.get(reverse("dosing-session-list")).json()["results"]
        assert all("dose_mg" in row for row in rows)
        counts.append(len(captured))
    assert counts[1] == counts[-1]
