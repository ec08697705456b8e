from argparse import ArgumentTypeError
from datetime import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from groups.demo import seed_groups
from journals.demo import seed_journals
from journals.demo_followup import seed_followup
from patients.demo import DEMO_PASSWORD, seed_alerts, seed_people, seed_safety_plan
from patients.summary import summary_refresh
from sessions.demo import seed_sessions
from sessions.demo_debrief import seed_debrief_notes
from sessions.demo_therapy import seed_therapy_notes


def instant(value: str) -> datetime:
    """An ISO 8601 date and time with its offset, e.g. 2026-12-08T15:00:00Z."""
    try:
        parsed = parse_datetime(value)
    except ValueError:
        parsed = None
    if parsed is None:
        raise ArgumentTypeError(f"{value!r} is not a date and time like 2026-12-08T15:00:00Z")
    if timezone.is_naive(parsed):
        raise ArgumentTypeError(f"{value!r} needs its offset: end it with Z or e.g. +01:00")
    return parsed


class Command(BaseCommand):
    help = "Creates the demo clinic (logins end in @demo.test). Running it again changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--now",
            type=instant,
            default=None,
            help="The instant the demo is built around, with its offset (e.g. "
            "2026-12-08T15:00:00Z): the latest session ended an hour before it, and "
            "everything else is dated from it. Default: the current time.",
        )

    @transaction.atomic
    def handle(self, *args, now=None, **options):
        now = now or timezone.now()
        people = seed_people(now)
        seed_sessions(people, now)
        seed_journals(people, now)
        seed_followup(people, now)
        seed_groups(people, now)
        seed_debrief_notes(people, now)
        seed_therapy_notes(people, now)
        seed_alerts(people, now)
        # The builders write some rows directly: the dashboard's summaries are made after.
        summary_refresh([patient.pk for patient in people.patients], now=now)
        seed_safety_plan(people, now)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo clinic “{people.clinic}”: {len(people.patients)} patients, "
                f"{len(people.clinicians)} clinicians, {len(people.coaches)} coaches, "
                f"{len(people.therapists)} therapist. Log in as patient@demo.test, "
                f"clinician@demo.test, coach@demo.test, therapist@demo.test or "
                f"admin@demo.test with the password {DEMO_PASSWORD}."
            )
        )
