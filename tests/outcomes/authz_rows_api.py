"""The outcome figures over the API, for the whole cast: clinicians and clinic admins, no
names."""

from tests.authz import FORBIDDEN, OK, UNAUTHORIZED, Row, expect
from tests.outcomes.helpers import treated


def _treated(world):
    treated(world.patient, answered=2, closed=3, baseline=17, latest=6)


ROWS = [
    Row(
        "api_outcomes",
        expect(
            FORBIDDEN,
            anonymous=UNAUTHORIZED,
            clinician=OK,
            other_clinician=OK,
            clinic_admin=OK,
            other_therapist=FORBIDDEN,
        ),
        setup=_treated,
        marker=lambda world: world.patient.user.last_name,
    ),
]
