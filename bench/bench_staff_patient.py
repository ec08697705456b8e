"""Staff patient page benchmark, on PostgreSQL (`make bench`): does the page of one patient
cost more in a clinic of 20,000 patients than in one of 2,000?

Uses the two clinics bench_dashboard.py builds (it builds them if they are missing). The
patient viewed has the same history in both: the clinic's 8th patient, of the first 2,000
whose histories match (5 sessions, 40 prompts, 30 entries). The two pages are timed
alternately through the test client, as each clinic's clinician with MFA. Prints the
medians and, last, `ratio staff_patient_page_20k_vs_2k X`.
"""

import statistics
import sys

# Sets Django up and builds the clinics: the same ones the dashboard bench uses.
import bench_dashboard as clinics  # noqa: I001
from django.test import Client  # noqa: E402

from patients.models import Patient  # noqa: E402

REQUESTS, WARMUP, _p95, _timed = clinics.REQUESTS, clinics.WARMUP, clinics._p95, clinics._timed

PATIENT_INDEX = 7


def _page_for(size):
    clinic, clinician = clinics.ensure_clinic(size)
    patient = Patient.objects.filter(clinic=clinic).order_by("pk")[PATIENT_INDEX]
    client = Client()
    client.force_login(clinician)
    url = f"/staff/patients/{patient.pk}/"
    response = client.get(url)
    if response.status_code != 200:
        sys.exit(f"{url} answered {response.status_code}")
    return client, url, patient


def main():
    clinics._require_postgresql()
    pages = {size: _page_for(size) for size in ("2k", "20k")}
    for size, (_client, _url, patient) in pages.items():
        sessions = patient.dosing_sessions.count()
        entries = patient.journal_entries.count()
        print(f"[{size}] patient {patient.pk}: {sessions} sessions, {entries} entries")
    for _ in range(WARMUP):
        for client, url, _patient in pages.values():
            _timed(client, url)
    times = {size: [] for size in pages}
    for _ in range(REQUESTS):
        for size, (client, url, _patient) in pages.items():
            times[size].append(_timed(client, url)[0])
    for size, values in times.items():
        print(
            f"[{size}] Staff patient page: median {statistics.median(values):.1f} ms, "
            f"p95 {_p95(values):.1f} ms ({REQUESTS} requests)"
        )
    ratio = statistics.median(times["20k"]) / statistics.median(times["2k"])
    print(f"ratio staff_patient_page_20k_vs_2k {ratio:.2f}")


if __name__ == "__main__":
    main()
