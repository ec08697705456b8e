from datetime import UTC, datetime, timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from patients.models import AuditEvent
from patients.summary import summary_refresh
from sessions.models import ScheduledPrompt
from tests.care_team.helpers import make_entry, make_phq9, raise_alert
from tests.factories import make_patient
from tests.sessions.helpers import make_due, record_session

DAY = timedelta(days=1)


def _answer(prompt):
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(
        status=ScheduledPrompt.Status.ANSWERED,
        sent_at=timezone.now() - timedelta(hours=1),
        answered_at=timezone.now(),
    )
    summary_refresh([prompt.patient_id])  # as prompt_complete does


def _fill(world, patient):
    """A patient with a window open (two prompts due, one answered), two moods and two
    PHQ-9s: every column of a row has something to show."""
    session = record_session(world, patient=patient)
    first, second = session.prompts.order_by("due_at")[:2]
    make_due(first)
    _answer(second)
    now = timezone.now()
    make_entry(patient, mood=4, at=now - timedelta(days=2))
    make_entry(patient, mood=7, at=now - timedelta(hours=1))
    make_phq9(patient, 18, at=now - timedelta(days=30))
    make_phq9(patient, 11, at=now - timedelta(hours=2))
    return session


def _add_patients(world, count):
    for _ in range(count):
        patient = make_patient(
            world.clinic, clinician=world.user("clinician"), coach=world.user("coach")
        )
        _fill(world, patient)


def _count_queries(client, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(40) as captured:
        response = client.get(url)
    assert response.status_code == 200
    # The session is saved at most once a minute, on whichever request comes then (and
    # building 190 patients can take that long): that write is not the dashboard's.
    session_save = [q for q in captured.captured_queries if 'UPDATE "django_session"' in q["sql"]]
    return len(captured) - 3 * len(session_save)


def test_the_dashboard_costs_the_same_queries_for_10_and_200_patients(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.user("clinician"))
    raise_alert(world.patient)
    _add_patients(world, 8)  # with the standing cast's two, 10 patients
    url = reverse("staff_dashboard")
    few = _count_queries(client, url, django_assert_max_num_queries)

    _add_patients(world, 190)
    many = _count_queries(client, url, django_assert_max_num_queries)

    assert many == few
    body = client.get(url).content.decode()
    assert body.count('data-label="Patient"') == 50
    assert "Page 1 of 4" in body


def test_the_dashboard_api_costs_the_same_queries_for_10_and_200_patients(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.user("clinician"))
    _add_patients(world, 8)
    url = reverse("api_dashboard")
    few = _count_queries(client, url, django_assert_max_num_queries)

    _add_patients(world, 190)
    many = _count_queries(client, url, django_assert_max_num_queries)

    assert many == few
    data = client.get(url).json()
    assert data["count"] == 200
    assert len(data["results"]) == 50


def test_a_row_shows_the_window_prompts_mood_and_phq9(world, client, time_machine):
    # Noon in New York: the window's first prompts are due, none pushed by quiet hours.
    time_machine.move_to(datetime(2026, 3, 4, 17, 0, tzinfo=UTC), tick=False)
    session = _fill(world, world.patient)
    client.force_login(world.user("clinician"))

    row = next(
        r
        for r in client.get(reverse("api_dashboard")).json()["results"]
        if r["patient"] == world.patient.pk
    )

    # The 72-hour program's window, though its closing prompts stay open two days longer.
    assert max(p.expires_at for p in session.prompts.all()) > session.ended_at + DAY * 4
    assert row["in_window"] is True
    assert (row["window_day"], row["window_days"]) == (1, 3)
    assert parse_datetime(row["window_ends_at"]) == session.ended_at + timedelta(hours=72)
    assert (row["prompts_due"], row["prompts_answered"], row["prompts_open"]) == (2, 1, 1)
    assert (row["mood"], row["previous_mood"], row["mood_trend"]) == (7, 4, "up")
    assert (row["phq9"], row["phq9_band"], row["phq9_change"]) == (11, "moderate", -7)
    page = client.get(reverse("staff_dashboard")).content.decode()
    assert "Day 1 of 3" in page
    assert "1 of 2 due answered, 1 open" in page
    assert "-7 since first (18)" in page


def test_a_private_entrys_mood_never_reaches_the_dashboard(world, client):
    make_entry(world.patient, mood=3, shared=True, at=timezone.now() - timedelta(days=1))
    make_entry(world.patient, mood=9, shared=False)
    client.force_login(world.user("clinician"))

    row = next(
        r
        for r in client.get(reverse("api_dashboard")).json()["results"]
        if r["patient"] == world.patient.pk
    )

    assert row["mood"] == 3
    assert row["previous_mood"] is None


def test_patients_with_open_alerts_come_first_whatever_the_sort(world, client):
    make_phq9(world.patient, 3)
    make_phq9(world.other_patient, 25)
    raise_alert(world.patient)
    client.force_login(world.user("clinician"))

    names = [
        r["patient"]
        for r in client.get(reverse("api_dashboard"), {"sort": "phq9"}).json()["results"]
    ]

    assert names == [world.patient.pk, world.other_patient.pk]


def test_sorting_by_phq9_puts_the_highest_first_and_reversing_it_the_lowest(world, client):
    make_phq9(world.patient, 3)
    make_phq9(world.other_patient, 25)
    no_phq9 = make_patient(world.clinic, clinician=world.user("clinician"))
    client.force_login(world.user("clinician"))

    def order(sort):
        results = client.get(reverse("api_dashboard"), {"sort": sort}).json()["results"]
        return [r["patient"] for r in results]

    assert order("phq9") == [world.other_patient.pk, world.patient.pk, no_phq9.pk]
    assert order("-phq9") == [world.patient.pk, world.other_patient.pk, no_phq9.pk]


def test_sorting_by_mood_puts_the_lowest_first(world, client):
    make_entry(world.patient, mood=8)
    make_entry(world.other_patient, mood=2)
    client.force_login(world.user("clinician"))

    results = client.get(reverse("api_dashboard"), {"sort": "mood"}).json()["results"]

    assert [r["patient"] for r in results] == [world.other_patient.pk, world.patient.pk]


def test_the_filters_narrow_the_rows(world, client):
    from tests.factories import make_staff

    second = make_staff(world.clinic, "clinician")
    mine_elsewhere = make_patient(world.clinic, clinician=second)
    record_session(world, patient=world.patient)
    old = record_session(world, patient=world.other_patient, hours_ago=24 * 10)
    assert old.prompts.exists()
    raise_alert(world.other_patient)
    client.force_login(second)

    def shown(show):
        results = client.get(reverse("api_dashboard"), {"show": show}).json()["results"]
        return {r["patient"] for r in results}

    assert shown("all") == {world.patient.pk, world.other_patient.pk, mine_elsewhere.pk}
    assert shown("mine") == {mine_elsewhere.pk}
    assert shown("window") == {world.patient.pk}
    assert shown("alerts") == {world.other_patient.pk}


def test_a_coach_sees_their_care_team_without_phq9(world, client):
    _fill(world, world.patient)
    _fill(world, world.other_patient)
    client.force_login(world.user("coach"))

    results = client.get(reverse("api_dashboard")).json()["results"]
    page = client.get(reverse("staff_dashboard")).content.decode()

    assert [r["patient"] for r in results] == [world.patient.pk]
    assert results[0]["phq9"] is None
    assert results[0]["mood"] == 7
    assert "PHQ-9" not in page


def test_a_coach_sees_phq9_where_the_clinic_allows_it(world, client):
    world.clinic.coaches_see_assessments = True
    world.clinic.save()
    _fill(world, world.patient)
    client.force_login(world.user("coach"))

    results = client.get(reverse("api_dashboard")).json()["results"]

    assert results[0]["phq9"] == 11


def test_clinic_admins_keep_the_roster_and_have_no_dashboard(world, client):
    client.force_login(world.user("clinic_admin"))

    assert client.get(reverse("staff_dashboard")).status_code == 403
    assert client.get(reverse("home"))["Location"] == reverse("staff_patient_list")


def test_clinicians_land_on_the_dashboard_and_coaches_on_their_workspace(world, client):
    client.force_login(world.user("clinician"))
    assert client.get(reverse("home"))["Location"] == reverse("staff_dashboard")

    client.force_login(world.user("coach"))
    assert client.get(reverse("home"))["Location"] == reverse("coach_workspace")


def test_the_rows_shown_are_audited_as_a_list(world, client):
    client.force_login(world.user("clinician"))
    before = AuditEvent.objects.filter(action="list").count()

    client.get(reverse("staff_dashboard"))

    listed = AuditEvent.objects.filter(action="list").order_by("-pk")[:2]
    assert AuditEvent.objects.filter(action="list").count() == before + 2
    assert {event.patient_id for event in listed} == {world.patient.pk, world.other_patient.pk}
