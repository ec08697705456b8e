"""The program builder's pages: a clinician starts programs, edits steps with clear
messages for what cannot be, reorders, duplicates and removes them; a patient's own
program starts from the clinic default in one click; every change is audited."""

import pytest
from django.urls import reverse

from patients.models import AuditEvent
from sessions.models import IntegrationProgram, ProgramStep
from sessions.program_templates import TEMPLATES
from tests.programs.helpers import DEFAULT_NAME, clinic_default, clinic_program, own_program

STEP = {
    "phase": "window",
    "kind": "journal",
    "instrument": "",
    "offset_hours": "30",
    "title": "Evening pages",
    "instructions": "Write freely for ten minutes.",
    "expires_after_hours": "24",
}


def _titles(program):
    return list(program.steps.values_list("title", flat=True))


def test_a_clinician_starts_a_program_from_a_template(world, client_for):
    client = client_for(world.user("clinician"))

    response = client.post(
        reverse("program_list"),
        {"name": "IV series", "window_hours": "72", "template": "iv_series"},
    )

    program = IntegrationProgram.objects.get(name="IV series")
    assert response.status_code == 302
    assert response["Location"] == reverse("program_detail", args=[program.pk])
    assert program.clinic == world.clinic and not program.is_clinic_default
    assert program.window_hours == TEMPLATES["iv_series"].window_hours
    assert _titles(program) == [step["title"] for step in TEMPLATES["iv_series"].steps]
    assert program.current_version.number == 1


def test_the_list_shows_the_clinics_programs_in_a_fixed_number_of_queries(
    world, client_for, django_assert_max_num_queries
):
    clinic_default(world)
    for number in range(4):
        clinic_program(world, name=f"Protocol {number}")
    own_program(world)
    own_program(world, world.other_patient)
    client = client_for(world.user("clinic_admin"))

    with django_assert_max_num_queries(14):
        response = client.get(reverse("program_list"))

    body = response.content.decode()
    assert DEFAULT_NAME in body and "Protocol 3" in body and "Pat Pattison" in body
    listed = AuditEvent.objects.filter(
        action=AuditEvent.Action.LIST, actor=world.user("clinic_admin")
    )
    assert {event.patient_id for event in listed} == {world.patient.pk, world.other_patient.pk}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"offset_hours": "80"}, "after the program&#x27;s 72-hour window has closed"),
        ({"phase": "pre_session"}, "needs a negative offset"),
        ({"expires_after_hours": "0"}, "at least an hour"),
        ({"instrument": "phq9"}, "Only assessments take an instrument"),
        ({"phase": "follow_up"}, "starts once the program&#x27;s 72-hour window has closed"),
        ({"repeat_every_hours": "168"}, "Only follow-up steps repeat"),
    ],
    ids=["window-offset", "pre-session-offset", "expiry", "instrument", "follow-up", "repeat"],
)
def test_a_step_that_cannot_be_is_refused_with_its_reason(world, client_for, changes, message):
    program = clinic_default(world)
    client = client_for(world.user("clinician"))

    response = client.post(reverse("step_create", args=[program.pk]), {**STEP, **changes})

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not program.steps.filter(title="Evening pages").exists()


def test_the_same_step_twice_is_refused(world, client_for):
    program = clinic_default(world)
    client = client_for(world.user("clinician"))
    assert client.post(reverse("step_create", args=[program.pk]), STEP).status_code == 302

    response = client.post(
        reverse("step_create", args=[program.pk]), {**STEP, "title": "evening pages"}
    )

    assert response.status_code == 400
    assert "already has a journal step called" in response.content.decode()
    assert program.steps.filter(title__iexact="evening pages").count() == 1


def test_a_new_step_goes_last_and_makes_a_version(world, client_for):
    program = clinic_default(world)
    before = program.current_version.number
    client = client_for(world.user("clinician"))

    client.post(reverse("step_create", args=[program.pk]), STEP)

    program.refresh_from_db()
    assert _titles(program)[-1] == "Evening pages"
    assert program.current_version.number == before + 1
    assert program.current_version.created_by == world.user("clinician")


def test_steps_move_up_and_down_without_javascript(world, client_for):
    program = clinic_default(world)
    first, second = _titles(program)[:2]
    step = program.steps.get(title=second)
    client = client_for(world.user("clinician"))

    response = client.post(reverse("step_move", args=[step.pk]), {"direction": "up"})

    assert response.status_code == 302
    assert _titles(program)[:2] == [second, first]
    client.post(reverse("step_move", args=[step.pk]), {"direction": "down"})
    assert _titles(program)[:2] == [first, second]


def test_moving_the_first_step_up_changes_nothing(world, client_for):
    program = clinic_default(world)
    titles = _titles(program)
    client = client_for(world.user("clinician"))

    client.post(reverse("step_move", args=[program.steps.first().pk]), {"direction": "up"})

    assert _titles(program) == titles


def test_a_duplicate_comes_right_after_its_step_titled_as_a_copy(world, client_for):
    program = clinic_default(world)
    step = program.steps.first()
    client = client_for(world.user("clinician"))

    response = client.post(reverse("step_duplicate", args=[step.pk]))

    copy = program.steps.get(title=f"{step.title} (copy)")
    assert response["Location"] == reverse("step_edit", args=[copy.pk])
    assert _titles(program)[:2] == [step.title, copy.title]
    assert (copy.kind, copy.offset_hours, copy.phase) == (step.kind, step.offset_hours, step.phase)


def test_removing_a_step_takes_it_out_of_the_program(world, client_for):
    program = clinic_default(world)
    step = program.steps.first()
    client = client_for(world.user("clinician"))

    client.post(reverse("step_remove", args=[step.pk]))

    assert not ProgramStep.objects.filter(pk=step.pk).exists()
    program.refresh_from_db()
    assert len(_titles(program)) == program.current_version.step_count


def test_a_shorter_window_is_refused_while_steps_fall_after_it(world, client_for):
    program = clinic_default(world)
    client = client_for(world.user("clinician"))

    response = client.post(
        reverse("program_detail", args=[program.pk]), {"name": program.name, "window_hours": "48"}
    )

    assert response.status_code == 400
    assert "no longer fit their phase" in response.content.decode()
    program.refresh_from_db()
    assert program.window_hours == 72


def test_a_patients_own_program_starts_from_the_clinic_default_in_one_click(world, client_for):
    default = clinic_default(world)
    client = client_for(world.user("clinician"))
    page = client.get(reverse("staff_patient", args=[world.patient.pk])).content.decode()
    assert reverse("patient_program_create", args=[world.patient.pk]) in page

    response = client.post(reverse("patient_program_create", args=[world.patient.pk]))

    own = IntegrationProgram.objects.get(patient=world.patient)
    assert response["Location"] == reverse("program_detail", args=[own.pk])
    assert _titles(own) == _titles(default)
    again = client.post(reverse("patient_program_create", args=[world.patient.pk]))
    assert again["Location"] == response["Location"]
    assert IntegrationProgram.objects.filter(patient=world.patient).count() == 1


def test_a_coach_is_not_offered_the_patients_program(world, client_for):
    client = client_for(world.user("coach"))

    page = client.get(reverse("staff_patient", args=[world.patient.pk])).content.decode()

    assert reverse("patient_program_create", args=[world.patient.pk]) not in page


def test_changes_to_a_patients_program_are_audited_against_the_patient(world, client_for):
    program = own_program(world)
    clinician = world.user("clinician")
    client = client_for(clinician)
    step = program.steps.first()

    client.get(reverse("program_detail", args=[program.pk]))
    client.post(reverse("step_create", args=[program.pk]), STEP)
    client.post(reverse("step_duplicate", args=[step.pk]))
    client.post(reverse("step_move", args=[step.pk]), {"direction": "down"})
    client.post(reverse("step_remove", args=[step.pk]))

    events = AuditEvent.objects.filter(actor=clinician, patient=world.patient)
    actions = [(event.action, event.object_type) for event in events.order_by("at", "pk")]
    assert ("view", "dosing.integrationprogram") in actions
    assert ("create", "dosing.programstep") in actions
    assert ("update", "dosing.programstep") in actions
    assert ("delete", "dosing.programstep") in actions
    assert events.filter(action="create", object_type="dosing.integrationprogram").exists()


def test_changes_to_a_clinic_program_are_audited_against_the_clinic(world, client_for):
    program = clinic_default(world)
    clinic_admin = world.user("clinic_admin")

    client_for(clinic_admin).post(reverse("step_remove", args=[program.steps.first().pk]))

    event = AuditEvent.objects.get(actor=clinic_admin, action="delete")
    assert event.patient_id is None and event.clinic_id == world.clinic.pk


def test_a_template_replaces_the_steps_of_a_draft_only(world, client_for):
    draft = clinic_program(world)
    client = client_for(world.user("clinician"))

    client.post(reverse("program_apply_template", args=[draft.pk]), {"template": "esketamine"})

    assert _titles(draft) == [step["title"] for step in TEMPLATES["esketamine"].steps]
    used = clinic_default(world)
    from sessions.services_programs import program_version_take
    from tests.sessions.helpers import record_session

    record_session(world)
    response = client.post(
        reverse("program_apply_template", args=[used.pk]), {"template": "esketamine"}
    )
    assert response.status_code == 400
    assert "Windows have been scheduled from this program" in response.content.decode()
    assert program_version_take(program=used).number == 1


def test_a_clinic_program_can_become_the_default(world, client_for):
    old = clinic_default(world)
    new = clinic_program(world, template="at_home_sublingual")

    client_for(world.user("clinician")).post(reverse("program_make_default", args=[new.pk]))

    old.refresh_from_db()
    new.refresh_from_db()
    assert new.is_clinic_default and not old.is_clinic_default
