"""Outcome figures from known data, each number worked out by hand in the comments."""

import pytest
from django.urls import reverse

from integration_clinic.outcomes.figures import clinic_outcomes
from patients.models import AuditEvent
from tests.factories import make_patient
from tests.outcomes.helpers import DAY, FIRST_DOSE, dose, phq9, program, treated

# (answered, closed, baseline, latest, sessions, own program)
EIGHT = {
    "p1": (1, 4, 20, 18, 1, True),  # 25%, -2
    "p2": (2, 4, 16, 12, 1, True),  # 50%, -4
    "p3": (3, 4, 18, 9, 2, True),  # 75%, -9, responds (drop 9 of 18)
    "p4": (4, 4, 12, 4, 2, True),  # 100%, -8, responds, remits
    "p5": (0, 4, 10, 11, 1, False),  # 0%, +1
    "p6": (4, 5, 22, 10, 2, False),  # 80%, -12, responds (drop 12 of 22)
    "p7": (1, 5, 8, 3, 1, False),  # 20%, -5, responds, remits
    "p8": (3, 5, 14, 14, 1, False),  # 60%, 0
}


@pytest.fixture
def clinic_of_eight(world):
    clinic = world.clinic
    program(clinic, "Standard window")
    patients = {"p1": world.patient, "p2": world.other_patient}
    for name in EIGHT:
        patients.setdefault(name, make_patient(clinic, clinician=world.user("clinician")))
    for name, (answered, closed, baseline, latest, sessions, own) in EIGHT.items():
        treated(
            patients[name],
            answered=answered,
            closed=closed,
            baseline=baseline,
            latest=latest,
            sessions=sessions,
        )
        if own:
            program(clinic, "Six infusions", patient=patients[name])
    # p1 had an older PHQ-9 before the one closest to the first dose, and one on the way.
    phq9(patients["p1"], 25, FIRST_DOSE - 20 * DAY)
    phq9(patients["p1"], 19, FIRST_DOSE + 5 * DAY)
    # Counted as treated, but with no PHQ-9 since the dose: no change to count.
    no_follow_up = make_patient(clinic, clinician=world.user("clinician"))
    treated(no_follow_up, answered=2, closed=2, baseline=15, latest=None)
    # No dose at all: not treated.
    phq9(make_patient(clinic, clinician=world.user("clinician")), 20, FIRST_DOSE)
    # Another clinic's patient never counts here.
    treated(world.elsewhere_patient, answered=0, closed=3, baseline=27, latest=0)
    return patients


def _figures(world, **kwargs):
    return clinic_outcomes(world.clinic.pk, zone=world.clinic.time_zone, **kwargs)


def _rows(groups):
    return [
        (g.label, g.patients, g.adherence_range, g.median_change, g.response_rate, g.remission_rate)
        for g in groups
        if g.rows
    ]


def test_adherence_quartiles_set_against_phq9_change(world, clinic_of_eight):
    outcomes = _figures(world)

    assert outcomes.patients_treated == 9
    assert outcomes.with_change == 8
    # By adherence: p5 0%, p7 20% | p1 25%, p2 50% | p8 60%, p3 75% | p6 80%, p4 100%.
    assert _rows(outcomes.by_adherence) == [
        # +1 and -5: median -2; p7 responds and remits.
        ("Lowest adherence quarter", 2, (0, 20), -2, 50, 50),
        # -2 and -4: median -3; neither responds.
        ("Quarter 2", 2, (25, 50), -3, 0, 0),
        # 0 and -9: median -4.5; p3 responds.
        ("Quarter 3", 2, (60, 75), -4.5, 50, 0),
        # -12 and -8: median -10; both respond, p4 remits.
        ("Highest adherence quarter", 2, (80, 100), -10, 100, 50),
    ]


def test_by_number_of_sessions_and_by_program(world, clinic_of_eight):
    outcomes = _figures(world)

    # One session: p1 p2 p5 p7 p8: -2 -4 +1 -5 0 -> median -2; p7 responds and remits.
    # Two: p3 p4 p6: -9 -8 -12 -> median -9; all respond; p4 remits (1 of 3: 33%).
    assert [
        (g.label, g.patients, g.median_change, g.response_rate, g.remission_rate)
        for g in outcomes.by_sessions
    ] == [
        ("1 session", 5, -2, 20, 20),
        ("2 sessions", 3, -9, 100, 33),
    ]
    # Six infusions: p1-p4: -2 -4 -9 -8 -> median -6; p3 p4 respond; p4 remits.
    # The clinic's default: p5-p8: +1 -12 -5 0 -> median -2.5; p6 p7 respond; p7 remits.
    assert [
        (g.label, g.patients, g.median_change, g.response_rate, g.remission_rate)
        for g in outcomes.by_program
    ] == [
        ("Six infusions", 4, -6, 50, 25),
        ("Standard window", 4, -2.5, 50, 25),
    ]
    # All eight: -12 -9 -8 -5 -4 -2 0 +1 -> median -4.5; 4 respond, 2 remit.
    overall = outcomes.overall
    assert (overall.patients, overall.median_change, overall.responders, overall.remitters) == (
        8,
        -4.5,
        4,
        2,
    )
    assert (overall.response_rate, overall.remission_rate) == (50, 25)
    # Adherence: 0 20 25 50 60 75 80 100 -> median (50 + 60) / 2 = 55; two sessions:
    # p3 75, p4 100, p6 80 -> 80.
    assert overall.median_adherence == 55
    assert [g.median_adherence for g in outcomes.by_sessions] == [25, 80]


def test_the_date_range_picks_patients_by_their_first_dose(world, clinic_of_eight):
    late = make_patient(world.clinic, clinician=world.user("clinician"))
    first = dose(late, at=FIRST_DOSE + 60 * DAY)
    phq9(late, 20, first.started_at - DAY)
    phq9(late, 2, first.started_at + 10 * DAY)
    day = (FIRST_DOSE + 60 * DAY).date()

    only_late = _figures(world, start=day, end=day)
    before = _figures(world, end=day - DAY)

    assert (only_late.patients_treated, only_late.with_change) == (1, 1)
    assert only_late.overall.median_change == -18
    assert (before.patients_treated, before.with_change) == (9, 8)


def test_a_baseline_of_zero_cannot_respond_and_a_later_first_score_is_no_baseline(world):
    treated(world.patient, answered=1, closed=1, baseline=0, latest=0)
    late_start = world.other_patient
    dose(late_start)
    phq9(late_start, 12, FIRST_DOSE + 3 * DAY)
    phq9(late_start, 4, FIRST_DOSE + 20 * DAY)

    outcomes = _figures(world)

    assert outcomes.with_change == 1
    assert (outcomes.overall.responders, outcomes.overall.remitters) == (0, 1)


def test_the_page_and_the_api_show_the_same_figures(world, client, clinic_of_eight):
    client.force_login(world.user("clinician"))

    page = client.get(reverse("staff_outcomes"))
    api = client.get(reverse("api_outcomes")).json()

    assert page.status_code == 200
    body = page.content.decode()
    assert "Highest adherence quarter" in body
    assert "80–100%" in body
    assert "−10.0" in body or "-10.0" in body
    assert 'data-chart="outcomes"' in body
    assert world.patient.user.last_name not in body
    quartiles = api["by_adherence"]
    assert [(q["key"], q["median_change"], q["response_rate"]) for q in quartiles] == [
        ("q1", -2, 50),
        ("q2", -3, 0),
        ("q3", -4.5, 50),
        ("q4", -10, 100),
    ]
    assert api["overall"]["patients"] == 8
    assert (
        AuditEvent.objects.filter(
            actor=world.user("clinician"), object_type="outcomes", clinic=world.clinic
        ).count()
        == 2
    )


def test_the_csv_has_every_group(world, client, clinic_of_eight):
    client.force_login(world.user("clinic_admin"))

    response = client.get(reverse("staff_outcomes_csv"))

    assert response["Content-Type"] == "text/csv"
    lines = response.content.decode().splitlines()
    assert lines[0].startswith("Grouping,Group,Patients,")
    assert "By adherence quartile,Highest adherence quarter,2,80,100,90,-10.0,2,100,1,50" in lines
    # Six infusions: 25 50 75 100 answered -> median 62.5, rounded half to even as round() does.
    assert "By program,Six infusions,4,25,100,62,-6.0,2,50,1,25" in lines
    assert len(lines) == 1 + 4 + 2 + 2 + 1
    assert AuditEvent.objects.filter(object_type="outcomes", action="export").count() == 1


def test_a_program_name_is_never_a_spreadsheet_formula(world, client):
    program(world.clinic, "=HYPERLINK(1)", patient=world.patient)
    treated(world.patient, answered=1, closed=1, baseline=10, latest=5)
    client.force_login(world.user("clinician"))

    body = client.get(reverse("staff_outcomes_csv")).content.decode()

    assert "'=HYPERLINK(1)" in body


@pytest.mark.parametrize("name", ["staff_outcomes", "staff_outcomes_csv", "api_outcomes"])
def test_a_backwards_range_is_refused_with_its_reason(world, client, name):
    client.force_login(world.user("clinician"))

    response = client.get(reverse(name), {"start": "2026-05-02", "end": "2026-05-01"})

    assert response.status_code == 400
    assert "on or after the first day" in response.content.decode()


def test_a_date_that_is_not_one_is_refused(world, client):
    client.force_login(world.user("clinician"))

    response = client.get(reverse("api_outcomes"), {"start": "yesterday"})

    assert response.status_code == 400
    assert "start" in response.json()


def test_queries_do_not_grow_with_patients(
    world, client, clinic_of_eight, django_assert_max_num_queries
):
    client.force_login(world.user("clinician"))
    url = reverse("staff_outcomes")
    with django_assert_max_num_queries(40) as first:
        client.get(url)
    for _n in range(6):
        treated(
            make_patient(world.clinic, clinician=world.user("clinician")),
            answered=1,
            closed=2,
            baseline=20,
            latest=10,
            sessions=2,
        )

    with django_assert_max_num_queries(len(first.captured_queries)):
        client.get(url)
    with django_assert_max_num_queries(len(first.captured_queries)):
        client.get(reverse("api_outcomes"))
