from django.core.management import call_command

from journals.crisis import screen
from journals.models import Assessment, Commitment, EntryComment, JournalEntry
from patients.models import Patient, SafetyAlert


def test_the_demo_patients_have_private_and_shared_entries_and_improving_scores(db):
    call_command("seed_demo", verbosity=0)
    alex = Patient.objects.get(user__email="patient@demo.test")

    entries = JournalEntry.objects.filter(patient=alex)
    assert entries.filter(shared_with_care_team=True).exists()
    assert entries.filter(shared_with_care_team=False, kind="journal").exists()
    assert entries.filter(kind="check_in", mood__isnull=False).exists()
    assert entries.values("session").exclude(session=None).distinct().count() >= 3
    for instrument in ("phq9", "gad7"):
        totals = list(
            Assessment.objects.filter(patient=alex, instrument=instrument)
            .order_by("created_at")
            .values_list("total", flat=True)
        )
        assert len(totals) >= 3, instrument
        assert totals == sorted(totals, reverse=True), instrument
    assert Commitment.objects.filter(patient=alex).exists()
    assert EntryComment.objects.filter(entry__patient=alex).exists()
    # Demo words that the crisis screen would flag must carry the flag and the alert.
    for entry in JournalEntry.objects.all():
        if screen(entry.title, entry.text):
            assert entry.flagged and SafetyAlert.objects.filter(source_id=str(entry.pk)).exists()
    assert all(p.journal_entries.exists() and p.assessments.exists() for p in Patient.objects.all())
