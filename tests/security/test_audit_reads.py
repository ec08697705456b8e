"""Every staff read of health data leaves an audit row, on every page and endpoint.

The walk goes through the authorization table itself, so a page added there is checked
here too: for each staff member the table lets in, every patient the response names must
have an audit row for that reader, written by that request.
"""

import pytest
from django.urls import reverse

from patients.models import AuditEvent
from tests.authz import OK
from tests.test_authorization import ROWS

STAFF = ("coach", "other_coach", "clinician", "other_clinician", "clinic_admin")

# Pages a staff member may open that name a patient without showing their health data.
NO_HEALTH_DATA = {
    # The invitation form lists no one; the token and inbox pages are the reader's own.
    "invitation_create",
    "api_token",
    "notification_list",
    "api_me",
    # The audit trail names whose records were read, never what they hold; auditing a
    # read of it would grow the trail under the reader's own pages as they walk them.
    "api_audit_events",
}

STAFF_READS = [
    (row, role)
    for row in ROWS
    if row.method == "get"
    for role in STAFF
    if row.expect[role] == OK and row.name not in NO_HEALTH_DATA
]


def _patients_named(body: str, world):
    patients = (world.patient, world.other_patient, world.elsewhere_patient)
    return [p for p in patients if p.user.get_full_name() in body or p.user.email in body]


def _body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


@pytest.mark.parametrize(("row", "role"), STAFF_READS, ids=lambda v: str(v))
def test_staff_read_of_health_data_is_audited(row, role, world, client_for):
    reader = world.user(role)
    client = client_for(reader)
    if row.setup:
        row.setup(world)
    url = reverse(row.name, kwargs=row.kwargs(world))
    before = set(AuditEvent.objects.values_list("pk", flat=True))

    # As the authorization table asks (a preview names its patient in the query).
    data = row.data(world) if row.data else None
    response = client.get(url, data, HTTP_ACCEPT="application/json, text/html")

    assert response.status_code == OK
    body = _body(response)
    written = AuditEvent.objects.exclude(pk__in=before).filter(actor=reader)
    for patient in _patients_named(body, world):
        assert written.filter(patient=patient).exists(), (
            f"{row} as {role} shows {patient} but wrote no audit row for them"
        )
