"""Today and the inbox load what is open and what is recent: a patient with years of
windows gets pages of the same size and cost as one with a single window."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from sessions.models import ScheduledPrompt
from tests.care_team.helpers import make_entry
from tests.sessions.helpers import record_session

Status = ScheduledPrompt.Status


def _old_windows(world, count, *, first_days_ago=40):
    """`count` weekly windows ending `first_days_ago` days ago and earlier, every prompt
    answered."""
    for n in range(count):
        session = record_session(world, hours_ago=24 * (first_days_ago + 7 * n))
        session.prompts.update(status=Status.ANSWERED, answered_at=timezone.now())


def _queries(client, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(60) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_the_inbox_shows_recent_answers_and_leaves_old_ones_to_progress(world, client):
    _old_windows(world, 1, first_days_ago=45)
    month_ago = timezone.now() - timedelta(days=30)
    old = set(
        ScheduledPrompt.objects.filter(patient=world.patient, due_at__lt=month_ago).values_list(
            "pk", flat=True
        )
    )
    recent = record_session(world, hours_ago=30)
    first = recent.prompts.order_by("due_at").first()
    ScheduledPrompt.objects.filter(pk=first.pk).update(
        status=Status.ANSWERED, answered_at=timezone.now()
    )
    client.force_login(world.patient.user)

    response = client.get(reverse("prompt_inbox"))

    answered = response.context["groups"]["answered"]
    assert old
    assert first.pk in {prompt.pk for prompt in answered}
    assert not old & {prompt.pk for prompt in answered}
    assert all(prompt.due_at > month_ago for prompt in answered)
    assert "Progress</a> has them all" in response.content.decode()


def test_the_inbox_and_today_cost_the_same_after_many_windows(
    world, client, django_assert_max_num_queries
):
    record_session(world, hours_ago=3)
    client.force_login(world.patient.user)
    client.get(reverse("healthz"))
    short_inbox, _ = _queries(client, reverse("prompt_inbox"), django_assert_max_num_queries)
    short_today, _ = _queries(client, reverse("today"), django_assert_max_num_queries)

    _old_windows(world, 12)

    long_inbox, body = _queries(client, reverse("prompt_inbox"), django_assert_max_num_queries)
    long_today, _ = _queries(client, reverse("today"), django_assert_max_num_queries)
    assert (long_inbox, long_today) == (short_inbox, short_today)
    assert "Answered" in body


def test_progress_shows_the_latest_moods_and_charts_a_long_history_by_day(world, client):
    now = timezone.now()
    for n in range(150):
        make_entry(world.patient, mood=1 + n % 10, at=now - timedelta(hours=8 * n))
    client.force_login(world.patient.user)

    response = client.get(reverse("progress"))

    body = response.content.decode()
    assert "Your latest 30 moods of 150, latest first" in body
    assert len(response.context["mood_table"]) == 30
    assert response.context["mood_table"][0].at == max(
        p.at for p in response.context["mood_points"]
    )
    chart = response.context["mood_chart"]["points"]
    assert 50 <= len(chart) <= 51  # three moods a day, one point a day
    assert all(1 <= point["y"] <= 10 for point in chart)
    assert "has every entry and check-in" in body
