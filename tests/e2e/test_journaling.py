"""A patient journals in a real browser on a phone-sized screen: a one-tap check-in, an
entry written and shared, the moods on the progress page, and drafts that survive a
reload or a lost connection."""

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

from journals.models import Assessment, Commitment, JournalDraft, JournalEntry
from patients.models import SafetyAlert
from sessions.models import ScheduledPrompt
from tests.e2e.conftest import log_in, screenshot
from tests.journals.helpers import due_prompt
from tests.sessions.helpers import make_due, record_session

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_patient_checks_in_then_writes_and_shares_an_entry(world, page):
    prompt = due_prompt(world, "check_in")
    log_in(page, world.patient.user.email)

    page.goto(f"/prompts/{prompt.pk}/")
    assert page.get_by_role("heading", level=1).inner_text() == prompt.title
    screenshot(page, "journal-check-in")
    page.get_by_role("button", name="7 out of 10", exact=True).click()
    page.wait_for_load_state()

    assert "Noted: 7 out of 10" in page.content()
    prompt.refresh_from_db()
    assert prompt.status == ScheduledPrompt.Status.ANSWERED

    page.goto("/journal/new/")
    page.get_by_label("Your entry").fill("The morning felt lighter. I walked to the river.")
    page.get_by_role("group", name="Mood").get_by_text("6", exact=True).click()
    page.get_by_role("group", name="Feelings").get_by_text("Hopeful", exact=True).click()
    page.get_by_label("Share this entry with my care team").check()
    screenshot(page, "journal-new-entry")
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_load_state()

    readers = page.locator("#readers").inner_text()
    assert "you and your care team: Cleo Clinician, Cody Coach, Thea Therapist." in readers
    screenshot(page, "journal-entry-shared")
    entry = JournalEntry.objects.get(kind="free")
    assert entry.shared_with_care_team
    assert (entry.mood, entry.feelings) == (6, ["hopeful"])

    page.goto("/progress/")
    page.get_by_text("Show the mood numbers").click()
    moods = page.locator("#mood-title").locator("xpath=..").inner_text()
    assert "Check-in" in moods and "7" in moods
    screenshot(page, "journal-progress")


def test_a_draft_survives_a_reload(world, page):
    log_in(page, world.patient.user.email)
    page.goto("/journal/new/")
    words = "Something I do not want to lose, half written"

    page.get_by_label("Your entry").fill(words)
    page.get_by_text("Draft saved at").wait_for()
    page.reload()

    assert page.get_by_label("Your entry").input_value() == words
    assert JournalDraft.objects.get(patient=world.patient, key="new").text == words


def test_words_written_while_the_connection_is_lost_survive_a_reload(world, page):
    log_in(page, world.patient.user.email)
    page.goto("/journal/new/")
    page.route("**/journal/drafts/**", lambda route: route.abort())
    words = "Written on a train through a tunnel"

    page.get_by_label("Your entry").fill(words)
    page.get_by_text("Not connected").wait_for()
    page.reload()

    assert page.get_by_label("Your entry").input_value() == words
    assert not JournalDraft.objects.exists()

    page.unroute("**/journal/drafts/**")
    page.get_by_label("Your entry").press("End")
    page.get_by_label("Your entry").type(".")
    page.get_by_text("Draft saved at").wait_for()
    assert JournalDraft.objects.get().text == words + "."

    page.get_by_role("button", name="Save entry").click()
    page.wait_for_load_state()
    page.goto("/journal/new/")
    assert page.get_by_label("Your entry").input_value() == ""


def test_a_patient_goes_through_a_whole_window_and_the_clinician_sees_what_was_shared(
    world, page, settings
):
    # As in the local demo: staff log in with a password alone.
    settings.MFA_ENFORCED_FOR_STAFF = False
    Authenticator.objects.filter(user=world.user("clinician")).delete()
    session = record_session(world)
    log_in(page, world.patient.user.email)

    page.goto(reverse("commitment_list", args=[session.pk]))
    for text in ("A walk after lunch", "One evening without my phone"):
        page.get_by_label("What I will do differently").fill(text)
        page.get_by_role("button", name="Add to my plan").click()
        page.wait_for_load_state()
    screenshot(page, "window-plan")

    shared_one = False
    window = session.prompts.filter(phase="window")
    for prompt in window.order_by("due_at", "pk"):
        make_due(prompt)
        page.goto(f"/prompts/{prompt.pk}/")
        if prompt.kind == "check_in":
            page.get_by_role("button", name="8 out of 10", exact=True).click()
        elif prompt.kind == "journal":
            page.get_by_role("group", name="A walk after lunch").get_by_text(
                "Some progress"
            ).click()
            page.get_by_label("Your entry").fill(f"Writing for “{prompt.title}”.")
            if not shared_one:
                page.get_by_label("Share this entry with my care team").check()
                shared_one = True
                screenshot(page, "window-journal-prompt")
            page.get_by_role("button", name="Save entry").click()
        elif prompt.kind == "mindfulness":
            page.get_by_role("button", name="Start", exact=True).click()
            page.wait_for_timeout(1500)
            page.get_by_role("button", name="Pause").click()
            assert page.get_by_label("Minutes you practised").input_value() == "1"
            screenshot(page, "window-mindfulness")
            page.get_by_label("How did it feel? (optional)").fill("Softer than I expected.")
            page.get_by_role("button", name="Done").click()
        elif prompt.kind == "creative":
            page.get_by_label("A few words about it (optional)").fill("The sea at dusk.")
            page.get_by_role("button", name="Save", exact=True).click()
        elif prompt.kind == "therapy":
            page.get_by_label("What I want to bring to therapy").fill("The old fear of failing.")
            page.get_by_label("My next therapy appointment (optional)").fill("2031-05-06T10:00")
            page.get_by_role("button", name="Save reflection").click()
        elif prompt.kind == "assessment" and prompt.instrument == "gad7":
            for n in range(1, 8):
                page.locator(f'label[for="id_item_{n}_1"]').click()
            page.get_by_role("button", name="Submit answers").click()
        elif prompt.kind == "assessment":
            for n in range(1, 10):
                page.locator(f'label[for="id_item_{n}_1"]').click()
            screenshot(page, "window-phq9")
            page.get_by_role("button", name="Submit answers").click()
            page.wait_for_load_state()
            crisis = page.get_by_role("alert").filter(has_text="988")
            assert crisis.get_by_role("link", name="Call 988").get_attribute("href") == "tel:988"
            assert crisis.get_by_role("link", name="Text 988").get_attribute("href") == "sms:988"
            screenshot(page, "window-phq9-crisis")
        page.wait_for_load_state()

    statuses = set(window.values_list("status", flat=True))
    assert statuses == {ScheduledPrompt.Status.ANSWERED}
    assert Commitment.objects.get(text="A walk after lunch").progress == "some"
    assert Assessment.objects.get(instrument="phq9").total == 9
    assert Assessment.objects.get(instrument="gad7").total == 7
    assert SafetyAlert.objects.get().kind == "phq9_item9"
    shared = JournalEntry.objects.get(shared_with_care_team=True)

    page.context.clear_cookies()
    log_in(page, world.user("clinician").email)
    page.goto(reverse("staff_entry_list", args=[world.patient.pk]))
    page.get_by_role("link", name="Guided journal").click()
    assert shared.text in page.content()
    page.get_by_role("textbox", name="Comment").fill("Thank you for sharing this.")
    page.get_by_role("button", name="Add comment").click()
    page.wait_for_load_state()
    screenshot(page, "window-staff-entry")
    assert shared.comments.get().text == "Thank you for sharing this."
    assert JournalEntry.objects.filter(shared_with_care_team=False).count() >= 6
