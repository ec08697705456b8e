"""`manage.py dispatch_status`: is the schedule moving, across every clinic?"""

from django.core.management.base import BaseCommand

from sessions.selectors_dispatch import dispatch_status


def _since(moment, now) -> str:
    if moment is None:
        return "none"
    minutes = int((now - moment).total_seconds() // 60)
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC ({minutes} min ago)"


class Command(BaseCommand):
    help = (
        "Shows the oldest prompt due but not yet delivered and the oldest email waiting to "
        "be sent, across all clinics."
    )

    def handle(self, *args, **options):
        status = dispatch_status()
        now = status.now
        self.stdout.write(
            f"Prompts due, not delivered: {status.due_unsent} ({status.queued} being delivered)"
        )
        self.stdout.write(f"Oldest due prompt: {_since(status.oldest_due_at, now)}")
        self.stdout.write(
            f"Emails waiting: {status.emails_waiting} ({status.emails_sending} sending)"
        )
        self.stdout.write(f"Oldest waiting email: {_since(status.oldest_email_at, now)}")
        self.stdout.write(f"Emails failed in the last day: {status.emails_failed}")
