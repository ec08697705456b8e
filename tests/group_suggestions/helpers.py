from tests.factories import make_patient
from tests.sessions.helpers import record_session


def shared_window(world, *, count=2, hours_ago=3, **patient_fields):
    """The world's patient and `count` more of the coach's patients, each dosed
    `hours_ago` hours ago, so their integration windows overlap. Returns the newcomers."""
    fields = {"clinician": world.user("clinician"), "coach": world.user("coach")}
    fields.update(patient_fields)
    others = [
        make_patient(world.clinic, first_name=f"Member{n}", last_name="Window", **fields)
        for n in range(count)
    ]
    for patient in [world.patient, *others]:
        record_session(world, patient=patient, hours_ago=hours_ago)
    return others


def first_key(world, role="coach") -> str:
    from groups.selectors import group_time_suggestions_for

    return group_time_suggestions_for(world.user(role))[0].key
