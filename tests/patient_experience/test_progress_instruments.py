"""Progress reaches both questionnaires: PHQ-9 and GAD-7 each have their section, with the
chart and table once answered, an explanation before, and a way to answer one now."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from tests.patient_experience.helpers import make_assessment


@pytest.fixture(autouse=True)
def _now(time_machine):
    time_machine.move_to(datetime(2026, 3, 4, 17, 0, tzinfo=UTC), tick=False)


def _progress(client, world):
    client.force_login(world.patient.user)
    response = client.get(reverse("progress"))
    assert response.status_code == 200
    return response.content.decode()


def test_before_any_answer_both_sections_explain_and_offer_to_answer(world, client):
    body = _progress(client, world)

    for key, label in (("phq9", "PHQ-9"), ("gad7", "GAD-7")):
        assert f'id="{key}-title">{label} totals' in body
        assert f"No {label} answered yet." in body
        assert f"Your {label} totals will show here as a chart and a table" in body
        assert (
            f'<a href="{reverse("assessment_create", args=[key])}">Answer the {label} now</a>'
            in body
        )
        assert f'id="{key}-chart"' not in body


def test_each_answered_questionnaire_has_its_chart_and_table(world, client):
    now = datetime(2026, 3, 4, 17, 0, tzinfo=UTC)
    make_assessment(world.patient, "phq9", 12, "moderate", at=now - timedelta(days=8))
    make_assessment(world.patient, "phq9", 6, "mild", at=now - timedelta(days=1))
    make_assessment(world.patient, "gad7", 9, "mild", at=now - timedelta(days=1))

    body = _progress(client, world)

    for key, label in (("phq9", "PHQ-9"), ("gad7", "GAD-7")):
        assert f'<canvas id="{key}-chart"' in body
        assert f'<script id="{key}-data" type="application/json">' in body
        assert f"Show the {label} numbers" in body
        assert f"Your {label} totals will show here" not in body
        assert f'href="{reverse("assessment_create", args=[key])}"' in body
    assert "Your latest PHQ-9 was 6 (mild) on 3 Mar, down from 12 (moderate)" in body
    assert "Your latest GAD-7 was 9 (mild) on 3 Mar." in body


def test_the_link_opens_the_questionnaire(world, client):
    client.force_login(world.patient.user)

    for key in ("phq9", "gad7"):
        assert client.get(reverse("assessment_create", args=[key])).status_code == 200
