"""The patient's journey in Spanish: Today, the journal, questionnaires, habits, progress and
the export speak to a patient who chose Spanish in their own words, with Spanish month and
day names; a visitor whose browser asks for Spanish gets the error pages in Spanish; and
nobody else's pages change."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.urls import reverse

from journals.models import JournalEntry
from sessions.models import PromptKind
from tests.patient_experience.helpers import make_assessment, make_entry
from tests.sessions.helpers import make_due, record_session

ROOT = Path(__file__).resolve().parents[2]
# A Tuesday in March: Spanish says "martes" and "marzo".
NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def spanish_catalogue():
    """The Spanish catalogue the project ships (locale/es, compiled), so the pages are
    checked against the translations people get."""
    return ROOT / "locale"


@pytest.fixture
def spanish(settings, spanish_catalogue):
    settings.LOCALE_PATHS = [str(spanish_catalogue)]


@pytest.fixture
def spanish_patient(world, spanish, client, time_machine):
    time_machine.move_to(NOW, tick=False)
    user = world.patient.user
    user.language = "es"
    user.save(update_fields=["language"])
    client.force_login(user)
    return world.patient


def _page(client, name, *args):
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    return response.content.decode()


def test_today_says_where_the_patient_is_in_spanish_with_spanish_dates(
    world, spanish_patient, client
):
    record_session(world, hours_ago=26)

    body = _page(client, "today")

    assert "Dónde estás" in body
    assert "<strong>Día 2 de 3</strong> después de tu sesión del" in body
    # The session ended on Monday 9 March, in the patient's own zone.
    assert "lunes 9 marzo" in body
    assert "Tu equipo de atención" in body
    assert "Where you are" not in body
    # The menu, the page's language and the crisis footer are Spanish too.
    assert ">Diario<" in body and ">Hábitos<" in body
    assert '<html lang="es">' in body
    assert "Saltar al contenido" in body and "Cerrar sesión" in body
    assert "¿Estás en crisis?" in body and "Tu plan de seguridad" in body


def test_the_journal_and_an_entry_speak_spanish(world, spanish_patient, client):
    entry = make_entry(world.patient, text="Hoy me sentí más liviana.", mood=7)

    journal = _page(client, "journal_list")
    detail = _page(client, "entry_detail", entry.pk)

    assert "Tu diario" in journal and "Escribir una entrada" in journal
    assert "ánimo 7/10" in journal
    assert "mar 10 Mar 2026" in journal
    assert "Entrada del diario" in detail
    assert "Quién puede leer esto:" in detail
    assert "Compartir con mi equipo de atención" in detail
    # The patient's own words are never translated.
    assert "Hoy me sentí más liviana." in detail


def test_sharing_an_entry_is_confirmed_in_spanish(world, spanish_patient, client):
    entry = make_entry(world.patient)

    response = client.post(reverse("entry_share", args=[entry.pk]), follow=True)

    assert "Compartida. Tu equipo de atención ya puede leer esta entrada:" in (
        response.content.decode()
    )
    assert JournalEntry.objects.get(pk=entry.pk).shared_with_care_team


def test_the_phq9_is_asked_in_spanish_and_a_gap_is_named_in_spanish(spanish_patient, client):
    form = _page(client, "assessment_create", "phq9")

    assert "Durante las últimas 2 semanas" in form
    assert "Poco interés o placer en hacer cosas" in form
    assert "Más de la mitad de los días" in form

    answers = {f"item_{n}": "1" for n in range(1, 9)}
    response = client.post(reverse("assessment_create", args=["phq9"]), answers)

    assert "Por favor responde todas las preguntas; te faltan: 9." in response.content.decode()


def test_the_breathing_practice_and_the_recorder_give_their_scripts_spanish_words(
    world, spanish_patient, client
):
    session = record_session(world, hours_ago=26)
    prompt = make_due(session.prompts.filter(kind=PromptKind.MINDFULNESS).first())

    practice = _page(client, "prompt_answer", prompt.pk)
    entry_form = _page(client, "entry_create")

    assert "Respiración guiada" in practice
    assert 'data-text-breathe-in="Inhala…"' in practice
    assert 'data-text-pause="Pausar"' in practice
    assert 'data-text-recording="Grabando…"' in entry_form
    assert 'data-text-recorded="Grabaste {time}.' in entry_form


def test_progress_summarises_in_spanish(world, spanish_patient, client):
    make_assessment(world.patient, "phq9", 6, "mild", at=NOW - timedelta(days=1))

    body = _page(client, "progress")

    assert "Tu progreso" in body
    assert "Tu último PHQ-9 fue 6 (leve) el 9 Mar." in body
    assert "Rangos:" in body and "5–9 leve" in body
    # The charts' own words come from the page.
    assert 'data-mood-axis="Ánimo (1–10)"' in body


def test_habits_name_the_day_in_spanish(world, spanish_patient, client):
    body = _page(client, "habit_list")

    assert "Tus hábitos" in body
    assert "Hoy, martes 10 marzo" in body
    assert "Elige tus hábitos" in body
    # The clinic's default habits are ours, so they come in Spanish too.
    assert "Sueño" in body and "(horas)" in body


def test_the_printable_export_is_in_spanish(world, spanish_patient, client):
    make_entry(world.patient, mood=4, feelings=["calm"])

    body = _page(client, "export_print")

    assert "Registros de" in body
    assert "Sesiones de dosificación" in body
    assert "ánimo 4 de 10" in body
    assert "Sentimientos: En calma" in body
    assert "impreso el martes 10 marzo 2026" in body


def test_a_visitor_whose_browser_asks_for_spanish_gets_a_spanish_not_found_page(spanish, client):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="es")

    assert response.status_code == 404
    body = response.content.decode()
    assert "No encontrado" in body
    assert "Aquí no hay nada, o no te corresponde verlo." in body
    assert "¿Estás en crisis? Llama al número de emergencias local" in body


def test_a_patient_who_chose_no_language_keeps_english(world, spanish, client, time_machine):
    time_machine.move_to(NOW, tick=False)
    record_session(world, hours_ago=26)
    client.force_login(world.patient.user)

    body = _page(client, "today")

    assert "Where you are" in body
    assert "<strong>Day 2 of 3</strong> after your session on Monday 9 March." in body
    assert "Dónde estás" not in body
    assert '<html lang="en">' in body and "In crisis?" in body
