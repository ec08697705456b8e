"""A patient draws on the canvas with the mouse and records a voice note with the browser's
(fake) microphone, hears it back, and saves both with an entry; the entry page shows the
drawing and plays the voice note, and the browser reports no policy violation."""

import io

import pytest
from PIL import Image

from journals.models import JournalEntry
from tests.e2e.conftest import log_in, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WATCH_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
});
"""
# Plays an audio element for a moment: true once its clock has moved.
PLAYS = """async (audio) => {
  audio.muted = true;
  await audio.play();
  await new Promise((resolve) => setTimeout(resolve, 700));
  const moved = audio.currentTime > 0 && !audio.paused;
  audio.pause();
  return moved;
}"""


def _stroke(page, canvas, points):
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    x0, y0 = box["x"], box["y"]
    page.mouse.move(x0 + points[0][0] * box["width"], y0 + points[0][1] * box["height"])
    page.mouse.down()
    for x, y in points[1:]:
        page.mouse.move(x0 + x * box["width"], y0 + y * box["height"], steps=8)
    page.mouse.up()


def test_a_patient_draws_records_and_saves_both_with_an_entry(world, page, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    page.context.add_init_script(WATCH_VIOLATIONS)
    page.context.grant_permissions(["microphone"])
    log_in(page, world.patient.user.email)
    page.goto("/journal/new/")
    page.get_by_label("Your entry").fill("What the afternoon looked like.")

    page.get_by_text("Draw", exact=True).click()
    canvas = page.locator("[data-drawing-canvas]")
    page.get_by_role("button", name="Red").click()
    _stroke(page, canvas, [(0.1, 0.2), (0.5, 0.6), (0.9, 0.3)])
    page.get_by_label("Pen size").select_option("Thick")
    page.get_by_role("button", name="Blue").click()
    _stroke(page, canvas, [(0.2, 0.8), (0.8, 0.8)])
    page.get_by_role("button", name="Undo").click()
    page.get_by_text("Your drawing will be saved with the entry.").wait_for()

    page.get_by_text("Record a voice note").click()
    page.get_by_role("button", name="Record").click()
    page.get_by_text("Recording…").wait_for()
    page.wait_for_function(
        "() => document.querySelector('[data-voice-timer]').textContent.startsWith('0:02')"
    )
    assert page.locator("[data-voice-timer]").inner_text().endswith("/ 10:00")
    page.get_by_role("button", name="Stop").click()
    page.get_by_text("Listen to it below").wait_for()
    assert page.locator("[data-voice-playback]").evaluate(PLAYS)
    screenshot(page, "attachments-entry-form")
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_load_state()

    entry = JournalEntry.objects.get()
    drawing = entry.attachments.get(kind="drawing")
    voice = entry.attachments.get(kind="voice")
    assert (drawing.content_type, voice.content_type) == ("image/png", "audio/webm")
    with drawing.file.open("rb") as stored:
        image = Image.open(io.BytesIO(stored.read())).convert("RGB")
    colours = {colour for _, colour in image.getcolors(maxcolors=1_000_000)}
    # The red stroke is there; the blue one was undone.
    assert any(r > 150 and g < 100 and b < 100 for r, g, b in colours)
    assert not any(b > 150 and r < 100 and g < 150 for r, g, b in colours)
    assert voice.size > 1000

    assert page.locator("figure.attachment img").count() == 1
    player = page.locator("figure.attachment audio")
    assert player.evaluate(PLAYS)
    screenshot(page, "attachments-entry")
    assert page.evaluate("() => window.__cspViolations") == []
