from sessions import services
from sessions import services_programs as programs
from sessions.models import IntegrationProgram

DEFAULT_NAME = "72-hour integration window"


def clinic_default(world) -> IntegrationProgram:
    return services.program_ensure_default(clinic=world.clinic)


def clinic_program(world, name="Spring protocol", template="") -> IntegrationProgram:
    """A clinic program that is not the default, made by the clinic's clinician."""
    return programs.program_create(
        acting_user=world.user("clinician"), clinic=world.clinic, name=name, template=template
    )


def own_program(world, patient=None) -> IntegrationProgram:
    """The patient's own program, copied from the clinic default."""
    return programs.program_create_for_patient(
        acting_user=world.user("clinician"), patient=patient or world.patient
    )


def first_step(program):
    return program.steps.first()
