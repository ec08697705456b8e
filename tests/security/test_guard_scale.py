"""A guard asks about the one patient it guards: the pages behind it cost the same for a
clinic of 3 patients or 40, and no guard loads the clinic to look for one patient."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from journals.selectors import can_comment
from sessions.selectors import deliveries_for
from tests.care_team.helpers import make_entry
from tests.factories import make_patient


def _more_patients(world, count):
    for _ in range(count):
        make_patient(world.clinic, clinician=world.user("clinician"), coach=world.user("coach"))


def _queries(client, url):
    client.get(url)  # the first request of a login settles the session: not counted
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def _guard_sql(check):
    with CaptureQueriesContext(connection) as captured:
        answer = check()
    return answer, [query["sql"] for query in captured]


def test_the_staff_patient_page_costs_the_same_for_3_and_40_patients(world, client):
    client.force_login(world.user("clinician"))
    url = reverse("staff_patient", args=[world.patient.pk])
    few = _queries(client, url)

    _more_patients(world, 37)

    assert _queries(client, url) == few


def test_a_staff_entry_page_costs_the_same_for_3_and_40_patients(world, client):
    entry = make_entry(world.patient, mood=5, shared=True)
    client.force_login(world.user("coach"))
    url = reverse("staff_entry_detail", args=[entry.pk])
    few = _queries(client, url)

    _more_patients(world, 37)

    assert _queries(client, url) == few


def test_the_delivery_log_guard_asks_for_one_row_not_the_clinic(world):
    _more_patients(world, 37)
    clinician = world.user("clinician")

    deliveries, sql = _guard_sql(lambda: list(deliveries_for(clinician, world.patient)))

    assert deliveries == []
    guards = [q for q in sql if "patients_patient" in q and "dosing" not in q]
    assert len(guards) == 1
    assert "LIMIT 1" in guards[0]


def test_the_delivery_log_stays_closed_to_another_clinic(world):
    other_clinician = world.user("other_clinician")

    assert list(deliveries_for(other_clinician, world.patient)) == []


def test_the_comment_guard_asks_for_one_row_not_the_clinic(world):
    _more_patients(world, 37)
    entry = make_entry(world.patient, mood=5, shared=True)

    allowed, sql = _guard_sql(lambda: can_comment(world.user("coach"), entry))

    assert allowed
    patient_queries = [q for q in sql if "patients_patient" in q]
    assert len(patient_queries) == 1
    assert "LIMIT 1" in patient_queries[0]


def test_the_comment_guard_still_refuses_a_coach_off_the_care_team(world):
    entry = make_entry(world.patient, mood=5, shared=True)

    assert not can_comment(world.user("other_coach"), entry)
    assert can_comment(world.user("clinician"), entry)
    assert not can_comment(world.user("other_clinician"), entry)
