from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from patients import services, tasks
from patients.models import AuditEvent, Delivery, Notification, SafetyAlert
from tests.care_team.helpers import raise_alert
from tests.factories import make_staff


@pytest.fixture
def second_clinician(world):
    """A clinician of the clinic who is on no one's care team: re-sends reach them too."""
    return make_staff(world.clinic, "clinician", first_name="Sam", last_name="Second")


def _resend(minutes_from_now=0):
    return services.alerts_resend_unacknowledged(
        now=timezone.now() + timedelta(minutes=minutes_from_now)
    )


def _alert_keys(user):
    return sorted(
        Notification.objects.filter(user=user, dedupe_key__startswith="alert:").values_list(
            "dedupe_key", flat=True
        )
    )


def test_raising_an_alert_tells_the_care_team_at_once(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        alert = raise_alert(world.patient)

    assert _alert_keys(world.user("clinician")) == [f"alert:{alert.pk}:1"]
    assert _alert_keys(world.user("coach")) == [f"alert:{alert.pk}:1"]
    assert _alert_keys(world.user("other_coach")) == []
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [world.user("clinician").email, world.user("coach").email]
    )
    assert "flagged words" not in mail.outbox[0].body


def test_an_unacknowledged_alert_is_sent_again_to_every_clinician_after_15_minutes(
    world, second_clinician, django_capture_on_commit_callbacks
):
    alert = raise_alert(world.patient)
    mail.outbox.clear()

    assert _resend(minutes_from_now=14) == []
    with django_capture_on_commit_callbacks(execute=True):
        assert _resend(minutes_from_now=15) == [alert.pk]

    alert.refresh_from_db()
    assert alert.send_count == 2
    assert _alert_keys(second_clinician) == [f"alert:{alert.pk}:2"]
    assert _alert_keys(world.user("clinician")) == [f"alert:{alert.pk}:1", f"alert:{alert.pk}:2"]
    assert _alert_keys(world.user("coach")) == [f"alert:{alert.pk}:1", f"alert:{alert.pk}:2"]
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        u.email for u in (world.user("clinician"), world.user("coach"), second_clinician)
    )


def test_the_resend_happens_once_per_15_minutes(world, second_clinician):
    alert = raise_alert(world.patient)
    start = timezone.now()

    sends = [
        services.alerts_resend_unacknowledged(now=start + timedelta(minutes=minute))
        for minute in range(0, 46)
    ]

    assert [minute for minute, sent in enumerate(sends) if sent] == [15, 30, 45]
    alert.refresh_from_db()
    assert alert.send_count == 4
    assert (
        Delivery.objects.filter(
            user=second_clinician, channel="email", dedupe_key__startswith=f"alert:{alert.pk}:"
        ).count()
        == 3
    )


def test_no_resend_after_the_alert_is_acknowledged(world, second_clinician):
    alert = raise_alert(world.patient)
    services.alert_acknowledge(acting_user=world.user("coach"), alert=alert)

    assert _resend(minutes_from_now=16) == []
    assert _resend(minutes_from_now=60) == []
    alert.refresh_from_db()
    assert alert.send_count == 1
    assert _alert_keys(second_clinician) == []


def test_no_resend_after_the_alert_is_resolved(world):
    alert = raise_alert(world.patient)
    services.alert_resolve(
        acting_user=world.user("clinician"), alert=alert, resolution_note="Reached her."
    )

    assert _resend(minutes_from_now=20) == []


def test_the_beat_runs_the_resend_every_minute(world, second_clinician):
    raise_alert(world.patient, minutes_ago=16)

    tasks.resend_unacknowledged_alerts.delay()

    assert len(_alert_keys(second_clinician)) == 1
    entry = settings.CELERY_BEAT_SCHEDULE["resend-unacknowledged-alerts"]
    assert entry["task"] == "patients.tasks.resend_unacknowledged_alerts"
    assert str(entry["schedule"]) == str(
        settings.CELERY_BEAT_SCHEDULE["dispatch-due-prompts"]["schedule"]
    )


def test_acknowledging_records_who_and_when_and_stops_the_banner(world, client):
    alert = raise_alert(world.patient)
    clinician = world.user("clinician")
    client.force_login(clinician)
    page = client.get(reverse("staff_patient_list")).content.decode()
    assert "not yet acknowledged" in page
    assert reverse("alert_detail", args=[alert.pk]) in page
    assert "flagged words" not in page

    response = client.post(reverse("alert_acknowledge", args=[alert.pk]))

    assert response["Location"] == reverse("alert_detail", args=[alert.pk])
    alert.refresh_from_db()
    assert alert.acknowledged_by == clinician
    assert timezone.now() - alert.acknowledged_at < timedelta(seconds=5)
    assert AuditEvent.objects.filter(
        actor=clinician, action="update", object_type="patients.safetyalert"
    ).exists()
    page = client.get(reverse("staff_patient_list")).content.decode()
    assert "not yet acknowledged" not in page


def test_acknowledging_from_the_patient_page_goes_back_there(world, client):
    alert = raise_alert(world.patient)
    client.force_login(world.user("coach"))
    back = reverse("staff_patient", args=[world.patient.pk])

    response = client.post(reverse("alert_acknowledge", args=[alert.pk]), {"next": back})

    assert response["Location"] == back
    response = client.post(
        reverse("alert_acknowledge", args=[alert.pk]), {"next": "https://elsewhere.example/"}
    )
    assert response["Location"] == reverse("alert_detail", args=[alert.pk])


def test_a_second_acknowledgement_keeps_the_first(world):
    alert = raise_alert(world.patient)
    services.alert_acknowledge(acting_user=world.user("coach"), alert=alert)

    services.alert_acknowledge(acting_user=world.user("clinician"), alert=alert)

    alert.refresh_from_db()
    assert alert.acknowledged_by == world.user("coach")


def test_resolving_needs_a_note_and_keeps_what_was_typed(world, client):
    alert = raise_alert(world.patient)
    client.force_login(world.user("clinician"))

    response = client.post(reverse("alert_resolve", args=[alert.pk]), {"resolution_note": "  "})

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    alert.refresh_from_db()
    assert alert.resolved_at is None


def test_resolving_closes_the_alert_with_the_note_and_acknowledges_it(world, client):
    alert = raise_alert(world.patient)
    clinician = world.user("clinician")
    client.force_login(clinician)

    client.post(
        reverse("alert_resolve", args=[alert.pk]),
        {"resolution_note": "Phoned; safe; plan for tomorrow."},
    )

    alert.refresh_from_db()
    assert (alert.resolved_by, alert.acknowledged_by) == (clinician, clinician)
    assert alert.resolution_note == "Phoned; safe; plan for tomorrow."
    assert not alert.is_open
    page = client.get(reverse("alert_detail", args=[alert.pk])).content.decode()
    assert "Phoned; safe; plan for tomorrow." in page
    assert "Resolve the alert" not in page


def test_a_coach_acknowledges_but_does_not_resolve(world, client):
    alert = raise_alert(world.patient)
    client.force_login(world.user("coach"))

    page = client.get(reverse("alert_detail", args=[alert.pk])).content.decode()
    response = client.post(reverse("alert_resolve", args=[alert.pk]), {"resolution_note": "Done."})

    assert "Acknowledge" in page
    assert "Resolve the alert" not in page
    assert response.status_code == 403
    alert.refresh_from_db()
    assert alert.resolved_at is None


def test_the_banner_costs_one_query_however_many_alerts(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.user("clinician"))
    url = reverse("staff_patient_list")
    raise_alert(world.patient)
    with django_assert_max_num_queries(30) as few:
        client.get(url)

    for _ in range(9):
        raise_alert(world.other_patient)
    with django_assert_max_num_queries(30) as many:
        body = client.get(url).content.decode()

    assert len(many) == len(few)
    assert "All unacknowledged alerts" in body


def test_the_alert_list_shows_open_alerts_first_by_default(world, client):
    open_alert = raise_alert(world.patient)
    closed = raise_alert(world.other_patient)
    services.alert_resolve(
        acting_user=world.user("clinician"), alert=closed, resolution_note="Fine."
    )
    client.force_login(world.user("clinician"))

    open_page = client.get(reverse("alert_list")).content.decode()
    resolved_page = client.get(reverse("alert_list"), {"show": "resolved"}).content.decode()

    assert reverse("alert_detail", args=[open_alert.pk]) in open_page
    assert reverse("alert_detail", args=[closed.pk]) not in open_page
    assert reverse("alert_detail", args=[closed.pk]) in resolved_page


def test_the_api_acknowledges_and_resolves(world, client):
    alert = raise_alert(world.patient)
    client.force_login(world.user("clinician"))

    acknowledged = client.post(reverse("alert-acknowledge", args=[alert.pk])).json()
    refused = client.post(reverse("alert-resolve", args=[alert.pk]), {"resolution_note": ""})
    resolved = client.post(
        reverse("alert-resolve", args=[alert.pk]), {"resolution_note": "Reached him."}
    ).json()

    assert acknowledged["acknowledged_by"]["id"] == world.user("clinician").pk
    assert refused.status_code == 400
    assert "resolution_note" in refused.json()
    assert resolved["is_open"] is False
    assert resolved["resolution_note"] == "Reached him."
    assert SafetyAlert.objects.get(pk=alert.pk).resolved_at is not None


def test_the_api_list_says_what_happened_never_what_was_written(world, client):
    raise_alert(world.patient)
    client.force_login(world.user("clinician"))

    body = client.get(reverse("alert-list")).content.decode()

    assert "Its text stays private" in body
    assert "flagged words" not in body


def test_a_shared_flagged_entry_is_linked_from_its_alert_and_a_private_one_is_not(world, client):
    shared = raise_alert(world.patient, private=False)
    private = raise_alert(world.patient, private=True)
    client.force_login(world.user("clinician"))

    shared_page = client.get(reverse("alert_detail", args=[shared.pk])).content.decode()
    private_page = client.get(reverse("alert_detail", args=[private.pk])).content.decode()

    assert reverse("staff_entry_detail", args=[shared.source_id]) in shared_page
    assert "Read the shared entry" not in private_page
