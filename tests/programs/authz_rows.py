"""The program builder's pages for the whole cast: the clinic's clinicians and clinic
admins build its programs; coaches, therapists and patients are refused; another clinic's
clinician finds nothing of this clinic's (their own list is their clinic's)."""

from tests.authz import FORBIDDEN, LOGIN, NOT_FOUND, REDIRECT, Row, expect
from tests.habits.authz_rows import KEEPERS as BUILDERS
from tests.habits.authz_rows import KEEPERS_OBJECT as OBJECT
from tests.habits.authz_rows import KEEPERS_WRITE as BUILDERS_WRITE
from tests.programs.helpers import DEFAULT_NAME, clinic_default, clinic_program, first_step

# Programs are kept as the clinic's habits are: by its clinicians and clinic admins.
OBJECT_WRITE = expect(
    FORBIDDEN,
    anonymous=LOGIN,
    clinician=REDIRECT,
    clinic_admin=REDIRECT,
    other_clinician=NOT_FOUND,
    other_therapist=FORBIDDEN,
)


def _default(world):
    return {"pk": clinic_default(world).pk}


def _draft(world):
    return {"pk": clinic_program(world).pk}


def _step(world):
    return {"pk": first_step(clinic_default(world)).pk}


def _second_step(world):
    return {"pk": clinic_default(world).steps.all()[1].pk}


ROWS = [
    Row(
        "program_list",
        BUILDERS,
        setup=clinic_default,
        shows=("clinician", "clinic_admin"),
        marker=lambda world: DEFAULT_NAME,
    ),
    Row(
        "program_list",
        BUILDERS_WRITE,
        method="post",
        data=lambda world: {"name": "Autumn", "window_hours": 48, "template": "iv_series"},
    ),
    Row(
        "program_detail",
        OBJECT,
        kwargs=_default,
        shows=("clinician", "clinic_admin"),
        marker=lambda world: DEFAULT_NAME,
    ),
    Row(
        "program_detail",
        OBJECT_WRITE,
        kwargs=_default,
        method="post",
        data=lambda world: {"name": "Renamed plan", "window_hours": 72},
    ),
    Row("program_preview", OBJECT, kwargs=_default),
    Row(
        "program_apply_template",
        OBJECT_WRITE,
        kwargs=_draft,
        method="post",
        data=lambda world: {"template": "esketamine"},
    ),
    Row("program_make_default", OBJECT_WRITE, kwargs=_draft, method="post"),
    Row("program_retime", OBJECT_WRITE, kwargs=_default, method="post"),
    Row("step_create", OBJECT, kwargs=_default),
    Row("step_edit", OBJECT, kwargs=_step),
    Row(
        "step_move",
        OBJECT_WRITE,
        kwargs=_second_step,
        method="post",
        data=lambda world: {"direction": "up"},
    ),
    Row("step_duplicate", OBJECT_WRITE, kwargs=_step, method="post"),
    Row("step_remove", OBJECT_WRITE, kwargs=_step, method="post"),
    Row(
        "patient_program_create",
        OBJECT_WRITE,
        kwargs=lambda world: {"patient_pk": world.patient.pk},
        method="post",
    ),
]
