"""The patient's own pages: each patient sees their own records and never another's;
staff are turned away (they have their own pages, which audit what they read)."""

from tests.authz import FORBIDDEN, LOGIN, OK, REDIRECT, Row, expect

ENTRY_TITLE = "Lighthouse morning 4471"
ENTRY_TEXT = "Only mine: the harbour fog lifted 4471"

PATIENT_PAGE = expect(FORBIDDEN, anonymous=LOGIN, patient=OK, other_patient=OK)


def _patients_private_entry(world):
    from tests.patient_experience.helpers import make_entry

    make_entry(world.patient, title=ENTRY_TITLE, text=ENTRY_TEXT, mood=7)


def _preferences(world):
    return {
        "time_zone": "America/Chicago",
        "quiet_hours_start": "22:00",
        "quiet_hours_end": "07:00",
        "preferred_channel": "email",
        "emailed_kinds": ["check_in", "journal"],
    }


ROWS = [
    Row(
        "today",
        PATIENT_PAGE,
        setup=_patients_private_entry,
        shows=("patient",),
        marker=lambda world: ENTRY_TITLE,
    ),
    Row(
        "progress",
        PATIENT_PAGE,
        setup=_patients_private_entry,
        shows=("patient",),
        marker=lambda world: ENTRY_TITLE,
    ),
    Row("export", PATIENT_PAGE),
    Row(
        "export_json",
        PATIENT_PAGE,
        setup=_patients_private_entry,
        shows=("patient",),
        marker=lambda world: ENTRY_TEXT,
    ),
    Row(
        "export_print",
        PATIENT_PAGE,
        setup=_patients_private_entry,
        shows=("patient",),
        marker=lambda world: ENTRY_TEXT,
    ),
    Row("preferences", PATIENT_PAGE),
    Row(
        "preferences",
        expect(FORBIDDEN, anonymous=LOGIN, patient=REDIRECT, other_patient=REDIRECT),
        method="post",
        data=_preferences,
    ),
]
