"""Relapse signals, raised where the patient saves a PHQ-9 or a mood: each rule at its
boundary, at most one open alert per reason, never urgent, never an email."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail

from journals import services as journals
from patients.followup import mood_signals, phq9_signals
from patients.models import FollowUpAlert, Notification, SafetyAlert

Reason = FollowUpAlert.Reason
NOW = datetime(2026, 6, 10, 16, 0, tzinfo=UTC)
DAY = timedelta(days=1)


@pytest.fixture(autouse=True)
def _pinned(time_machine):
    time_machine.move_to(NOW, tick=False)


def _items(total):
    items = []
    for _ in range(8):
        items.append(min(3, total))
        total -= items[-1]
    return [*items, 0]


def _phq9(patient, total, at):
    return journals.assessment_create(
        acting_user=patient.user, instrument="phq9", item_scores=_items(total), now=at
    )


def _dose(world, ended_at):
    from sessions import services as sessions

    return sessions.session_create(
        acting_user=world.user("clinician"),
        patient=world.patient,
        route="iv_ketamine",
        dose_mg=35,
        started_at=ended_at - timedelta(minutes=50),
        ended_at=ended_at,
    )


def _series(world, totals, *, start=NOW - 40 * DAY):
    for n, total in enumerate(totals):
        _phq9(world.patient, total, start + n * 7 * DAY)


def _reasons(patient):
    return sorted(FollowUpAlert.objects.filter(patient=patient).values_list("reason", flat=True))


# PHQ-9 -----------------------------------------------------------------------------------


def test_a_phq9_five_points_above_the_best_since_the_last_dose_raises_a_rise(world):
    _series(world, [12, 6, 9, 11])

    alert = FollowUpAlert.objects.get(patient=world.patient, reason=Reason.PHQ9_RISE)
    assert alert.detail == "PHQ-9 11, up 5 from 6, the best since the last dose."
    assert alert.is_open


def test_four_points_above_the_best_is_no_rise(world):
    _series(world, [6, 8])
    _phq9(world.patient, 10, NOW)  # 4 above the best, 6; and back to 10 from 8

    assert _reasons(world.patient) == [Reason.PHQ9_BACK]


def test_the_best_counts_only_since_the_last_dose(world):
    _phq9(world.patient, 3, NOW - 30 * DAY)
    _dose(world, NOW - 20 * DAY)
    _phq9(world.patient, 5, NOW - 10 * DAY)

    _phq9(world.patient, 7, NOW)

    # 7 is 4 above 3, but 3 came before the last dose; since it, the best is 5.
    assert _reasons(world.patient) == []


def test_back_to_ten_after_falling_below_raises_back(world):
    _series(world, [16, 9])

    _phq9(world.patient, 10, NOW)

    alert = FollowUpAlert.objects.get(patient=world.patient)
    assert alert.reason == Reason.PHQ9_BACK
    assert alert.detail == "PHQ-9 10, back to 10 or more from 9."


def test_staying_at_ten_or_more_is_not_back(world):
    _series(world, [16, 12])

    _phq9(world.patient, 13, NOW)

    assert _reasons(world.patient) == []


def test_nine_after_falling_below_is_not_back(world):
    _series(world, [16, 7])

    _phq9(world.patient, 9, NOW)

    assert _reasons(world.patient) == []


def test_the_rules_read_the_totals_in_order():
    assert phq9_signals([8]) == []
    assert [s.reason for s in phq9_signals([4, 9])] == [Reason.PHQ9_RISE]
    assert [s.reason for s in phq9_signals([4, 8])] == []
    assert [s.reason for s in phq9_signals([4, 9, 14])] == [Reason.PHQ9_RISE, Reason.PHQ9_BACK]


# Mood ------------------------------------------------------------------------------------


def _moods(patient, moods, *, days_ago):
    """One check-in mood a day, the first `days_ago` days back."""
    for n, mood in enumerate(moods):
        journals.entry_create(
            acting_user=patient.user, kind="check_in", mood=mood, now=NOW - (days_ago - n) * DAY
        )


def test_the_weeks_mean_mood_two_below_the_week_before_raises_a_drop(world):
    _moods(world.patient, [7, 7, 8, 7], days_ago=13)  # the week before: 7.25
    _moods(world.patient, [5, 5, 6, 5], days_ago=3)  # this week: 5.25

    alert = FollowUpAlert.objects.get(patient=world.patient)
    assert alert.reason == Reason.MOOD_DROP
    assert alert.detail == "Mean mood 5.2 over the last 7 days, down from 7.2 the 7 days before."


def test_a_drop_just_under_two_raises_nothing(world):
    _moods(world.patient, [7, 7, 7, 7], days_ago=13)
    _moods(world.patient, [6, 5, 6, 5], days_ago=3)  # down 1.33, then 1.5

    assert _reasons(world.patient) == []


def test_too_few_moods_in_a_week_make_no_trend(world):
    _moods(world.patient, [9, 9], days_ago=12)
    _moods(world.patient, [2, 2, 2], days_ago=3)

    assert _reasons(world.patient) == []
    assert mood_signals([2, 2, 2], [9, 9, 9])[0].reason == Reason.MOOD_DROP


# Raising ---------------------------------------------------------------------------------


def test_one_open_alert_per_reason_and_a_new_one_once_it_is_resolved(world):
    from patients.followup import followup_alert_resolve

    _series(world, [2, 7])
    _phq9(world.patient, 8, NOW - DAY)
    assert _reasons(world.patient) == [Reason.PHQ9_RISE]

    followup_alert_resolve(
        acting_user=world.user("clinician"),
        alert=FollowUpAlert.objects.get(),
        resolution="call",
    )
    _phq9(world.patient, 9, NOW)

    assert _reasons(world.patient) == [Reason.PHQ9_RISE, Reason.PHQ9_RISE]
    assert FollowUpAlert.objects.filter(resolved_at=None).count() == 1


def test_a_follow_up_alert_is_not_urgent_and_is_not_a_safety_alert(world, mailoutbox):
    _series(world, [2, 7])

    assert not SafetyAlert.objects.exists()
    assert len(mail.outbox) == 0
    inbox = Notification.objects.filter(user=world.user("clinician"))
    assert [(n.title, n.urgent) for n in inbox] == [("Follow-up suggested for Pat Pattison", False)]
    # The patient's therapist hears of it too; the coach (no assessments here) does not.
    assert Notification.objects.filter(user=world.user("therapist")).count() == 1
    assert not Notification.objects.filter(user=world.user("coach")).exists()
