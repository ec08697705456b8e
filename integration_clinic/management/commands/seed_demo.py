from django.core.management.base import BaseCommand
from django.db import transaction

from patients.demo import DEMO_PASSWORD, seed_people
from sessions.demo import seed_sessions


class Command(BaseCommand):
    help = "Creates the demo clinic (logins end in @demo.test). Running it again changes nothing."

    @transaction.atomic
    def handle(self, *args, **options):
        people = seed_people()
        seed_sessions(people)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo clinic “{people.clinic}”: {len(people.patients)} patients, "
                f"{len(people.clinicians)} clinicians, {len(people.coaches)} coaches. "
                f"Log in as patient@demo.test, clinician@demo.test, coach@demo.test or "
                f"admin@demo.test with the password {DEMO_PASSWORD}."
            )
        )
