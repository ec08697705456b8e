"""Progress: mood, PHQ-9 and GAD-7 totals, and prompts answered per window, each chart
with a summary in words that matches its numbers."""

import json
import re
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from integration_clinic import progress
from journals.models import JournalEntry
from sessions.models import ScheduledPrompt
from sessions.selectors import prompt_list_for, session_list_for
from tests.patient_experience.helpers import (
    make_assessment,
    make_entry,
    set_statuses,
    window_with_moods,
)

Status = ScheduledPrompt.Status


def _progress(client, world):
    client.force_login(world.patient.user)
    response = client.get(reverse("progress"))
    assert response.status_code == 200
    return response


def _chart_data(body, element_id):
    match = re.search(
        rf'<script id="{element_id}" type="application/json">(.*?)</script>', body, re.S
    )
    assert match, f"no data script {element_id}"
    return json.loads(match.group(1))


# The figures -------------------------------------------------------------------------


def test_moods_of_three_five_and_seven_average_five(world):
    window_with_moods(world, [3, 5, 7], days_ago=2)
    user = world.patient.user
    windows = progress.windows_of(session_list_for(user))
    points = progress.mood_points(JournalEntry.objects.filter(patient=world.patient))

    (only,) = progress.mood_by_window(points, windows)

    assert [p.mood for p in points] == [3, 5, 7]
    assert only.average == 5.0
    assert only.count == 3
    assert "Your mood averaged 5.0 in the window after your session" in progress.mood_summary(
        points, windows
    )


def test_the_summary_compares_the_latest_window_with_the_first(world):
    window_with_moods(world, [4, 5], days_ago=30)
    window_with_moods(world, [5, 5], days_ago=16)
    window_with_moods(world, [6, 7], days_ago=2)
    windows = progress.windows_of(session_list_for(world.patient.user))
    points = progress.mood_points(JournalEntry.objects.filter(patient=world.patient))

    summary = progress.mood_summary(points, windows)

    assert "Your mood averaged 6.5 in your latest window" in summary
    assert "up from 4.5 in your first" in summary
    assert "Across all 6 moods you recorded, the average is 5.3 out of 10." in summary


def test_moods_outside_any_window_count_overall_only(world):
    make_entry(world.patient, mood=2)
    make_entry(world.patient, mood=4)
    points = progress.mood_points(JournalEntry.objects.filter(patient=world.patient))

    summary = progress.mood_summary(points, [])

    assert summary == "Across all 2 moods you recorded, the average is 3.0 out of 10."


def test_entries_without_a_mood_are_not_plotted(world):
    make_entry(world.patient, text="No mood given")
    make_entry(world.patient, kind="check_in", text="", mood=8)

    points = progress.mood_points(JournalEntry.objects.filter(patient=world.patient))

    assert [p.mood for p in points] == [8]
    assert points[0].source == "Check-in"


def test_assessment_summaries_name_the_latest_total_and_band_and_the_change(world):
    now = timezone.now()
    make_assessment(world.patient, "phq9", 14, "moderate", at=now - timedelta(days=20))
    make_assessment(world.patient, "phq9", 11, "moderate", at=now - timedelta(days=10))
    make_assessment(world.patient, "phq9", 8, "mild", at=now)
    make_assessment(world.patient, "gad7", 6, "mild", at=now)
    series = progress.assessment_series(world.patient.assessments.all())

    phq9 = progress.assessment_summary(series["phq9"], "phq9")
    gad7 = progress.assessment_summary(series["gad7"], "gad7")

    assert [p.total for p in series["phq9"]] == [14, 11, 8]
    assert phq9.startswith("Your latest PHQ-9 was 8 (mild) on ")
    assert "down from 14 (moderate)" in phq9
    assert "your first of 3 answers" in phq9
    assert gad7.startswith("Your latest GAD-7 was 6 (mild) on ")
    assert "from" not in gad7


def test_chart_bands_follow_the_scoring_rules():
    phq9 = progress.INSTRUMENT_SCALES["phq9"]
    gad7 = progress.INSTRUMENT_SCALES["gad7"]

    assert phq9["max"] == 27
    assert [(low, high) for low, high, _ in phq9["bands"]] == [
        (0, 4),
        (5, 9),
        (10, 14),
        (15, 19),
        (20, 27),
    ]
    assert gad7["max"] == 21
    assert [band for _, _, band in gad7["bands"]] == ["minimal", "mild", "moderate", "severe"]


def test_answered_per_window_counts_prompts_that_reached_the_patient(world):
    session = window_with_moods(world, [], days_ago=3)
    set_statuses(
        session,
        Status.ANSWERED,
        Status.ANSWERED,
        Status.ANSWERED,
        Status.EXPIRED,
        Status.EXPIRED,
        Status.SENT,
        Status.SCHEDULED,
        Status.CANCELLED,
    )
    user = world.patient.user
    windows = progress.windows_of(session_list_for(user))

    (row,) = progress.adherence_by_window(prompt_list_for(user), windows)

    assert (row.answered, row.missed, row.still_open, row.offered) == (3, 2, 1, 6)
    assert "you answered 3 of 6 prompts, and 1 still open." in progress.adherence_summary([row])


def test_answered_across_windows_gives_a_percentage(world):
    first = window_with_moods(world, [], days_ago=20)
    latest = window_with_moods(world, [], days_ago=5)
    set_statuses(first, *[Status.ANSWERED] * 2, *[Status.EXPIRED] * 6)
    set_statuses(latest, *[Status.ANSWERED] * 6, *[Status.EXPIRED] * 2)
    user = world.patient.user
    rows = progress.adherence_by_window(
        prompt_list_for(user), progress.windows_of(session_list_for(user))
    )

    summary = progress.adherence_summary(rows)

    assert [row.answered for row in rows] == [2, 6]
    assert "you answered 6 of 8 prompts." in summary
    assert "Across all 2 windows: 8 of 16 (50%)." in summary


# The page ----------------------------------------------------------------------------


def test_the_page_says_the_average_and_carries_the_chart_data(world, client):
    session = window_with_moods(world, [3, 5, 7], days_ago=2)

    body = _progress(client, world).content.decode()

    assert "Your mood averaged 5.0 in the window after your session" in body
    mood = _chart_data(body, "mood-data")
    assert [point["y"] for point in mood["points"]] == [3, 5, 7]
    assert [s["x"] for s in mood["sessions"]] == [int(session.ended_at.timestamp() * 1000)]
    assert mood["zone"] == "America/New_York"
    assert 'id="mood-chart"' in body
    assert "<details" in body and "Show the mood numbers" in body


def test_each_chart_has_its_data_script_summary_and_table(world, client):
    session = window_with_moods(world, [6], days_ago=2)
    set_statuses(session, Status.ANSWERED, Status.EXPIRED)
    make_assessment(world.patient, "phq9", 12, "moderate", session=session)
    make_assessment(world.patient, "gad7", 3, "minimal", session=session)

    body = _progress(client, world).content.decode()

    phq9 = _chart_data(body, "phq9-data")
    assert [(p["y"], p["band"]) for p in phq9["points"]] == [(12, "moderate")]
    assert phq9["max"] == 27
    assert _chart_data(body, "gad7-data")["points"][0]["y"] == 3
    answered = _chart_data(body, "answered-data")
    assert (answered["answered"], answered["missed"]) == ([1], [1])
    assert "Your latest PHQ-9 was 12 (moderate)" in body
    assert "you answered 1 of 2 prompts." in body
    assert body.count('class="numbers"') == 4


def test_charts_come_from_our_own_static_files(world, client):
    window_with_moods(world, [6], days_ago=2)

    body = _progress(client, world).content.decode()

    scripts = re.findall(r'<script src="([^"]+)"', body)
    assert all(src.startswith("/static/") for src in scripts), scripts
    assert {"/static/vendor/chart.js/chart.umd.min.js", "/static/js/progress-charts.js"} <= set(
        scripts
    )


def test_with_nothing_recorded_the_page_says_so_without_charts(world, client):
    body = _progress(client, world).content.decode()

    assert "No moods recorded yet" in body
    assert "No PHQ-9 answered yet." in body
    assert "No GAD-7 answered yet." in body
    assert "No prompts have reached you yet" in body
    assert "<canvas" not in body


def test_another_patients_moods_do_not_count(world, client):
    window_with_moods(world, [3, 5, 7], days_ago=2)
    window_with_moods(world, [10, 10], days_ago=2, patient=world.other_patient)
    make_assessment(world.other_patient, "phq9", 25, "severe")

    body = _progress(client, world).content.decode()

    assert [p["y"] for p in _chart_data(body, "mood-data")["points"]] == [3, 5, 7]
    assert "No PHQ-9 answered yet." in body


def test_a_deleted_entrys_mood_is_left_out(world, client):
    window_with_moods(world, [4], days_ago=2)
    gone = make_entry(world.patient, mood=10)
    JournalEntry.objects.filter(pk=gone.pk).update(deleted_at=timezone.now())

    body = _progress(client, world).content.decode()

    assert [p["y"] for p in _chart_data(body, "mood-data")["points"]] == [4]


def _fill(world, windows):
    for n in range(windows):
        # A week apart from those made already: one patient's sessions never overlap.
        weeks = world.patient.dosing_sessions.count()
        session = window_with_moods(world, [4, 6], days_ago=2 + 7 * weeks)
        set_statuses(session, Status.ANSWERED, Status.EXPIRED, Status.SENT)
        make_assessment(world.patient, "phq9", 10 + n, "moderate", session=session)
        make_assessment(world.patient, "gad7", 5 + n, "mild", session=session)


def _query_count(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(20) as captured:
        assert client.get(reverse("progress")).status_code == 200
    return len(captured)


def test_progress_costs_the_same_queries_with_one_window_or_five(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.patient.user)
    _fill(world, 1)
    one = _query_count(client, django_assert_max_num_queries)

    _fill(world, 4)
    five = _query_count(client, django_assert_max_num_queries)

    assert five == one
