from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from patients import services, tasks
from patients.models import AlertContact, AuditEvent, Delivery, Notification, SafetyAlert
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
    assert _alert_keys(world.user("therapist")) == [f"alert:{alert.pk}:1"]
    assert _alert_keys(world.user("other_coach")) == []
    assert _alert_keys(world.user("other_therapist")) == []
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [world.user("clinician").email, world.user("coach").email, world.user("therapist").email]
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
    assert _alert_keys(world.user("therapist")) == [f"alert:{alert.pk}:1", f"alert:{alert.pk}:2"]
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        u.email
        for u in (
            world.user("clinician"),
            world.user("coach"),
            world.user("therapist"),
            second_clinician,
        )
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


# Alert emails on lock screens --------------------------------------------------------------


def test_an_alert_email_names_no_patient_and_links_to_the_alert(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        alert = raise_alert(world.patient)

    email = mail.outbox[0]
    assert email.subject.endswith("Urgent: a safety alert at Harbor Clinic")
    assert "http://testserver" + reverse("alert_detail", args=[alert.pk]) in email.body
    for words in ("Pattison", "Pat ", world.patient.user.email, "flagged words"):
        assert words not in email.subject
        assert words not in email.body


def test_a_reminder_email_says_no_one_has_acknowledged_yet(
    world, django_capture_on_commit_callbacks
):
    raise_alert(world.patient)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        _resend(minutes_from_now=15)

    assert "no one has acknowledged yet (reminder 1)" in mail.outbox[0].body
    assert "Pattison" not in mail.outbox[0].subject + mail.outbox[0].body


# Reaching the patient --------------------------------------------------------------------


@pytest.fixture
def reachable(world):
    patient = world.patient
    patient.phone = "+442079460958"
    patient.emergency_contact_name = "Sam Pattison"
    patient.emergency_contact_relationship = "partner"
    patient.emergency_contact_phone = "+12125550100"
    patient.save()
    return patient


def test_the_alert_page_links_the_patients_numbers_for_a_call(world, reachable, client):
    alert = raise_alert(reachable)
    client.force_login(world.user("coach"))

    body = client.get(reverse("alert_detail", args=[alert.pk])).content.decode()

    assert '<a href="tel:+442079460958">+44 20 7946 0958</a>' in body
    assert '<a href="tel:+12125550100">+1 212-555-0100</a>' in body
    assert "Sam Pattison (partner)" in body
    assert "No contact recorded yet." in body


def test_acknowledging_with_a_call_records_who_reached_whom_and_how(world, reachable, client):
    alert = raise_alert(reachable)
    coach = world.user("coach")
    client.force_login(coach)

    client.post(
        reverse("alert_acknowledge", args=[alert.pk]),
        {"ack-contact_method": "phone", "ack-contacted": "patient", "ack-contact_note": "Safe."},
    )

    alert.refresh_from_db()
    [contact] = alert.contacts.all()
    assert alert.acknowledged_by == coach
    assert (contact.made_by, contact.step, contact.method, contact.person, contact.note) == (
        coach,
        "acknowledged",
        "phone",
        "patient",
        "Safe.",
    )
    assert AuditEvent.objects.filter(
        actor=coach, action="create", object_type="patients.alertcontact"
    ).exists()
    page = client.get(reverse("alert_detail", args=[alert.pk])).content.decode()
    assert "Cody Coach reached the patient: phone call" in page
    assert "Safe." in page


def test_a_contact_needs_both_how_and_who_and_nothing_changes_without(world, client):
    alert = raise_alert(world.patient)
    client.force_login(world.user("clinician"))

    response = client.post(
        reverse("alert_acknowledge", args=[alert.pk]), {"ack-contact_method": "phone"}
    )

    assert response.status_code == 200
    assert "Say who was contacted." in response.content.decode()
    alert.refresh_from_db()
    assert alert.acknowledged_at is None
    assert not alert.contacts.exists()


def test_a_call_made_after_a_colleague_acknowledged_is_still_recorded(world, client):
    alert = raise_alert(world.patient)
    services.alert_acknowledge(acting_user=world.user("coach"), alert=alert)
    client.force_login(world.user("clinician"))

    page = client.get(reverse("alert_detail", args=[alert.pk])).content.decode()
    client.post(
        reverse("alert_acknowledge", args=[alert.pk]),
        {"ack-contact_method": "no_answer", "ack-contacted": "emergency_contact"},
    )

    assert "Record the contact" in page
    alert.refresh_from_db()
    assert alert.acknowledged_by == world.user("coach")
    [contact] = alert.contacts.all()
    assert contact.summary == "Cleo Clinician tried their emergency contact: no answer"


def test_resolving_records_the_contact_that_closed_the_alert(world, client):
    alert = raise_alert(world.patient)
    clinician = world.user("clinician")
    client.force_login(clinician)

    client.post(
        reverse("alert_resolve", args=[alert.pk]),
        {
            "resolution_note": "Safe at home with her partner; seen tomorrow.",
            "contact_method": "in_person",
            "contacted": "patient",
        },
    )

    alert.refresh_from_db()
    assert alert.resolved_by == clinician
    [contact] = alert.contacts.all()
    assert (contact.step, contact.method, contact.person) == ("resolved", "in_person", "patient")


def test_resolving_with_half_a_contact_keeps_the_alert_open(world, client):
    alert = raise_alert(world.patient)
    client.force_login(world.user("clinician"))

    response = client.post(
        reverse("alert_resolve", args=[alert.pk]),
        {"resolution_note": "Reached her.", "contacted": "patient"},
    )

    assert response.status_code == 200
    assert "Say how they were contacted." in response.content.decode()
    alert.refresh_from_db()
    assert alert.resolved_at is None and not alert.contacts.exists()


def test_the_api_records_contacts_and_says_how_to_reach_the_patient(world, reachable, client):
    alert = raise_alert(reachable)
    client.force_login(world.user("clinician"))

    acknowledged = client.post(
        reverse("alert-acknowledge", args=[alert.pk]),
        {"contact_method": "sms", "contacted": "patient", "contact_note": "Texted; she replied."},
    ).json()
    resolved = client.post(
        reverse("alert-resolve", args=[alert.pk]),
        {"resolution_note": "Plan agreed.", "contact_method": "phone", "contacted": "patient"},
    ).json()

    assert acknowledged["reach"]["phone"] == "+442079460958"
    assert acknowledged["reach"]["emergency_contact_phone"] == "+12125550100"
    assert [c["method"] for c in acknowledged["contacts"]] == ["sms"]
    assert [(c["step"], c["method"]) for c in resolved["contacts"]] == [
        ("acknowledged", "sms"),
        ("resolved", "phone"),
    ]
    assert resolved["contacts"][0]["made_by"]["id"] == world.user("clinician").pk
    assert AlertContact.objects.filter(alert=alert).count() == 2


def test_the_api_refuses_a_contact_without_who(world, client):
    alert = raise_alert(world.patient)
    client.force_login(world.user("coach"))

    response = client.post(reverse("alert-acknowledge", args=[alert.pk]), {"contact_method": "sms"})

    assert response.status_code == 400
    assert response.json()["contacted"] == ["Say who was contacted."]
    alert.refresh_from_db()
    assert alert.acknowledged_at is None


def test_the_alert_api_list_takes_the_same_queries_for_few_alerts_and_many(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.user("clinician"))
    url = reverse("alert-list")
    first = raise_alert(world.patient)
    services.alert_acknowledge(
        acting_user=world.user("coach"), alert=first, contact_method="phone", contacted="patient"
    )
    with django_assert_max_num_queries(20) as few:
        client.get(url)

    for _ in range(8):
        alert = raise_alert(world.other_patient)
        services.alert_acknowledge(
            acting_user=world.user("clinician"),
            alert=alert,
            contact_method="no_answer",
            contacted="patient",
        )
    with django_assert_max_num_queries(20) as many:
        body = client.get(url).json()

    assert len(many) == len(few)
    assert sum(len(alert["contacts"]) for alert in body["results"]) == 9
