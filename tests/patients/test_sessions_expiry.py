from datetime import timedelta

import time_machine
from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

from patients.middleware import LOGIN_TIME_KEY


def test_staff_sessions_end_after_fifteen_idle_minutes(world, client):
    client.force_login(world.user("clinician"))

    client.get(reverse("staff_patient_list"))

    assert client.session.get_expiry_age() == 15 * 60


def test_patient_sessions_last_longer(world, client):
    client.force_login(world.patient.user)

    client.get(reverse("today"))

    assert client.session.get_expiry_age() == 12 * 60 * 60


def test_any_session_ends_twelve_hours_after_login(world, client):
    client.force_login(world.user("clinician"))
    session = client.session
    session[LOGIN_TIME_KEY] = (timezone.now() - timedelta(hours=12, minutes=1)).timestamp()
    session.save()

    response = client.get(reverse("staff_patient_list"))

    assert response.status_code == 302
    assert client.get(reverse("staff_patient_list"))["Location"].startswith(
        reverse("account_login")
    )


def _stored_expiry(client):
    return Session.objects.get(session_key=client.session.session_key).expire_date


def test_a_session_is_saved_at_most_once_a_minute(world, client):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        client.force_login(world.user("clinician"))
        client.get(reverse("staff_patient_list"))
        first = _stored_expiry(client)

        clock.move_to(start + timedelta(seconds=40))
        response = client.get(reverse("staff_patient_list"))

        assert response.status_code == 200
        assert _stored_expiry(client) == first
        assert settings.SESSION_COOKIE_NAME not in response.cookies

        clock.move_to(start + timedelta(seconds=70))
        response = client.get(reverse("staff_patient_list"))

        assert _stored_expiry(client) == first + timedelta(seconds=70)
        assert settings.SESSION_COOKIE_NAME in response.cookies


def test_staff_working_every_half_minute_stay_signed_in(world, client):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        client.force_login(world.user("clinician"))
        for step in range(1, 61):
            clock.move_to(start + timedelta(seconds=30 * step))
            assert client.get(reverse("staff_patient_list")).status_code == 200


def test_staff_idle_for_fifteen_minutes_are_signed_out(world, client):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        client.force_login(world.user("clinician"))
        client.get(reverse("staff_patient_list"))
        clock.move_to(start + timedelta(seconds=50))
        client.get(reverse("staff_patient_list"))

        # Fifteen minutes after the last save, though only 14m10s after the last request.
        clock.move_to(start + timedelta(minutes=15, seconds=1))
        response = client.get(reverse("staff_patient_list"))

        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_a_patient_session_still_slides_with_use(world, client):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        client.force_login(world.patient.user)
        client.get(reverse("today"))
        first = _stored_expiry(client)

        clock.move_to(start + timedelta(hours=2))
        client.get(reverse("today"))

        assert _stored_expiry(client) == first + timedelta(hours=2)
