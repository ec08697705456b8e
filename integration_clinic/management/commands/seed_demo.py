from django.core.management.base import BaseCommand
from django.db import transaction

from groups.demo import seed_groups
from journals.demo import seed_journals
from patients.demo import DEMO_PASSWORD, seed_alerts, seed_people
from sessions.demo import seed_sessions
from sessions.demo_debrief import seed_debrief_notes


class Command(BaseCommand):
    help = "Creates the demo clinic (logins end in @demo.test). Running it again changes nothing."

    @transaction.atomic
    def handle(self, *args, **options):
        people = seed_people()
        seed_sessions(people)
        seed_journals(people)
        seed_groups(people)
        seed_debrief_notes(people)
        seed_alerts(people)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo clinic “{people.clinic}”: {len(people.patients)} patients, "
                f"{len(people.clinicians)} clinicians, {len(people.coaches)} coaches. "
                f"Log in as patient@demo.test, clinician@demo.test, coach@demo.test or "
                f"admin@demo.test with the password {DEMO_PASSWORD}."
            )
        )
