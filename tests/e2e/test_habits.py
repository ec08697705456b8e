"""A patient on a phone picks a habit and marks today with one tap; the grid and its words
say so, on the patient's own date."""

import pytest

from journals.habits import HabitMark, local_today
from tests.e2e.conftest import log_in, screenshot
from tests.habits.helpers import track

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_patient_picks_a_habit_and_taps_yes_for_today(world, page):
    world.patient.time_zone = "America/Los_Angeles"
    world.patient.save()
    track(world.patient, "Sleep")
    log_in(page, world.patient.user.email)

    page.goto("/habits/")
    page.get_by_role("button", name="Track time outdoors").click()
    page.wait_for_load_state("networkidle")
    outdoors = page.locator("[data-habit='Time outdoors']")
    outdoors.get_by_role("button", name="Yes, time outdoors today").click()
    page.wait_for_load_state("networkidle")

    outdoors = page.locator("[data-habit='Time outdoors']")
    assert (
        outdoors.get_by_role("button", name="Yes, time outdoors today").get_attribute(
            "aria-pressed"
        )
        == "true"
    )
    assert "Today: yes." in outdoors.inner_text()
    summaries = page.locator(".habit-summaries").inner_text()
    assert "Time outdoors: Yes on 1 day of the last 14" in summaries
    # Nothing sticks out sideways on a 375-pixel phone but the grid, which scrolls.
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    mark = HabitMark.objects.get(tracker__habit__name="Time outdoors")
    assert mark.day == local_today(world.patient) and mark.done is True
    screenshot(page, "habits-today")


def test_a_bad_number_stays_on_the_page_with_its_reason(world, page):
    track(world.patient, "Sleep")
    log_in(page, world.patient.user.email)

    page.goto("/habits/")
    page.get_by_label("Sleep today, in hours").fill("30")
    page.get_by_role("button", name="Save sleep").click()
    page.wait_for_load_state("networkidle")

    assert page.get_by_label("Sleep today, in hours").input_value() == "30"
    assert "from 0 to 24" in page.get_by_role("alert").first.inner_text()
    assert not HabitMark.objects.exists()
