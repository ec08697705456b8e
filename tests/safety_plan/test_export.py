"""The patient's export holds their safety plan and every version of it."""

import json

from django.urls import reverse

from tests.safety_plan.helpers import save_plan


def test_the_json_export_holds_every_version_with_who_saved_it(world, client):
    save_plan(world.patient, warning_signs=["Skipping meals"])
    save_plan(
        world.patient,
        by=world.user("clinician"),
        warning_signs=["Skipping meals"],
        help_contacts=[{"name": "Dana", "phone": "+12125550147"}],
    )
    client.force_login(world.patient.user)

    data = json.loads(client.get(reverse("export_json")).content)

    plan = data["safety_plan"]
    assert plan["current_version"] == 2
    assert [(v["version"], v["saved_by"], v["saved_by_role"]) for v in plan["versions"]] == [
        (1, "Pat Pattison", "patient"),
        (2, "Cleo Clinician", "clinician"),
    ]
    latest = plan["versions"][1]["sections"]
    assert latest["help_contacts"] == {
        "title": "People I can ask for help",
        "entries": [{"name": "Dana", "phone": "+12125550147"}],
    }
    assert plan["versions"][0]["sections"]["help_contacts"]["entries"] == []


def test_the_printable_export_shows_the_plan_as_it_is_now(world, client):
    save_plan(world.patient, reasons_for_living=["My niece"])
    client.force_login(world.patient.user)

    page = client.get(reverse("export_print")).content.decode()

    assert "Safety plan" in page and "My niece" in page
    assert "Version 1:" in page


def test_a_patient_without_a_plan_exports_none(world, client):
    client.force_login(world.patient.user)

    data = json.loads(client.get(reverse("export_json")).content)

    assert data["safety_plan"] == {"current_version": None, "versions": []}
