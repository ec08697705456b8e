"""The dosing form says what the dose is in mg/kg and what its button does; the session page
flags vitals outside normal ranges in words."""

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from sessions import services
from sessions.models import DosingSession
from tests.sessions.helpers import record_session

NOW = datetime(2026, 6, 10, 16, 0, tzinfo=UTC)
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture(autouse=True)
def _pinned(time_machine):
    time_machine.move_to(NOW, tick=False)


def _wall(moment):
    return moment.astimezone(NEW_YORK).strftime("%Y-%m-%dT%H:%M")


def _form(**overrides):
    data = {
        "setting": "in_clinic",
        "route": "iv_ketamine",
        "dose_mg": "35",
        "weight_kg": "",
        "started_at": _wall(NOW - timedelta(hours=1)),
        "ended_at": "",
    }
    return {**data, **overrides}


def _field_order(page):
    return re.findall(r'name="(dose_mg|confirm_high_dose|weight_kg|route)"', page)


# The form ------------------------------------------------------------------------------


def test_the_high_dose_confirmation_sits_right_under_the_dose(world, client):
    client.force_login(world.user("clinician"))

    page = client.get(reverse("session_create", args=[world.patient.pk])).content.decode()

    assert _field_order(page) == ["route", "dose_mg", "confirm_high_dose", "weight_kg"]


def test_the_form_shows_the_dose_in_mg_per_kg_against_the_routes_ceiling(world, client):
    client.force_login(world.user("clinician"))
    url = reverse("session_create", args=[world.patient.pk])

    refused = client.post(url, _form(dose_mg="84")).content.decode()

    # 84 mg for the patient's 70 kg.
    assert "1.20 mg/kg at 70 kg. Above the 1.0 mg/kg ceiling for IV ketamine infusion" in refused
    assert "confirm it below" in refused
    assert not DosingSession.objects.exists()


def test_the_figure_follows_a_weight_typed_in(world, client):
    client.force_login(world.user("clinician"))
    url = reverse("session_create", args=[world.patient.pk])

    page = client.post(url, _form(dose_mg="", weight_kg="80")).content.decode()
    assert "The dose in mg/kg appears here" in page

    page = client.post(url, _form(dose_mg="40", weight_kg="80", lot_number="")).content.decode()
    session = DosingSession.objects.get()
    assert session.mg_per_kg == 0.5


def test_the_live_figure_comes_from_a_static_script_not_an_inline_one(world, client):
    client.force_login(world.user("clinician"))

    page = client.get(reverse("session_create", args=[world.patient.pk])).content.decode()

    assert re.search(r'<script src="[^"]*js/dosing-form\.js" defer></script>', page)
    assert all(" src=" in tag for tag in re.findall(r"<script[^>]*>", page))
    assert 'data-patient-weight="70.0"' in page or 'data-patient-weight="70"' in page
    assert "data-ceilings=" in page and "data-dose-figure" in page


def test_the_button_says_what_it_will_do(world, client):
    client.force_login(world.user("clinician"))
    url = reverse("session_create", args=[world.patient.pk])

    new = client.get(url).content.decode()
    future = client.post(
        url, _form(started_at=_wall(NOW + timedelta(days=2)), dose_mg="x")
    ).content.decode()
    session = record_session(world, hours_ago=30)
    edit = client.get(reverse("session_edit", args=[session.pk])).content.decode()

    assert re.search(r"<button[^>]*data-submit-label[^>]*>Record session</button>", new)
    assert 'data-future="Plan session"' in new
    assert re.search(r"<button[^>]*>Plan session</button>", future)
    assert re.search(r"<button[^>]*>Save changes</button>", edit)
    assert "data-submit-label" not in edit


def test_a_session_starting_later_is_planned(world, client):
    client.force_login(world.user("clinician"))

    response = client.post(
        reverse("session_create", args=[world.patient.pk]),
        _form(started_at=_wall(NOW + timedelta(days=2))),
    )

    session = DosingSession.objects.get()
    assert response["Location"] == reverse("session_detail", args=[session.pk])
    assert session.status == DosingSession.Status.PLANNED
    assert not session.prompts.exclude(phase="pre_session").exists()


# Vitals --------------------------------------------------------------------------------

READINGS = [
    # (systolic, diastolic, heart rate, SpO2) -> the words the page must show, or none
    ((140, 85, 72, 98), ["High blood pressure (140/85"]),
    ((135, 90, 72, 98), ["High blood pressure (135/90"]),
    ((139, 89, 72, 98), []),
    ((120, 80, 72, 93), ["Low oxygen saturation (93%"]),
    ((120, 80, 72, 94), []),
    ((120, 80, 101, 98), ["Fast heart rate (101 bpm"]),
    ((120, 80, 100, 98), []),
    ((120, 80, 49, 98), ["Slow heart rate (49 bpm"]),
    ((120, 80, 50, 98), []),
    ((150, 95, 110, 91), ["High blood pressure", "Low oxygen", "Fast heart rate"]),
]


@pytest.mark.parametrize(("reading", "expected"), READINGS, ids=str)
def test_vitals_outside_normal_ranges_are_flagged_in_words(world, client, reading, expected):
    systolic, diastolic, heart_rate, spo2 = reading
    session = record_session(world)
    services.vitals_add(
        acting_user=world.user("clinician"),
        session=session,
        taken_at=NOW,
        systolic=systolic,
        diastolic=diastolic,
        heart_rate=heart_rate,
        spo2=spo2,
    )
    client.force_login(world.user("clinician"))

    page = client.get(reverse("session_detail", args=[session.pk])).content.decode()
    api = client.get(reverse("dosing-session-detail", args=[session.pk])).json()

    (row,) = api["vitals"]
    assert len(row["flags"]) == len(expected)
    for words in expected:
        assert words in page
        assert any(flag.startswith(words) for flag in row["flags"])
    if expected:
        assert "1 reading outside the normal range" in page
    else:
        assert "outside the normal range (BP" not in page
