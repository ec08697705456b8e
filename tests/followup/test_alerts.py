"""The care team's follow-up alerts: listed and filtered, acknowledged, resolved by a call
or by planning a booster session from the alert, in pages and the API; audited, with a
fixed number of queries however many there are."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from patients.models import AuditEvent, FollowUpAlert
from sessions.models import DosingSession
from tests.factories import make_patient
from tests.followup.helpers import raise_followup
from tests.sessions.helpers import record_session

Reason = FollowUpAlert.Reason
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture(autouse=True)
def _afternoon_in_new_york(time_machine):
    time_machine.move_to(datetime(2026, 12, 8, 19, 0, tzinfo=UTC), tick=False)


def test_the_list_shows_open_alerts_with_their_reason_and_figures(world, client):
    raise_followup(world.patient)
    resolved = raise_followup(world.patient, Reason.MOOD_DROP, "Mean mood 4.0, down from 6.5.")
    FollowUpAlert.objects.filter(pk=resolved.pk).update(resolved_at=timezone.now())
    client.force_login(world.user("clinician"))

    page = client.get(reverse("followup_alert_list")).content.decode()

    assert "PHQ-9 up 5 or more points from the best since the last dose" in page
    assert "PHQ-9 14, up 6 from 8." in page
    assert "Mean mood 4.0" not in page
    everything = client.get(reverse("followup_alert_list"), {"show": "all"}).content.decode()
    assert "Mean mood 4.0" in everything


def test_the_list_filters_by_reason(world, client):
    raise_followup(world.patient)
    raise_followup(world.other_patient, Reason.MOOD_DROP, "Mean mood 4.0, down from 6.5.")
    client.force_login(world.user("clinician"))

    page = client.get(reverse("followup_alert_list"), {"reason": "mood_drop"}).content.decode()

    assert world.other_patient.user.last_name in page
    assert world.patient.user.last_name not in page


def test_the_list_is_audited_and_its_query_count_does_not_grow(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.user("clinician"))
    raise_followup(world.patient)
    # The first request after logging in saves the session's activity; measure after it.
    client.get(reverse("followup_alert_list"))
    with django_assert_max_num_queries(20) as few:
        client.get(reverse("followup_alert_list"))
    for n in range(8):
        patient = make_patient(world.clinic, clinician=world.user("clinician"), last_name=f"P{n}")
        raise_followup(patient)

    with django_assert_max_num_queries(20) as many:
        response = client.get(reverse("followup_alert_list"))

    assert response.content.decode().count("/staff/follow-up/") >= 9
    assert len(many) == len(few)
    assert AuditEvent.objects.filter(action="list", object_type="patients.followupalert").count()


def test_acknowledging_then_resolving_with_a_call(world, client):
    alert = raise_followup(world.patient)
    therapist = world.user("therapist")
    client.force_login(therapist)

    client.post(reverse("followup_alert_acknowledge", args=[alert.pk]))
    response = client.post(
        reverse("followup_alert_resolve", args=[alert.pk]),
        {"resolution": "call", "resolution_note": "Talked it through; weekly calls for now."},
    )

    assert response.status_code == 302
    alert.refresh_from_db()
    assert (alert.acknowledged_by, alert.resolved_by, alert.resolution) == (
        therapist,
        therapist,
        "call",
    )
    assert alert.resolution_note == "Talked it through; weekly calls for now."
    changes = AuditEvent.objects.filter(actor=therapist, action="update", patient=world.patient)
    assert changes.count() == 2
    page = client.get(reverse("followup_alert_detail", args=[alert.pk])).content.decode()
    assert "Resolved: Call held" in page
    assert "Acknowledge</button>" not in page


def test_other_needs_a_note_and_nothing_is_lost(world, client):
    alert = raise_followup(world.patient)
    client.force_login(world.user("clinician"))

    response = client.post(
        reverse("followup_alert_resolve", args=[alert.pk]), {"resolution": "other"}
    )

    assert response.status_code == 200
    assert "Say what was done." in response.content.decode()
    alert.refresh_from_db()
    assert alert.is_open


def test_a_resolved_alert_cannot_be_resolved_again(world, client):
    alert = raise_followup(world.patient)
    client.force_login(world.user("clinician"))
    url = reverse("followup_alert_resolve", args=[alert.pk])
    client.post(url, {"resolution": "call"})

    response = client.post(url, {"resolution": "other", "resolution_note": "Again."})

    alert.refresh_from_db()
    assert alert.resolution == "call"
    assert "Resolve</button>" not in response.content.decode()


def test_a_booster_planned_from_the_alert_resolves_it(world, client):
    record_session(world, lot_number="K-1")
    alert = raise_followup(world.patient)
    client.force_login(world.user("clinician"))
    detail = client.get(reverse("followup_alert_detail", args=[alert.pk])).content.decode()
    booster_url = reverse("session_create", args=[world.patient.pk]) + f"?followup={alert.pk}"
    assert booster_url in detail

    form = client.get(booster_url).content.decode()
    # A week out, on the hour, with the last dose's route and amount.
    assert 'value="2026-12-15T14:00"' in form
    assert 'value="35.0"' in form
    response = client.post(
        booster_url,
        {
            "setting": "in_clinic",
            "route": "iv_ketamine",
            "dose_mg": "35",
            "started_at": "2026-12-15T14:00",
        },
    )

    booster = DosingSession.objects.get(status="planned")
    assert response["Location"] == reverse("session_detail", args=[booster.pk])
    alert.refresh_from_db()
    assert alert.resolution == FollowUpAlert.Resolution.BOOSTER
    assert alert.resolution_note.startswith("Booster session planned: Tue 15 Dec 2026, 14:00")
    # The patient is asked for intentions a day before it.
    intention = booster.prompts.get()
    assert intention.kind == "intention"
    assert intention.due_at == datetime(2026, 12, 14, 14, 0, tzinfo=NEW_YORK)


def test_a_coach_plans_no_booster_and_sees_no_follow_up_without_assessments(world, client):
    alert = raise_followup(world.patient)
    client.force_login(world.user("therapist"))

    detail = client.get(reverse("followup_alert_detail", args=[alert.pk])).content.decode()

    assert "Plan a booster session" not in detail
    client.force_login(world.user("coach"))
    assert client.get(reverse("followup_alert_list")).status_code == 403


def test_a_coach_follows_up_where_the_clinic_shows_coaches_assessments(world, client):
    world.clinic.coaches_see_assessments = True
    world.clinic.save()
    alert = raise_followup(world.patient)
    client.force_login(world.user("coach"))

    response = client.get(reverse("followup_alert_detail", args=[alert.pk]))

    assert response.status_code == 200
    other_coach_alert = raise_followup(world.other_patient)
    url = reverse("followup_alert_detail", args=[other_coach_alert.pk])
    assert client.get(url).status_code == 404


# The API ---------------------------------------------------------------------------------


def test_the_api_lists_filters_and_resolves(world, client, django_assert_max_num_queries):
    alert = raise_followup(world.patient)
    raise_followup(world.other_patient, Reason.MOOD_DROP, "Mean mood 4.0, down from 6.5.")
    client.force_login(world.user("clinician"))

    with django_assert_max_num_queries(15):
        listed = client.get(reverse("followup-alert-list"), {"reason": "phq9_rise"}).json()
    acknowledged = client.post(reverse("followup-alert-acknowledge", args=[alert.pk])).json()
    resolved = client.post(
        reverse("followup-alert-resolve", args=[alert.pk]),
        {"resolution": "booster", "resolution_note": "Infusion on the 15th."},
        content_type="application/json",
    ).json()

    assert [row["id"] for row in listed["results"]] == [alert.pk]
    assert listed["results"][0]["detail"] == "PHQ-9 14, up 6 from 8."
    assert acknowledged["acknowledged_by"]["id"] == world.user("clinician").pk
    assert (resolved["resolution"], resolved["is_open"]) == ("booster", False)


def test_the_api_answers_bad_input_with_field_messages(world, client):
    alert = raise_followup(world.patient)
    client.force_login(world.user("clinician"))
    url = reverse("followup-alert-resolve", args=[alert.pk])

    unknown = client.post(url, {"resolution": "vibes"}, content_type="application/json")
    bare_other = client.post(url, {"resolution": "other"}, content_type="application/json")
    bad_filter = client.get(reverse("followup-alert-list"), {"state": "maybe"})

    assert unknown.status_code == 400 and "resolution" in unknown.json()
    assert bare_other.status_code == 400 and "resolution_note" in bare_other.json()
    assert bad_filter.status_code == 400 and "state" in bad_filter.json()
    client.post(url, {"resolution": "call"}, content_type="application/json")
    again = client.post(url, {"resolution": "call"}, content_type="application/json")
    assert again.status_code == 400


def test_the_open_alerts_selector_gives_the_dashboard_what_is_unresolved(world):
    from patients.selectors import open_followup_alerts_for

    open_alert = raise_followup(world.patient)
    closed = raise_followup(world.other_patient)
    FollowUpAlert.objects.filter(pk=closed.pk).update(resolved_at=timezone.now())

    assert list(open_followup_alerts_for(world.user("clinician"))) == [open_alert]
    assert list(open_followup_alerts_for(world.user("other_clinician"))) == []
    assert list(open_followup_alerts_for(world.user("clinic_admin"))) == []
    assert list(open_followup_alerts_for(world.patient.user)) == []


def test_alerts_raised_a_moment_apart_list_newest_first(world, client, time_machine):
    first = raise_followup(world.patient)
    time_machine.shift(timedelta(minutes=1))
    second = raise_followup(world.other_patient)
    client.force_login(world.user("clinician"))

    listed = client.get(reverse("followup-alert-list")).json()["results"]

    assert [row["id"] for row in listed] == [second.pk, first.pk]
