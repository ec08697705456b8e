"""The dashboard's summary rows: kept current by the services, shown from the cache until
a service changes them, and rebuilt for data written outside the services."""

from datetime import timedelta

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from journals import services as journal_services
from patients.followup import Signal, followup_alert_raise, followup_alert_resolve
from patients.models import FollowUpAlert, PatientSummary, SafetyAlert
from patients.services import alert_resolve, patient_update
from patients.summary import summary_refresh
from sessions import services as session_services
from sessions.models import ScheduledPrompt
from tests.care_team.helpers import make_entry, raise_alert
from tests.factories import make_patient
from tests.sessions.helpers import make_due, record_session


def _row(client, patient, **params):
    rows = client.get(reverse("api_dashboard"), params).json()["results"]
    return next((row for row in rows if row["patient"] == patient.pk), None)


def _page(client, **params):
    return client.get(reverse("staff_dashboard"), params).content.decode()


def test_ending_a_session_puts_its_window_on_the_row(world, client):
    client.force_login(world.user("clinician"))
    assert _row(client, world.patient)["last_session"] is None

    session = record_session(world, hours_ago=3)

    row = _row(client, world.patient)
    assert row["last_session"] == session.pk
    assert row["in_window"] is True
    assert row["window_day"] == 1


def test_a_delivered_then_expired_prompt_moves_from_open_to_missed(world, client):
    session = record_session(world, hours_ago=3)
    prompt = make_due(session.prompts.order_by("due_at").first())
    client.force_login(world.user("clinician"))
    assert _row(client, world.patient)["prompts_open"] == 1

    ScheduledPrompt.objects.filter(pk=prompt.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    session_services.prompts_expire()

    row = _row(client, world.patient)
    assert row["prompts_open"] == 0
    assert row["prompts_due"] == 1
    assert row["prompts_answered"] == 0


def test_sharing_and_taking_back_a_mood_changes_the_row(world, client):
    entry = journal_services.entry_create(acting_user=world.patient.user, text="Calm.", mood=6)
    client.force_login(world.user("clinician"))
    assert _row(client, world.patient)["mood"] is None

    journal_services.entry_share(acting_user=world.patient.user, entry=entry)
    assert _row(client, world.patient)["mood"] == 6

    journal_services.entry_unshare(acting_user=world.patient.user, entry=entry)
    assert _row(client, world.patient)["mood"] is None


def test_an_assessment_taken_shows_its_phq9(world, client):
    client.force_login(world.user("clinician"))

    journal_services.assessment_create(
        acting_user=world.patient.user, instrument="phq9", item_scores=[2, 2, 2, 1, 1, 1, 0, 0, 0]
    )

    assert _row(client, world.patient)["phq9"] == 9


def test_resolving_a_safety_alert_takes_it_off_the_row(world, client):
    alert = raise_alert(world.patient)
    clinician = world.user("clinician")
    client.force_login(clinician)
    assert _row(client, world.patient)["open_alerts"] == 1

    alert_resolve(acting_user=clinician, alert=alert, resolution_note="Called; safe at home.")

    assert _row(client, world.patient)["open_alerts"] == 0
    assert SafetyAlert.objects.get(pk=alert.pk).resolved_at is not None


def test_follow_up_alerts_have_their_own_column_and_filter_apart_from_safety_alerts(world, client):
    FollowUpAlert.objects.create(
        patient=world.other_patient, reason=FollowUpAlert.Reason.PHQ9_RISE, detail="8 -> 14"
    )
    summary_refresh([world.other_patient.pk])  # as raising one does
    raise_alert(world.patient)
    client.force_login(world.user("clinician"))

    follow_up = _row(client, world.other_patient)
    assert follow_up["open_followups"] == 1
    assert follow_up["open_alerts"] == 0
    assert _row(client, world.patient)["open_followups"] == 0
    only_followups = client.get(reverse("api_dashboard"), {"show": "followups"}).json()
    assert [row["patient"] for row in only_followups["results"]] == [world.other_patient.pk]
    only_safety = client.get(reverse("api_dashboard"), {"show": "alerts"}).json()
    assert [row["patient"] for row in only_safety["results"]] == [world.patient.pk]
    body = _page(client, show="followups")
    assert "1 follow-up alert open" in body
    assert body.count('data-label="Patient"') == 1


def test_rows_come_from_the_cache_until_a_service_changes_them(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.user("clinician"))
    _page(client)
    with django_assert_max_num_queries(40) as rendered:
        _page(client)
    # Drawn again with nothing changed: neither the rows nor their number are queried.
    with django_assert_max_num_queries(40) as cached:
        body = _page(client)
    assert len(cached) <= len(rendered)
    assert not [q for q in cached.captured_queries if "patients_patientsummary" in q["sql"]]
    assert "None yet" in body

    record_session(world, hours_ago=3)

    body = _page(client)
    assert "Day 1 of 3" in body


def test_the_cached_rows_are_still_audited_as_a_list_read(world, client):
    from patients.models import AuditEvent

    client.force_login(world.user("clinician"))
    _page(client)
    before = AuditEvent.objects.filter(action=AuditEvent.Action.LIST).count()

    _page(client)

    assert AuditEvent.objects.filter(action=AuditEvent.Action.LIST).count() == before + 2


def test_a_coach_never_gets_a_clinicians_cached_rows(world, client):
    client.force_login(world.user("clinician"))
    assert str(world.other_patient) in _page(client)

    client.force_login(world.user("coach"))
    body = _page(client)

    assert str(world.patient) in body
    assert str(world.other_patient) not in body


def test_the_rebuild_command_fills_rows_for_data_written_directly(world, client):
    entry = make_entry(world.patient, mood=4)
    PatientSummary.objects.all().delete()
    client.force_login(world.user("clinician"))
    # The page is read from the summary rows in their order: a patient without one (made
    # with every patient; missing only after a change outside the models) is listed
    # again once the rows are rebuilt.
    assert _row(client, world.patient) is None

    call_command("rebuild_patient_summaries", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert _row(client, world.patient)["mood"] == entry.mood
    assert PatientSummary.objects.count() == 3


def test_the_dashboard_costs_the_same_for_3_and_40_patients(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.user("clinician"))
    _page(client)
    with django_assert_max_num_queries(40) as few:
        _page(client, sort="mood")
    for _ in range(37):
        patient = make_patient(world.clinic, clinician=world.user("clinician"))
        make_entry(patient, mood=5)
    # New patients change the clinic's roster: the number of patients is counted again
    # once (here, by the page in another order), then kept as before.
    _page(client)

    with django_assert_max_num_queries(40) as many:
        body = _page(client, sort="mood")

    assert len(many) == len(few)
    assert body.count('data-label="Patient"') == 39  # the standing two and 37 more


def test_a_change_to_one_patient_redraws_that_row_and_a_new_name_shows(world, client):
    make_entry(world.patient, mood=3)
    make_entry(world.other_patient, mood=8)
    clinician = world.user("clinician")
    client.force_login(clinician)
    _page(client)

    journal_services.entry_create(
        acting_user=world.patient.user, text="Better.", mood=6, share=True
    )
    world.other_patient.user.first_name = "Quincy"
    world.other_patient.user.save()
    patient_update(acting_user=clinician, patient=world.other_patient)

    body = _page(client)
    assert "6/10" in body
    assert "from 3" in body
    assert "8/10" in body
    assert "Quincy Other" in body


def test_raising_and_resolving_a_follow_up_alert_changes_the_row(world, client):
    clinician = world.user("clinician")
    alert = followup_alert_raise(
        patient=world.patient,
        signal=Signal(reason=FollowUpAlert.Reason.PHQ9_RISE, detail="8 -> 14"),
    )
    client.force_login(clinician)
    assert _row(client, world.patient)["open_followups"] == 1

    followup_alert_resolve(
        acting_user=clinician, alert=alert, resolution=FollowUpAlert.Resolution.CALL
    )

    assert _row(client, world.patient)["open_followups"] == 0
