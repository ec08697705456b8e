"""The demo clinic's groups: a weekly integration circle, six weeks of six seats, with
members and a waitlist, one circle held last week with its attendance, and a video
drop-in tomorrow inside the demo patient's integration window. Idempotent: a group found
by its title is left alone."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from . import services
from .models import Enrollment, GroupSession

CIRCLE = "Thursday integration circle"
DROP_IN = "Midday drop-in circle"
THURSDAY = 3


def _next_local(day_offset: int, wall: time, zone: ZoneInfo, now) -> datetime:
    local_day = now.astimezone(zone).date() + timedelta(days=day_offset)
    return datetime.combine(local_day, wall, tzinfo=zone)


def _seat(patients, group_session, now):
    for patient in patients:
        services.enrollment_create(
            acting_user=patient.user, group_session=group_session, patient=patient, now=now
        )


def _circle(people, now, zone):
    coach, co_facilitator = people.coaches[0], people.coaches[1]
    days_ahead = (THURSDAY - now.astimezone(zone).weekday()) % 7 or 7
    series = services.group_session_create(
        acting_user=coach,
        weeks=6,
        facilitators=[coach, co_facilitator],
        title=CIRCLE,
        topic="What came up, and what to keep",
        description="A small, steady circle to share what your sessions brought up and "
        "how you are carrying it into daily life. Come as you are.",
        starts_at=_next_local(days_ahead, time(18, 0), zone, now),
        duration_minutes=90,
        capacity=6,
        place_kind=GroupSession.PlaceKind.ROOM,
        room="Garden room, second floor",
        now=now,
    )
    _seat(people.patients[:8], series[0], now)  # six seats, two waiting
    _seat(people.patients[:4], series[1], now)

    held = GroupSession.objects.create(
        clinic=people.clinic,
        title=CIRCLE,
        topic="Getting started",
        starts_at=series[0].starts_at - timedelta(weeks=1),
        duration_minutes=90,
        capacity=6,
        place_kind=GroupSession.PlaceKind.ROOM,
        room="Garden room, second floor",
        status=GroupSession.Status.DONE,
        created_by=coach,
    )
    held.facilitators.set([coach, co_facilitator])
    attendance = ["present", "present", "late", "absent", "present"]
    Enrollment.objects.bulk_create(
        Enrollment(
            group_session=held,
            patient=patient,
            status=Enrollment.Status.CONFIRMED,
            enrolled_by=patient.user,
            confirmed_at=held.starts_at - timedelta(days=3),
            attendance=mark,
            attendance_marked_by=coach,
            attendance_marked_at=held.ends_at,
        )
        for patient, mark in zip(people.patients, attendance, strict=False)
    )


def _drop_in(people, now, zone):
    starts_at = _next_local(1, time(12, 0), zone, now)
    (drop_in,) = services.group_session_create(
        acting_user=people.coaches[1],
        title=DROP_IN,
        topic="Open sharing",
        description="Forty-five minutes on video for anyone in their integration window.",
        starts_at=starts_at,
        duration_minutes=45,
        capacity=8,
        place_kind=GroupSession.PlaceKind.VIDEO,
        video_url="https://video.example/riverbend-drop-in",
        now=now,
    )
    _seat(people.patients[1:3], drop_in, now)


def seed_groups(people, now: datetime):
    zone = ZoneInfo(people.clinic.time_zone)
    existing = set(
        GroupSession.objects.filter(clinic=people.clinic, title__in=[CIRCLE, DROP_IN]).values_list(
            "title", flat=True
        )
    )
    if CIRCLE not in existing:
        _circle(people, now, zone)
    if DROP_IN not in existing:
        _drop_in(people, now, zone)
