from django.core.management.base import BaseCommand

from patients.summary import summary_rebuild


class Command(BaseCommand):
    help = (
        "Recomputes every patient's dashboard summary row: once after migrating existing "
        "data, or after changes made outside the app's services."
    )

    def handle(self, *args, **options):
        written = summary_rebuild()
        self.stdout.write(f"Rebuilt {written} patient summaries.")
