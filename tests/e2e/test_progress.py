"""A patient with a few windows behind them opens Today and Progress on a phone: the
charts draw from our own Chart.js, and each says in words what it shows."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from sessions.models import ScheduledPrompt
from tests.e2e.conftest import log_in, screenshot
from tests.patient_experience.helpers import (
    make_assessment,
    make_entry,
    set_statuses,
    window_with_moods,
)
from tests.sessions.helpers import make_due, record_session

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

Status = ScheduledPrompt.Status

PAINTED_PIXELS = """(canvas) => {
  const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) painted++; }
  return painted;
}"""


@pytest.fixture
def history(world):
    first = window_with_moods(world, [4, 5, 4], days_ago=21)
    middle = window_with_moods(world, [5, 6], days_ago=11)
    latest = window_with_moods(world, [7, 6, 8], days_ago=1)
    for session, total, band in ((first, 14, "moderate"), (middle, 9, "mild"), (latest, 6, "mild")):
        set_statuses(session, *[Status.ANSWERED] * 5, *[Status.EXPIRED] * 3)
        answered = session.ended_at + timedelta(hours=72)
        make_assessment(world.patient, "phq9", total, band, session=session, at=answered)
        make_assessment(world.patient, "gad7", total - 3, band, session=session, at=answered)
    return latest


def test_a_patient_sees_their_mood_chart_drawn_with_its_summary(world, history, page):
    log_in(page, world.patient.user.email)

    page.goto("/progress/")
    page.wait_for_selector("#mood-chart[data-rendered='true']")

    mood = page.locator("#mood-chart")
    assert mood.bounding_box()["width"] > 300
    assert mood.evaluate(PAINTED_PIXELS) > 1000
    assert page.evaluate("() => Chart.getChart('mood-chart').data.datasets[0].data.length") == 8
    summary = page.locator("#mood-summary").inner_text()
    assert "Your mood averaged 7.0 in your latest window" in summary
    assert "up from 4.3 in your first" in summary
    for chart in ("phq9-chart", "gad7-chart", "answered-chart"):
        assert page.locator(f"#{chart}").get_attribute("data-rendered") == "true"
    assert "Your latest PHQ-9 was 6 (mild)" in page.locator("#phq9-summary").inner_text()

    page.get_by_text("Show the mood numbers").click()
    assert page.get_by_role("table").first.is_visible()
    no_sideways_scroll = "() => document.documentElement.scrollWidth <= window.innerWidth"
    assert page.evaluate(no_sideways_scroll)
    screenshot(page, "progress-phone")


def test_no_script_is_fetched_from_another_site(world, history, page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    log_in(page, world.patient.user.email)

    page.goto("/progress/")
    page.wait_for_selector("#mood-chart[data-rendered='true']")

    base = page.url.split("/progress/")[0]
    assert [url for url in requested if not url.startswith(base)] == []


def test_today_on_a_phone_shows_the_day_and_the_due_prompt_by_keyboard(world, page):
    session = record_session(world, hours_ago=26)
    session.prompts.update(expires_at=session.ended_at + timedelta(hours=72))
    session.prompts.filter(title="How are you feeling?").update(status=Status.ANSWERED)
    due = make_due(session.prompts.get(title="Debrief reflection"))
    make_entry(world.patient, title="Morning pages", mood=6, at=timezone.now())
    log_in(page, world.patient.user.email)

    page.goto("/today/")

    assert page.get_by_text("Day 2 of 3").is_visible()
    answer = page.get_by_role("link", name=re.compile(r"Answer now: Debrief reflection"))
    answer.focus()
    assert page.evaluate("() => document.activeElement.textContent").startswith("Answer now")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/prompts/{due.pk}/**")
    page.go_back()
    assert page.get_by_role("heading", name="Recent entries").is_visible()
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "today-phone")
