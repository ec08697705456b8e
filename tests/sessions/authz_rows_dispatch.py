"""The dispatch status page: the clinic's admins and clinicians, each for their own clinic."""

from tests.authz import FORBIDDEN, LOGIN, OK, Row, expect

ROWS = [
    Row(
        "dispatch_status",
        expect(
            FORBIDDEN,
            anonymous=LOGIN,
            clinician=OK,
            other_clinician=OK,
            clinic_admin=OK,
            other_therapist=FORBIDDEN,
        ),
        shows=("clinician", "clinic_admin"),
        marker=lambda world: world.clinic.name,
    ),
]
