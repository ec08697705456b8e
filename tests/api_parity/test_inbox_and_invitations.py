"""The inbox and invitations over the API: what the Inbox and invitation pages do."""

from django.core import mail
from django.urls import reverse

from patients.models import Invitation, Notification
from tests.api_parity.helpers import NOTICE_WORDS, notice


def _as(client, user):
    client.force_login(user)
    return client


def test_the_inbox_lists_only_the_callers_notifications_newest_first(world, client):
    mine = notice(world)
    Notification.objects.create(user=world.other_patient.user, dedupe_key="x", title="Not yours")

    body = _as(client, world.patient.user).get(reverse("api_inbox")).json()

    assert [n["id"] for n in body["results"]] == [mine.pk]
    assert body["results"][0]["title"] == NOTICE_WORDS
    assert body["results"][0]["read"] is False


def test_marking_read_is_kept_and_the_unread_filter_leaves_it_out(world, client):
    item = notice(world)
    api = _as(client, world.patient.user)

    response = api.post(reverse("api_inbox_read", args=[item.pk]))

    assert response.status_code == 200
    assert response.json()["read"] is True
    item.refresh_from_db()
    assert item.read_at is not None
    assert api.get(reverse("api_inbox"), {"unread": "true"}).json()["count"] == 0
    assert api.get(reverse("api_inbox")).json()["count"] == 1


def test_someone_elses_notification_cannot_be_marked(world, client):
    item = notice(world)

    response = _as(client, world.other_patient.user).post(reverse("api_inbox_read", args=[item.pk]))

    assert response.status_code == 404
    item.refresh_from_db()
    assert item.read_at is None


def test_the_inbox_reads_a_constant_number_of_queries(world, client, django_assert_max_num_queries):
    for n in range(30):
        Notification.objects.create(user=world.patient.user, dedupe_key=f"k{n}", title=f"N{n}")
    api = _as(client, world.patient.user)

    with django_assert_max_num_queries(8):
        assert api.get(reverse("api_inbox")).json()["count"] == 30


def test_a_clinician_invites_a_patient_with_their_care_team(
    world, client, django_capture_on_commit_callbacks
):
    api = _as(client, world.user("clinician"))
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(
            reverse("api_invitations"),
            {
                "email": "New.Person@Example.com",
                "first_name": "Nova",
                "role": "patient",
                "care_coach": world.user("coach").pk,
            },
            content_type="application/json",
        )

    assert response.status_code == 201, response.content
    invitation = Invitation.objects.get()
    assert invitation.email == "new.person@example.com"
    assert invitation.care_coach == world.user("coach")
    assert invitation.clinic == world.clinic
    assert "token" not in response.json()
    [email] = mail.outbox
    assert email.to == ["new.person@example.com"]


def test_a_clinician_may_not_invite_staff_and_is_told_which_field(world, client):
    response = _as(client, world.user("clinician")).post(
        reverse("api_invitations"),
        {"email": "coach2@example.com", "role": "coach"},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert response.json() == {"role": ["You cannot invite someone to that role."]}
    assert not Invitation.objects.exists()


def test_an_existing_account_or_another_clinics_coach_is_a_400(world, client):
    api = _as(client, world.user("clinic_admin"))

    taken = api.post(
        reverse("api_invitations"),
        {"email": world.patient.user.email, "role": "patient"},
        content_type="application/json",
    )
    stranger = api.post(
        reverse("api_invitations"),
        {
            "email": "x@example.com",
            "role": "patient",
            "care_clinician": world.user("other_clinician").pk,
        },
        content_type="application/json",
    )

    assert taken.status_code == 400 and "email" in taken.json()
    assert stranger.status_code == 400 and "care_clinician" in stranger.json()
    assert not Invitation.objects.exists()


def test_anyone_chooses_their_own_language(world, client):
    api = _as(client, world.user("therapist"))

    chosen = api.put(reverse("api_language"), {"language": "es"}, content_type="application/json")
    unknown = api.put(reverse("api_language"), {"language": "tlh"}, content_type="application/json")

    assert chosen.json() == {"language": "es"}
    world.user("therapist").refresh_from_db()
    assert world.user("therapist").language == "es"
    assert unknown.status_code == 400 and "language" in unknown.json()


def test_staff_choose_how_urgent_alerts_reach_them(world, client):
    api = _as(client, world.user("coach"))
    url = reverse("api_alert_channels")

    no_phone = api.patch(url, {"sms_urgent_alerts": True}, content_type="application/json")
    saved = api.patch(
        url,
        {"sms_urgent_alerts": True, "phone": "(212) 555-0123"},
        content_type="application/json",
    )

    assert no_phone.status_code == 400 and "phone" in no_phone.json()
    assert saved.status_code == 200, saved.content
    assert saved.json()["phone"] == "+12125550123"
    membership = world.user("coach").staff_membership
    membership.refresh_from_db()
    assert membership.sms_urgent_alerts is True
