"""The care pages in Spanish: a patient who chose Spanish reads their safety plan and its
crisis lines in Spanish, with Spanish month names; staff who chose it read alerts in it and
get alert emails in it, while their English-speaking colleagues keep English; a visitor
whose browser asks for Spanish signs in in Spanish and can switch language; and everyone
can choose their language on a page of their own, patients through the API too."""

from datetime import UTC, datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from patients.crisis_lines import crisis_help_for
from patients.models import CrisisLine
from patients.safety_plan import safety_plan_save
from tests.care_team.helpers import raise_alert
from tests.i18n.test_i18n_journey import spanish, spanish_catalogue  # noqa: F401

pytestmark = pytest.mark.usefixtures("spanish")

# A Tuesday in March: Spanish says "martes" and "marzo".
NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)


def _speaks(user, language="es"):
    user.language = language
    user.save(update_fields=["language"])
    return user


def _page(client, user, name, *args):
    client.force_login(user)
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    return response.content.decode()


def test_a_spanish_speaking_patient_reads_their_safety_plan_and_crisis_lines_in_spanish(
    world, client, time_machine
):
    time_machine.move_to(NOW, tick=False)
    patient = world.patient
    safety_plan_save(
        acting_user=patient.user,
        patient=patient,
        content={"warning_signs": ["I stop answering messages"]},
    )
    _speaks(patient.user)

    plan = _page(client, patient.user, "safety_plan")
    printed = _page(client, patient.user, "safety_plan_print")

    assert "<h1>Tu plan de seguridad</h1>" in plan
    assert "Señales de alerta" in plan and "Razones para vivir" in plan
    assert "I stop answering messages" in plan  # their own words stay as written
    # The crisis lines of their country, in Spanish.
    assert "988 Suicide &amp; Crisis Lifeline" in plan
    assert "(24 horas, todos los días)" in plan
    assert "Líneas de crisis para" in plan
    assert "¿Estás en peligro ahora? Llama al" in plan
    # Dates with Spanish month names.
    assert "10 marzo 2026" in printed
    assert "Warning signs" not in plan and "Always listed" not in plan


def test_lines_that_speak_the_patients_language_come_first(world):
    national = CrisisLine.objects.get(country="US", kind=CrisisLine.Kind.CRISIS_LINE)
    CrisisLine.objects.create(
        country="US",
        clinic=world.clinic,
        name="Harbor night line",
        description="Our own nurses, every night.",
        phone="+1 212 555 0100",
        languages="English",
        source_name="Harbor Clinic",
        checked_on=NOW.date(),
    )

    with translation.override("es"):
        in_spanish = [line["name"] for line in crisis_help_for(world.patient)["resources"]]
    with translation.override("en"):
        in_english = [line["name"] for line in crisis_help_for(world.patient)["resources"]]

    # The clinic's own line comes first, but not for someone it cannot talk to.
    assert in_spanish[:2] == [national.name, "Harbor night line"]
    assert in_english[:2] == ["Harbor night line", national.name]
    with translation.override("es"):
        shown = crisis_help_for(world.patient)["resources"][0]
    assert shown["description"].startswith("Llama o envía un mensaje de texto al 988")
    assert shown["languages"] == "Inglés, español; intérpretes para muchos idiomas más"


def test_a_spanish_speaking_clinician_reads_safety_alerts_in_spanish(world, client, time_machine):
    time_machine.move_to(NOW, tick=False)
    alert = raise_alert(world.patient)
    clinician = _speaks(world.user("clinician"))

    listing = _page(client, clinician, "alert_list")
    detail = _page(client, clinician, "alert_detail", alert.pk)

    assert "<h1>Alertas de seguridad</h1>" in listing
    assert "El filtro de crisis señaló una entrada privada del diario." in listing
    assert "Sin atender" in listing
    assert "Marcar como atendida" in detail and "Contactar a Pat" in detail
    assert "mar 10 Mar 2026" in detail  # martes 10 de marzo
    assert "Safety alert" not in detail


def test_each_of_the_care_team_gets_the_alert_email_in_their_own_language(
    world, django_capture_on_commit_callbacks
):
    _speaks(world.user("clinician"))

    with django_capture_on_commit_callbacks(execute=True):
        raise_alert(world.patient)

    by_recipient = {email.to[0]: email for email in mail.outbox}
    spanish_email = by_recipient[world.user("clinician").email]
    english_email = by_recipient[world.user("coach").email]
    assert spanish_email.subject.endswith("Urgente: una alerta de seguridad en Harbor Clinic")
    assert "Un paciente de Harbor Clinic tiene una alerta de seguridad urgente." in (
        spanish_email.body
    )
    assert "Este correo no nombra a nadie" in spanish_email.body
    assert english_email.subject.endswith("Urgent: a safety alert at Harbor Clinic")
    assert "This email names no one" in english_email.body
    # The inbox item is in each one's language too.
    clinician_note = world.user("clinician").notifications.get()
    assert clinician_note.title.startswith("Urgente: alerta de seguridad de")


def test_a_visitor_whose_browser_asks_for_spanish_signs_in_in_spanish_and_can_switch(client):
    login = client.get(reverse("account_login"), HTTP_ACCEPT_LANGUAGE="es")
    body = login.content.decode()

    assert "Las cuentas se crean por invitación de tu clínica." in body
    assert reverse("set_language") in body and 'lang="en"' in body

    switched = client.post(
        reverse("set_language"),
        {"language": "en", "next": reverse("account_login")},
        HTTP_ACCEPT_LANGUAGE="es",
    )
    again = client.get(switched["Location"], HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert "Accounts are by invitation from your clinic." in again


def test_staff_choose_their_language_on_their_own_page(world, client):
    coach = world.user("coach")
    client.force_login(coach)

    response = client.post(reverse("language_settings"), {"language": "es"})

    assert response.status_code == 302
    coach.refresh_from_db()
    assert coach.language == "es"
    page = client.get(response["Location"]).content.decode()
    assert "<h1>Idioma</h1>" in page and "Idioma guardado." in page

    refused = client.post(reverse("language_settings"), {"language": "fr"})
    assert refused.status_code == 200
    coach.refresh_from_db()
    assert coach.language == "es"

    client.post(reverse("language_settings"), {"language": ""})
    coach.refresh_from_db()
    assert coach.language == ""  # follows the browser again


def test_a_patient_sets_their_language_through_the_api(world, client):
    client.force_login(world.patient.user)
    url = reverse("patient-detail", args=[world.patient.pk])

    response = client.patch(url, {"language": "es"}, content_type="application/json")

    assert response.status_code == 200
    assert response.json()["language"] == "es"
    world.patient.user.refresh_from_db()
    assert world.patient.user.language == "es"

    refused = client.patch(url, {"language": "fr"}, content_type="application/json")
    assert refused.status_code == 400
    assert "language" in refused.json()
    world.patient.user.refresh_from_db()
    assert world.patient.user.language == "es"
