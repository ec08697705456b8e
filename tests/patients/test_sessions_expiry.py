from datetime import timedelta

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
