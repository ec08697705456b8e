"""The printable outcome report of one patient, for referrers."""

from datetime import UTC, datetime

import time_machine
from django.urls import reverse

from patients.models import AuditEvent
from tests.care_team.helpers import make_entry
from tests.fhir.helpers import make_gad7
from tests.outcomes.helpers import DAY, FIRST_DOSE, dose, phq9, treated

PRIVATE = "Words for no one else 8812."
SHARED = "Words for my team 8812."
NOW = datetime(2026, 4, 10, 14, 0, tzinfo=UTC)


def _record(world):
    patient = world.patient
    treated(patient, answered=3, closed=4, baseline=18, latest=8, sessions=2)
    phq9(patient, 12, FIRST_DOSE + 9 * DAY)
    make_gad7(patient, [2, 2, 1, 1, 1, 1, 1], at=FIRST_DOSE - DAY)
    make_entry(patient, text=PRIVATE, shared=False)
    make_entry(patient, text=SHARED, shared=True)


def _report(client, user, patient):
    client.force_login(user)
    with time_machine.travel(NOW, tick=False):
        return client.get(reverse("staff_outcome_report", kwargs={"pk": patient.pk}))


def test_the_report_shows_scores_sessions_adherence_and_status(world, client):
    _record(world)

    response = _report(client, world.user("clinician"), world.patient)

    assert response.status_code == 200
    body = response.content.decode()
    assert "Pat Pattison" in body and "Harbor Clinic" in body
    assert "Cleo Clinician" in body  # the patient's clinician
    assert "10 April 2026" in body  # generated, in the clinic's zone
    # Baseline 18 two days before the first dose, latest 8: a drop of 10 of 18.
    assert "a change of -10" in body
    assert body.count('class="status-yes"') == 1  # responded, not in remission (8 >= 5)
    assert "3 of 4 (75%)" in body
    assert "2 dosing sessions" in body
    assert "2 March 2026" in body and "9 March 2026" in body
    assert "18 / 27" in body and "12 / 27" in body and "8 / 27" in body
    assert "9 / 21" in body  # the GAD-7
    assert body.count("<polyline") == 1  # three PHQ-9s draw a line; one GAD-7 does not
    assert "print-page.js" in body and "outcome-report.css" in body
    assert PRIVATE not in body and SHARED not in body
    assert "35" + " mg" not in body


def test_the_patients_therapist_may_print_it_and_it_is_audited(world, client):
    _record(world)

    response = _report(client, world.user("therapist"), world.patient)

    assert response.status_code == 200
    assert AuditEvent.objects.filter(
        actor=world.user("therapist"),
        patient=world.patient,
        object_type="outcome_report",
        action="view",
    ).exists()


def test_coaches_and_clinic_admins_may_not(world, client):
    _record(world)

    assert _report(client, world.user("coach"), world.patient).status_code == 403
    assert _report(client, world.user("clinic_admin"), world.patient).status_code == 403
    assert _report(client, world.user("other_clinician"), world.patient).status_code == 404


def test_without_a_baseline_the_report_says_status_is_not_known(world, client):
    dose(world.patient)
    phq9(world.patient, 9, FIRST_DOSE + 3 * DAY)

    body = _report(client, world.user("clinician"), world.patient).content.decode()

    assert "not known yet" in body
    assert "No integration prompt has closed yet." in body


def test_the_staff_patient_page_links_the_report_for_those_who_may_print_it(world, client):
    url = reverse("staff_outcome_report", kwargs={"pk": world.patient.pk})
    page = reverse("staff_patient", kwargs={"pk": world.patient.pk})
    for role, linked in (("clinician", True), ("therapist", True), ("coach", False)):
        client.force_login(world.user(role))
        assert (url in client.get(page).content.decode()) is linked, role
