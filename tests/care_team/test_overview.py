from datetime import timedelta
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone

from integration_clinic import overview
from sessions.models import DosingSession, ScheduledPrompt
from tests.care_team.helpers import make_phq9
from tests.factories import make_patient
from tests.sessions.helpers import record_session

Status = ScheduledPrompt.Status
DAY = timedelta(days=1)


def _play(session, *statuses):
    """Gives the window's first prompts these statuses, as dispatch and answers would."""
    prompts = list(session.prompts.order_by("due_at", "pk"))
    for prompt, status in zip(prompts, statuses, strict=False):
        sent = None if status == "unsent-expired" else prompt.due_at
        ScheduledPrompt.objects.filter(pk=prompt.pk).update(
            status=Status.EXPIRED if status == "unsent-expired" else status, sent_at=sent
        )


def _sessions_without_prompts(world, patient, count):
    now = timezone.now()
    DosingSession.objects.bulk_create(
        DosingSession(
            patient=patient,
            clinician=world.user("clinician"),
            route="iv_ketamine",
            dose_mg=35,
            started_at=now - (n + 2) * DAY,
            ended_at=now - (n + 2) * DAY + timedelta(hours=1),
            status="completed",
        )
        for n in range(count)
    )


def _clinic(world):
    """Two patients' windows with known answers, and PHQ-9s for five patients."""
    a, b = world.patient, world.other_patient
    a1 = record_session(world, patient=a, hours_ago=24 * 40)
    a2 = record_session(world, patient=a, hours_ago=3)
    b1 = record_session(world, patient=b, hours_ago=24 * 40)
    _play(a1, Status.ANSWERED, Status.ANSWERED, Status.ANSWERED, Status.EXPIRED, "unsent-expired")
    _play(a2, Status.ANSWERED, Status.SENT)
    _play(b1, Status.ANSWERED, Status.EXPIRED, Status.ANSWERED)
    now = timezone.now()
    make_phq9(a, 20, at=now - 41 * DAY)
    make_phq9(a, 10, at=now - DAY)
    make_phq9(b, 15, at=now - 41 * DAY)
    make_phq9(b, 12, at=now - DAY)
    single = make_patient(world.clinic)
    make_phq9(single, 9)
    no_sessions = make_patient(world.clinic)
    for n, total in enumerate((10, 12, 14)):
        make_phq9(no_sessions, total, at=now - (3 - n) * DAY)
    for count, (first, latest) in ((7, (24, 8)), (6, (20, 16))):
        patient = make_patient(world.clinic, clinician=world.user("clinician"))
        _sessions_without_prompts(world, patient, count)
        make_phq9(patient, first, at=now - 30 * DAY)
        make_phq9(patient, latest, at=now - DAY)
    # Another clinic's figures never count.
    elsewhere = world.elsewhere_patient
    make_phq9(elsewhere, 27, at=now - 10 * DAY)
    make_phq9(elsewhere, 0, at=now - DAY)
    return a1, a2


def test_adherence_by_session_number(world):
    _clinic(world)

    rows = overview.adherence_by_session_number(world.clinic.pk)

    first, second = rows
    assert (first.label, first.windows, first.patients) == ("1st session", 2, 2)
    assert (first.answered, first.missed, first.still_open, first.rate) == (5, 2, 0, 71)
    assert (second.label, second.answered, second.missed, second.still_open) == (
        "2nd session",
        1,
        0,
        1,
    )
    assert second.rate == 100


def test_adherence_by_month_follows_the_clinic_zone(world):
    a1, a2 = _clinic(world)
    zone = ZoneInfo(world.clinic.time_zone)

    rows = overview.adherence_by_month(world.clinic.pk, zone=world.clinic.time_zone)

    months = [f"{a1.ended_at.astimezone(zone):%B %Y}", f"{a2.ended_at.astimezone(zone):%B %Y}"]
    assert [row.label for row in rows] == sorted(set(months), key=months.index)
    assert sum(row.answered for row in rows) == 6
    assert sum(row.missed for row in rows) == 2


def test_mean_phq9_change_by_number_of_sessions(world):
    _clinic(world)

    groups = overview.phq9_change_by_sessions(world.clinic.pk)

    assert [(g.label, g.patients, g.mean_first, g.mean_latest, g.mean_change) for g in groups] == [
        ("No sessions yet", 1, 10, 14, 4),
        ("1 session", 1, 15, 12, -3),
        ("2 sessions", 1, 20, 10, -10),
        ("6 or more sessions", 2, 22, 12, -10),
    ]


def test_the_overview_page_shows_the_figures_and_no_names(
    world, client, django_assert_max_num_queries
):
    _clinic(world)
    client.force_login(world.user("clinic_admin"))

    with django_assert_max_num_queries(20):
        page = client.get(reverse("staff_overview")).content.decode()

    assert "71%" in page
    assert "-10.0" in page and "+4.0" in page
    assert world.patient.user.last_name not in page
    assert world.other_patient.user.last_name not in page


def test_coaches_have_no_overview(world, client):
    client.force_login(world.user("coach"))

    assert client.get(reverse("staff_overview")).status_code == 403
