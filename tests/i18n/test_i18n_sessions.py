"""Dosing sessions, prompts, notes and groups in Spanish: a patient or a clinician who chose
Spanish reads these pages, and the prompt and group messages that reach them, in Spanish
with Spanish month and day names; someone who did not choose it still reads English."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from groups import services as group_services
from patients.models import Notification
from sessions import services
from sessions.models import ScheduledPrompt
from tests.groups.helpers import schedule, seat
from tests.i18n.test_i18n_journey import spanish, spanish_catalogue  # noqa: F401
from tests.sessions.helpers import make_due, record_session

# Every test reads the Spanish catalogue as the fragments make it.
pytestmark = pytest.mark.usefixtures("spanish")

# A Tuesday in March: Spanish says "martes" and "marzo".
NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)


@pytest.fixture
def now(time_machine):
    time_machine.move_to(NOW, tick=False)
    return NOW


def _speaks_spanish(user):
    user.language = "es"
    user.save(update_fields=["language"])
    return user


def _page(client, user, name, *args):
    client.force_login(user)
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    return response.content.decode()


def test_a_spanish_speaking_patient_reads_their_prompts_in_spanish(world, client, now):
    session = record_session(world, hours_ago=2)
    make_due(session.prompts.order_by("due_at").first())

    body = _page(client, _speaks_spanish(world.patient.user), "prompt_inbox")

    assert "<h1>Tus actividades</h1>" in body
    assert "Para hacer ahora" in body and "Próximamente" in body
    assert "abierta hasta el" in body
    assert "Registro de ánimo" in body  # the kind of the first prompt
    assert "Due now" not in body and "Coming up" not in body


def test_a_spanish_speaking_clinician_reads_the_dosing_record_in_spanish(world, client, now):
    session = record_session(world, hours_ago=2)
    clinician = _speaks_spanish(world.user("clinician"))

    body = _page(client, clinician, "session_detail", session.pk)

    # The session started on Tuesday 10 March, in the clinic's zone.
    assert "Sesión del martes 10 marzo 2026" in body
    assert "Dosis y observaciones" in body
    assert "Infusión IV de ketamina" in body
    assert "Signos vitales" in body and "Ventana de integración" in body
    assert "Completada" in body
    assert "Dose and observations" not in body and "Integration window" not in body


def test_the_dosing_form_speaks_spanish_to_the_page_and_its_script(world, client, now):
    clinician = _speaks_spanish(world.user("clinician"))

    body = _page(client, clinician, "session_create", world.patient.pk)

    assert "Registrar una sesión de dosificación" in body
    assert "Número de lote" in body and "Sedantes concomitantes" in body
    assert 'data-past="Registrar sesión"' in body and 'data-future="Planificar sesión"' in body
    assert 'data-text-above="Por encima del límite de CEILING mg/kg para ROUTE' in body
    assert "Record a dosing session" not in body


def test_groups_speak_spanish_to_a_patient_who_chose_it(world, client, now):
    group_session = schedule(world, hours_ahead=24 * 7)
    seat(group_session, world.patient)
    patient_user = _speaks_spanish(world.patient.user)

    listing = _page(client, patient_user, "group_list")
    detail = _page(client, patient_user, "group_detail", group_session.pk)

    assert "<h1>Sesiones de grupo</h1>" in listing
    assert "Tus grupos" in listing and "Tu nombre en los grupos" in listing
    assert "Tienes un lugar" in detail and "Liberar mi lugar" in detail
    assert "90 minutos" in detail
    assert "Your groups" not in listing and "Give up my seat" not in detail


def test_a_prompt_email_reaches_each_patient_in_their_own_language(world, now):
    spanish_session = record_session(world, hours_ago=2)
    english_session = record_session(world, patient=world.other_patient, hours_ago=2)
    _speaks_spanish(world.patient.user)
    first = [
        session.prompts.order_by("due_at").first() for session in (spanish_session, english_session)
    ]
    ids = [prompt.pk for prompt in first]
    ScheduledPrompt.objects.filter(pk__in=ids).update(status="queued", queued_at=timezone.now())

    assert services.prompts_deliver(prompt_ids=ids) == 2

    by_address = {message.to[0]: message.body for message in mail.outbox}
    spanish_body = by_address[world.patient.user.email]
    english_body = by_address[world.other_patient.user.email]
    assert "Tienes algo nuevo esperándote en tu ventana de integración." in spanish_body
    assert "Ábrelo aquí: " in spanish_body
    assert "Puedes cambiar cómo y cuándo te contactamos" in spanish_body
    assert "Something new is waiting for you in your integration window." in english_body
    assert "Open it here: " in english_body


def test_a_cancelled_group_is_announced_in_the_patients_language(
    world, now, django_capture_on_commit_callbacks
):
    group_session = schedule(world, hours_ahead=24 * 7)
    seat(group_session, world.patient)
    _speaks_spanish(world.patient.user)

    with django_capture_on_commit_callbacks(execute=True):
        group_services.group_session_cancel(
            acting_user=world.user("coach"), group_session=group_session
        )

    note = Notification.objects.get(user=world.patient.user)
    assert note.title.startswith("Cancelada: Integration circle, mar 17 ")
    assert "Lamentamos el cambio de planes." in note.body
    (message,) = mail.outbox
    assert message.body.startswith("Hola, Pat:\n")
    assert "se canceló" in message.body and "— Tu equipo de atención" in message.body
    # The session was a week after NOW: Tuesday 17 March, in the patient's zone.
    assert "Cancelled" not in message.body
    assert group_session.starts_at - NOW == timedelta(days=7)


def test_a_calendar_feed_is_in_its_owners_language_whoever_asks(world, client, now):
    group_session = schedule(world, hours_ahead=24 * 7)
    seat(group_session, world.patient)
    _speaks_spanish(world.patient.user)
    token = group_services.calendar_feed_token_rotate(acting_user=world.patient.user)

    # A calendar app asks with no session and an English browser.
    response = client.get(
        reverse("calendar_feed_ics", args=[token.token]), HTTP_ACCEPT_LANGUAGE="en"
    )

    feed = response.content.decode()
    assert "X-WR-CALNAME:Grupos de Integration Clinic" in feed
    assert "Detalles: " in feed
    assert "Details: " not in feed
