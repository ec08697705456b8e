"""Preferences: time zone, quiet hours, channel and email per prompt kind. A new zone or
new quiet hours move the prompts not yet sent into the patient's new waking hours."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from patients.models import Notification, Patient
from sessions import services
from sessions.models import PromptKind, ScheduledPrompt
from sessions.scheduling import in_quiet_hours
from tests.sessions.helpers import record_session

NEW_YORK = ZoneInfo("America/New_York")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
Status = ScheduledPrompt.Status
ALL_KINDS = list(PromptKind.values)


def _form(**overrides):
    data = {
        "time_zone": "America/New_York",
        "quiet_hours_start": "21:00",
        "quiet_hours_end": "08:00",
        "preferred_channel": "email",
        "emailed_kinds": ALL_KINDS,
    }
    return {**data, **overrides}


def _post(client, world, **overrides):
    client.force_login(world.patient.user)
    return client.post(reverse("preferences"), _form(**overrides))


def _session_ending_at_nine_new_york(world, patient=None):
    """A session that ended at 09:00 in New York two days ago: its day-one prompt falls at
    09:00 New York, which is 06:00 in Los Angeles."""
    day = timezone.localtime(timezone.now(), NEW_YORK).date() - timedelta(days=2)
    ended = datetime.combine(day, time(9, 0), tzinfo=NEW_YORK)
    return record_session(
        world,
        patient=patient,
        started_at=ended - timedelta(minutes=50),
        ended_at=ended,
    )


def test_the_page_shows_the_current_settings(world, client):
    client.force_login(world.patient.user)

    body = client.get(reverse("preferences")).content.decode()

    assert '<option value="America/New_York" selected>' in body
    assert 'value="21:00"' in body and 'value="08:00"' in body
    for kind in ALL_KINDS:
        assert f'value="{kind}"' in body
    assert body.count("checked") == len(ALL_KINDS)
    assert "<legend>Email me about these prompts</legend>" in body


def test_equal_quiet_hours_are_refused_with_a_clear_error_and_the_values_kept(world, client):
    response = _post(
        client,
        world,
        time_zone="America/Chicago",
        quiet_hours_start="22:00",
        quiet_hours_end="22:00",
        emailed_kinds=["check_in"],
    )
    body = response.content.decode()

    assert response.status_code == 200
    assert "Quiet hours must end at a different time than they start." in body
    assert '<option value="America/Chicago" selected>' in body
    assert body.count('value="22:00"') == 2
    assert body.count("checked") == 1
    world.patient.refresh_from_db()
    assert world.patient.time_zone == "America/New_York"
    assert world.patient.quiet_hours_start == time(21, 0)


def test_an_unknown_time_zone_is_refused(world, client):
    response = _post(client, world, time_zone="Mars/Olympus_Mons")

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    world.patient.refresh_from_db()
    assert world.patient.time_zone == "America/New_York"


def test_saving_stores_the_settings_and_the_kinds_without_email(world, client):
    response = _post(
        client,
        world,
        time_zone="Europe/London",
        quiet_hours_start="23:30",
        quiet_hours_end="07:15",
        preferred_channel="email",
        emailed_kinds=["check_in", "journal"],
    )

    assert response["Location"] == reverse("preferences")
    patient = Patient.objects.get(pk=world.patient.pk)
    assert patient.time_zone == "Europe/London"
    assert (patient.quiet_hours_start, patient.quiet_hours_end) == (time(23, 30), time(7, 15))
    assert patient.prompt_kinds_without_email == [
        kind for kind in ALL_KINDS if kind not in ("check_in", "journal")
    ]
    follow = client.get(response["Location"]).content.decode()
    assert "Preferences saved." in follow


def test_moving_from_new_york_to_los_angeles_retimes_unsent_prompts_out_of_quiet_hours(
    world, client
):
    session = _session_ending_at_nine_new_york(world)
    sent = session.prompts.get(title="How are you feeling?")
    ScheduledPrompt.objects.filter(pk=sent.pk).update(status=Status.SENT, sent_at=timezone.now())
    sent.refresh_from_db()
    day_one = session.prompts.get(title="Day one journal")
    assert day_one.due_at.astimezone(NEW_YORK).time() == time(9, 0)

    response = _post(client, world, time_zone="America/Los_Angeles")

    assert response.status_code == 302
    day_one.refresh_from_db()
    assert day_one.due_at.astimezone(LOS_ANGELES).time() == time(8, 0)
    unsent = list(session.prompts.filter(status=Status.SCHEDULED))
    assert len(unsent) == session.prompts.count() - 1
    for prompt in unsent:
        local = prompt.due_at.astimezone(LOS_ANGELES).time()
        assert not in_quiet_hours(local, time(21, 0), time(8, 0)), prompt.title
        assert prompt.expires_at == prompt.due_at + timedelta(hours=prompt.expires_after_hours)
    before = sent.due_at
    sent.refresh_from_db()
    assert sent.due_at == before
    assert (
        f"{len(unsent)} upcoming prompts now follow your new hours."
        in client.get(reverse("preferences")).content.decode()
    )


def test_new_quiet_hours_move_unsent_prompts_too(world, client):
    session = _session_ending_at_nine_new_york(world)

    _post(client, world, quiet_hours_start="22:00", quiet_hours_end="10:00")

    day_one = session.prompts.get(title="Day one journal")
    assert day_one.due_at.astimezone(NEW_YORK).time() == time(10, 0)


def test_a_new_channel_alone_leaves_the_schedule_as_it_was(world, client):
    session = _session_ending_at_nine_new_york(world)
    odd = timezone.now() + timedelta(hours=5, minutes=7)
    session.prompts.filter(title="Day one journal").update(due_at=odd)

    _post(client, world, preferred_channel="in_app")

    assert session.prompts.get(title="Day one journal").due_at == odd
    world.patient.refresh_from_db()
    assert world.patient.preferred_channel == "in_app"


def test_another_patients_prompts_do_not_move(world, client):
    theirs = _session_ending_at_nine_new_york(world, patient=world.other_patient)
    before = dict(theirs.prompts.values_list("pk", "due_at"))

    _post(client, world, time_zone="America/Los_Angeles")

    assert dict(theirs.prompts.values_list("pk", "due_at")) == before


def _due_now(session, *titles):
    now = timezone.now()
    session.prompts.filter(title__in=titles).update(
        due_at=now - timedelta(minutes=1), expires_at=now + timedelta(hours=12)
    )
    session.prompts.exclude(title__in=titles).update(due_at=now + timedelta(days=3))


def test_a_kind_without_email_still_reaches_the_inbox(world, django_capture_on_commit_callbacks):
    Patient.objects.filter(pk=world.patient.pk).update(prompt_kinds_without_email=["journal"])
    session = record_session(world)
    _due_now(session, "How are you feeling?", "Debrief reflection")

    with django_capture_on_commit_callbacks(execute=True):
        assert services.prompts_dispatch_due() == 2

    titles = set(
        Notification.objects.filter(user=world.patient.user).values_list("title", flat=True)
    )
    assert titles == {"How are you feeling?", "Debrief reflection"}
    assert [message.subject.split("]")[-1].strip() for message in mail.outbox] == [
        "How are you feeling?"
    ]


def test_in_the_app_only_means_no_email_of_any_kind(world, django_capture_on_commit_callbacks):
    Patient.objects.filter(pk=world.patient.pk).update(preferred_channel="in_app")
    session = record_session(world)
    _due_now(session, "How are you feeling?")

    with django_capture_on_commit_callbacks(execute=True):
        services.prompts_dispatch_due()

    assert Notification.objects.filter(user=world.patient.user).count() == 1
    assert mail.outbox == []


def test_the_account_menu_offers_preferences_and_export_to_patients_only(world, client_for):
    patient_page = client_for(world.patient.user).get(reverse("today")).content.decode()
    staff_page = client_for(world.user("clinician")).get(reverse("staff_patient_list"))

    assert f'<a href="{reverse("preferences")}">Preferences</a>' in patient_page
    assert f'<a href="{reverse("export")}">Your data</a>' in patient_page
    assert f'href="{reverse("progress")}"' in patient_page
    # Staff have no patient preferences (their devices page lives under it, for urgent
    # alerts by push, and is theirs too).
    assert f'href="{reverse("preferences")}"' not in staff_page.content.decode()
