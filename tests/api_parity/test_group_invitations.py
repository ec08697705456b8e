"""Group invitations and the calendar feed over the API, as the staff group page and the
calendar page offer them."""

from django.urls import reverse

from patients.models import AuditEvent, Notification
from tests.groups.helpers import schedule, seat
from tests.sessions.helpers import record_session


def _as(client, user):
    client.force_login(user)
    return client


def test_invite_suggestions_put_patients_in_their_window_first_and_are_audited(world, client):
    record_session(world, patient=world.other_patient, hours_ago=3)
    group_session = schedule(world, hours_ahead=24)
    api = _as(client, world.user("clinician"))

    body = api.get(reverse("api_group_invite_suggestions", args=[group_session.pk])).json()

    assert body[0]["patient"]["name"] == "Quinn Other"
    assert body[0]["in_window"] is True
    assert {s["patient"]["name"] for s in body[1:]} == {"Pat Pattison"}
    listed = AuditEvent.objects.filter(actor=world.user("clinician"), action="list")
    assert {e.patient_id for e in listed} == {world.patient.pk, world.other_patient.pk}


def test_a_seated_patient_is_no_longer_suggested(world, client):
    group_session = schedule(world, hours_ahead=24)
    seat(group_session, world.patient)

    body = _as(client, world.user("coach")).get(
        reverse("api_group_invite_suggestions", args=[group_session.pk])
    )

    assert body.json() == []


def test_an_invitation_is_sent_once(world, client):
    group_session = schedule(world, hours_ahead=24)
    api = _as(client, world.user("coach"))
    url = reverse("api_group_invite", args=[group_session.pk])

    first = api.post(url, {"patient": world.patient.pk})
    again = api.post(url, {"patient": world.patient.pk})

    assert first.json() == {"patient": world.patient.pk, "sent": True}
    assert again.json() == {"patient": world.patient.pk, "sent": False}
    assert (
        Notification.objects.filter(
            user=world.patient.user, dedupe_key=f"group:{group_session.pk}:invited"
        ).count()
        == 1
    )


def test_inviting_a_seated_patient_or_no_one_is_a_400(world, client):
    group_session = schedule(world, hours_ahead=24)
    seat(group_session, world.patient)
    api = _as(client, world.user("coach"))
    url = reverse("api_group_invite", args=[group_session.pk])

    seated = api.post(url, {"patient": world.patient.pk})
    nobody = api.post(url, {})

    assert seated.status_code == 400
    assert nobody.status_code == 400 and "patient" in nobody.json()


def test_the_calendar_feed_is_made_replaced_and_turned_off(world, client):
    api = _as(client, world.patient.user)
    url = reverse("api_calendar_feed")

    assert api.get(url).json()["active"] is False
    first = api.post(url).json()
    second = api.post(url).json()
    old_token = first["feed_url"].rstrip("/").rsplit("/", 1)[-1].removesuffix(".ics")

    assert first["active"] and second["active"]
    assert first["feed_url"] != second["feed_url"]
    assert second["webcal_url"].startswith("webcal://")
    assert client.get(reverse("calendar_feed_ics", args=[old_token])).status_code == 404
    assert api.delete(url).status_code == 204
    assert api.get(url).json() == {
        "active": False,
        "feed_url": None,
        "webcal_url": None,
        "created_at": None,
    }
