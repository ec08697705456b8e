"""The safety plan over the API: the patient's own and a patient's for the care team."""

import json

import pytest
from django.urls import reverse

from patients.models import AuditEvent, SafetyPlanVersion
from patients.safety_plan import SECTION_KEYS
from tests.patients.lines import mentions_988
from tests.safety_plan.helpers import plan_content, save_plan


def _put(client, url, body):
    return client.put(url, json.dumps(body), content_type="application/json")


@pytest.fixture
def own_url():
    return reverse("api_safety_plan")


def test_a_plan_not_yet_written_reads_as_empty_with_the_lines_always_listed(world, client_for):
    body = client_for(world.patient.user).get(reverse("api_safety_plan")).json()

    assert body["version"] is None and body["saved_by"] is None
    assert all(body[key] == [] for key in SECTION_KEYS)
    assert body["clinic"] == "Harbor Clinic"
    assert {"role": "Therapist", "name": "Thea Therapist"} in body["care_team"]
    assert body["crisis_resources"]["resources"][0]["call"] == "tel:988"


def test_a_british_patients_plan_lists_british_lines_never_988(world, client_for):
    world.patient.country = "GB"
    world.patient.save()

    response = client_for(world.user("clinician")).get(
        reverse("api_patient_safety_plan", args=[world.patient.pk])
    )

    assert response.json()["crisis_resources"]["country"] == "GB"
    assert not mentions_988(response.content.decode())


def test_put_saves_a_version_and_the_same_wording_again_saves_none(world, client_for, own_url):
    client = client_for(world.patient.user)
    body = plan_content(
        warning_signs=["  Not sleeping  "],
        help_contacts=[{"name": "Sam", "phone": "(212) 555-0147"}],
    )

    first = _put(client, own_url, body)
    again = _put(client, own_url, body)

    assert first.status_code == again.status_code == 200
    assert first.json()["version"] == again.json()["version"] == 1
    assert first.json()["warning_signs"] == ["Not sleeping"]
    assert first.json()["help_contacts"] == [{"name": "Sam", "phone": "+12125550147"}]
    assert SafetyPlanVersion.objects.count() == 1


def test_a_put_over_a_newer_version_is_409_and_saves_nothing(world, client_for, own_url):
    save_plan(world.patient, coping_strategies=["Tea"])
    save_plan(world.patient, by=world.user("clinician"), coping_strategies=["Tea", "Music"])

    response = _put(
        client_for(world.patient.user),
        own_url,
        {**plan_content(coping_strategies=["Tea", "Bath"]), "base_version": 1},
    )

    assert response.status_code == 409
    assert response.json()["current_version"] == 2
    assert SafetyPlanVersion.objects.count() == 2


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (plan_content(warning_signs=["bell\x07"]), "warning_signs"),
        (plan_content(warning_signs=["two\nlines"]), "warning_signs"),
        (plan_content(warning_signs=["nul\x00"]), "warning_signs"),
        (plan_content(reasons_for_living=["x" * 501]), "reasons_for_living"),
        (plan_content(coping_strategies=[f"Idea {n}" for n in range(21)]), "coping_strategies"),
        (plan_content(coping_strategies="not a list"), "coping_strategies"),
        (plan_content(help_contacts=[{"name": "Sam", "phone": "12"}]), "help_contacts"),
        (plan_content(help_contacts=[{"name": "", "phone": "+12125550147"}]), "help_contacts"),
        (plan_content(professionals=[{"name": "A"}] * 11), "professionals"),
        (
            {k: v for k, v in plan_content().items() if k != "environment_safety"},
            "environment_safety",
        ),
        ({**plan_content(), "base_version": -1}, "base_version"),
    ],
)
def test_bad_input_is_a_400_naming_the_field_and_saves_nothing(
    body, field, world, client_for, own_url
):
    response = _put(client_for(world.patient.user), own_url, body)

    assert response.status_code == 400
    # A NUL is refused by the JSON reader itself, before any field is read.
    assert field in response.json() or "NUL" in response.json()["detail"]
    assert not SafetyPlanVersion.objects.exists()


def test_a_bad_number_is_named_by_row_and_field(world, client_for, own_url):
    body = plan_content(help_contacts=[{"name": "Ok", "phone": ""}, {"name": "Sam", "phone": "12"}])

    errors = _put(client_for(world.patient.user), own_url, body).json()

    assert list(errors["help_contacts"]) == ["1"]
    assert list(errors["help_contacts"]["1"]) == ["phone"]


def test_a_huge_body_is_refused_not_a_server_error(world, client_for, own_url):
    body = plan_content(warning_signs=["y" * 3_000_000])

    response = _put(client_for(world.patient.user), own_url, body)

    assert response.status_code in (400, 413)
    assert not SafetyPlanVersion.objects.exists()


def test_the_care_team_saves_and_reads_versions_with_what_changed(world, client_for):
    save_plan(world.patient, warning_signs=["Skipping meals"])
    coach = client_for(world.user("coach"))
    url = reverse("api_patient_safety_plan", args=[world.patient.pk])

    saved = _put(
        coach,
        url,
        {
            **plan_content(warning_signs=["Skipping meals"], reasons_for_living=["Art"]),
            "base_version": 1,
        },
    )
    versions = coach.get(reverse("api_patient_safety_plan_versions", args=[world.patient.pk]))
    first = coach.get(reverse("api_patient_safety_plan_version", args=[world.patient.pk, 1]))

    assert saved.json()["version"] == 2
    assert saved.json()["saved_by"]["name"] == "Cody Coach"
    rows = versions.json()["results"]
    assert [(r["version"], r["saved_by_role"], r["changed_sections"]) for r in rows] == [
        (2, "coach", ["reasons_for_living"]),
        (1, "patient", ["warning_signs"]),
    ]
    assert first.json()["reasons_for_living"] == []
    assert first.json()["warning_signs"] == ["Skipping meals"]


def test_the_patient_sees_the_versions_the_care_team_saved(world, client_for):
    save_plan(world.patient, by=world.user("therapist"), environment_safety=["Lock box"])

    rows = client_for(world.patient.user).get(reverse("api_safety_plan_versions")).json()

    assert [(r["version"], r["saved_by"]["name"]) for r in rows["results"]] == [
        (1, "Thea Therapist")
    ]


def test_staff_reads_through_the_api_are_audited(world, client_for):
    save_plan(world.patient, warning_signs=["Skipping meals"])
    clinician = world.user("clinician")
    client = client_for(clinician)

    client.get(reverse("api_patient_safety_plan", args=[world.patient.pk]))
    client.get(reverse("api_patient_safety_plan_versions", args=[world.patient.pk]))
    client.get(reverse("api_patient_safety_plan_version", args=[world.patient.pk, 1]))
    _put(
        client,
        reverse("api_patient_safety_plan", args=[world.patient.pk]),
        plan_content(warning_signs=["Skipping meals", "Quiet"]),
    )

    assert list(
        AuditEvent.objects.filter(actor=clinician)
        .order_by("pk")
        .values_list("action", "object_type")
    ) == [
        ("view", "safety_plan"),
        ("list", "patients.safetyplanversion"),
        ("view", "patients.safetyplanversion"),
        ("create", "patients.safetyplanversion"),
    ]


def test_the_plan_and_its_versions_cost_a_fixed_number_of_queries(
    world, client_for, django_assert_max_num_queries
):
    for n in range(30):
        save_plan(world.patient, warning_signs=[f"Sign {n}"])
    client = client_for(world.user("clinician"))
    # The session, the user, their role and MFA, the patient, the audit row, the plan and
    # the crisis lines, whatever the plan's length: no query per version.
    with django_assert_max_num_queries(12):
        client.get(reverse("api_patient_safety_plan", args=[world.patient.pk]))
    with django_assert_max_num_queries(13):
        client.get(reverse("api_patient_safety_plan_versions", args=[world.patient.pk]))
    with django_assert_max_num_queries(20):
        _put(
            client,
            reverse("api_patient_safety_plan", args=[world.patient.pk]),
            plan_content(warning_signs=["New"]),
        )


def test_the_schema_documents_the_safety_plan(client, world):
    schema = client.get("/api/schema/", {"format": "json"}).json()

    own = schema["paths"]["/api/v1/safety-plan/"]
    team = schema["paths"]["/api/v1/patients/{id}/safety-plan/"]
    assert {"get", "put"} <= set(own) and {"get", "put"} <= set(team)
    assert {"200", "400", "409"} <= set(team["put"]["responses"])
    assert "/api/v1/patients/{id}/safety-plan/versions/{number}/" in schema["paths"]


def test_a_version_number_that_is_not_a_number_is_a_json_404(world, client_for):
    client = client_for(world.patient.user)

    for rest in ("abc", "%0A", "1%0A2", "99999999999999999999"):
        response = client.get(f"/api/v1/safety-plan/versions/{rest}/")
        assert response.status_code == 404, rest
        assert response["Content-Type"] == "application/json", rest
