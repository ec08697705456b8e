"""The programs API for the whole cast: as the pages, the clinic's clinicians and clinic
admins; other staff and patients 403; another clinic's programs 404."""

from tests.authz import FORBIDDEN, NOT_FOUND, OK, UNAUTHORIZED, Row, expect
from tests.programs.helpers import DEFAULT_NAME, clinic_default, clinic_program, first_step

CREATED = 201
NO_CONTENT = 204


def _builders(answer, stranger=OK):
    return expect(
        FORBIDDEN,
        anonymous=UNAUTHORIZED,
        clinician=answer,
        clinic_admin=answer,
        other_clinician=stranger,
        other_therapist=FORBIDDEN,
    )


def _program(world):
    return {"pk": clinic_default(world).pk}


def _draft(world):
    return {"pk": clinic_program(world).pk}


def _step(world):
    return {"pk": first_step(clinic_default(world)).pk}


def _second_step(world):
    return {"pk": clinic_default(world).steps.all()[1].pk}


NEW_STEP = {
    "phase": "window",
    "kind": "mindfulness",
    "offset_hours": 30,
    "title": "Body scan",
    "expires_after_hours": 12,
}

ROWS = [
    Row(
        "program-list",
        _builders(OK),
        setup=clinic_default,
        shows=("clinician", "clinic_admin"),
        marker=lambda world: DEFAULT_NAME,
    ),
    Row(
        "program-list",
        _builders(CREATED, stranger=CREATED),
        method="post",
        data=lambda world: {"name": "Autumn", "template": "esketamine"},
    ),
    Row(
        "program-detail",
        _builders(OK, stranger=NOT_FOUND),
        kwargs=_program,
        shows=("clinician", "clinic_admin"),
        marker=lambda world: DEFAULT_NAME,
    ),
    Row("program-detail", _builders(OK, stranger=NOT_FOUND), kwargs=_program, method="patch"),
    Row("program-steps", _builders(OK, stranger=NOT_FOUND), kwargs=_program),
    Row(
        "program-steps",
        _builders(CREATED, stranger=NOT_FOUND),
        kwargs=_program,
        method="post",
        data=lambda world: NEW_STEP,
    ),
    Row("program-versions", _builders(OK, stranger=NOT_FOUND), kwargs=_program),
    Row(
        "program-preview",
        _builders(OK, stranger=NOT_FOUND),
        kwargs=_program,
        data=lambda world: {"patient": world.patient.pk},
    ),
    Row("program-apply", _builders(OK, stranger=NOT_FOUND), kwargs=_program, method="post"),
    Row(
        "program-template",
        _builders(OK, stranger=NOT_FOUND),
        kwargs=_draft,
        method="post",
        data=lambda world: {"template": "iv_series"},
    ),
    Row("program-make-default", _builders(OK, stranger=NOT_FOUND), kwargs=_draft, method="post"),
    Row("program-step-detail", _builders(OK, stranger=NOT_FOUND), kwargs=_step),
    Row(
        "program-step-detail",
        _builders(OK, stranger=NOT_FOUND),
        kwargs=_step,
        method="patch",
    ),
    Row(
        "program-step-detail",
        _builders(NO_CONTENT, stranger=NOT_FOUND),
        kwargs=_step,
        method="delete",
    ),
    Row(
        "program-step-move",
        _builders(OK, stranger=NOT_FOUND),
        kwargs=_second_step,
        method="post",
        data=lambda world: {"direction": "up"},
    ),
    Row(
        "program-step-duplicate",
        _builders(CREATED, stranger=NOT_FOUND),
        kwargs=_step,
        method="post",
    ),
]
