from patients.safety_plan import empty_content, safety_plan_save


def plan_content(**sections) -> dict:
    content = empty_content()
    content.update(sections)
    return content


def save_plan(patient, *, by=None, **sections):
    """Saves a version of the patient's plan through the service, as the pages do."""
    version, _created = safety_plan_save(
        acting_user=by or patient.user, patient=patient, content=plan_content(**sections)
    )
    return version


def edit_form(*, base_version=0, people=None, **lines) -> dict:
    """The edit form's POST: list sections as text, and rows of people by section."""
    data = {"base_version": str(base_version)}
    for key in (
        "warning_signs",
        "coping_strategies",
        "distraction_places",
        "environment_safety",
        "reasons_for_living",
    ):
        data[key] = lines.get(key, "")
    people = people or {}
    for key in ("distraction_people", "help_contacts", "professionals"):
        rows = people.get(key, [])
        data[f"{key}-TOTAL_FORMS"] = str(max(len(rows), 1))
        data[f"{key}-INITIAL_FORMS"] = "0"
        for n, (name, phone) in enumerate(rows or [("", "")]):
            data[f"{key}-{n}-name"] = name
            data[f"{key}-{n}-phone"] = phone
    return data
