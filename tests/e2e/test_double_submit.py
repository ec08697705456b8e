"""A patient in crisis writes an entry on a phone, then reloads the page, goes back and
sends the form again: one entry, one alert, the care team emailed once, and the crisis
help every time."""

from datetime import UTC, datetime

import pytest
import time_machine
from django.core import mail

from journals.models import JournalEntry
from patients.models import SafetyAlert
from tests.e2e.conftest import log_in, screenshot
from tests.journals.helpers import CRISIS_WORDS

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def clock():
    """Starts at a fixed hour and keeps ticking: the browser and the server wait on it."""
    with time_machine.travel(datetime(2026, 12, 8, 15, 0, tzinfo=UTC)):
        yield


def _crisis_help(page):
    return page.get_by_role("alert").filter(has_text="You do not have to face this alone")


def _on_entry_page(page, entry):
    return page.url.split("?")[0].endswith(f"/journal/{entry.pk}/")


def test_a_crisis_entry_reloaded_and_sent_again_is_one_entry_and_one_alert(world, page):
    log_in(page, world.patient.user.email)
    page.goto("/journal/new/")
    page.get_by_label("Your entry").fill(CRISIS_WORDS)
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_load_state()

    entry = JournalEntry.objects.get()
    assert _on_entry_page(page, entry)
    _crisis_help(page).wait_for()
    screenshot(page, "double-submit-crisis-saved")

    page.reload()
    page.wait_for_load_state()
    _crisis_help(page).wait_for()
    assert (JournalEntry.objects.count(), SafetyAlert.objects.count()) == (1, 1)

    page.go_back()
    page.wait_for_load_state()
    assert page.get_by_label("Your entry").input_value() == CRISIS_WORDS
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_load_state()

    assert _on_entry_page(page, entry)
    assert "it was saved once" in page.locator(".messages").inner_text()
    _crisis_help(page).wait_for()
    screenshot(page, "double-submit-crisis-sent-again")
    assert JournalEntry.objects.count() == 1
    assert SafetyAlert.objects.count() == 1
    care_team = {world.user(role).email for role in ("clinician", "coach", "therapist")}
    assert sorted(message.to[0] for message in mail.outbox) == sorted(care_team)
