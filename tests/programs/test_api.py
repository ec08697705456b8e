"""The programs API: the same rules and audit as the pages, 400s that name the field."""

from datetime import UTC, datetime

from patients.models import AuditEvent
from sessions.models import IntegrationProgram
from tests.programs.helpers import DEFAULT_NAME, clinic_default, clinic_program, own_program

STEP = {
    "phase": "window",
    "kind": "mindfulness",
    "offset_hours": 30,
    "title": "Body scan",
    "expires_after_hours": 12,
}


def _api(client_for, world, role="clinician"):
    return client_for(world.user(role))


def test_the_list_costs_the_same_queries_for_many_programs(
    world, client_for, django_assert_max_num_queries
):
    clinic_default(world)
    for number in range(5):
        clinic_program(world, name=f"Protocol {number}", template="iv_series")
    own_program(world)
    client = _api(client_for, world)

    with django_assert_max_num_queries(12):
        response = client.get("/api/v1/programs/")

    names = [program["name"] for program in response.json()["results"]]
    assert names[0] == DEFAULT_NAME and len(names) == 7
    first = response.json()["results"][0]
    assert first["is_clinic_default"] and first["current_version"] == 1
    assert [step["position"] for step in first["steps"]] == sorted(
        step["position"] for step in first["steps"]
    )
    assert AuditEvent.objects.filter(action="list", patient=world.patient).exists()


def test_a_program_is_created_from_a_template_for_a_patient(world, client_for):
    response = _api(client_for, world).post(
        "/api/v1/programs/",
        {"name": "Rosa's plan", "template": "at_home_sublingual", "patient": world.patient.pk},
        content_type="application/json",
    )

    assert response.status_code == 201
    program = IntegrationProgram.objects.get(patient=world.patient)
    assert response.json()["patient"] == world.patient.pk
    assert program.steps.count() == len(response.json()["steps"]) > 0


def test_a_patient_of_another_clinic_is_a_field_error(world, client_for):
    response = _api(client_for, world).post(
        "/api/v1/programs/",
        {"name": "Not ours", "patient": world.elsewhere_patient.pk},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert list(response.json()) == ["patient"]


def test_a_bad_step_is_a_400_naming_the_field(world, client_for):
    program = clinic_default(world)
    client = _api(client_for, world)

    late = client.post(
        f"/api/v1/programs/{program.pk}/steps/",
        {**STEP, "offset_hours": 90},
        content_type="application/json",
    )
    instrument = client.post(
        f"/api/v1/programs/{program.pk}/steps/",
        {**STEP, "instrument": "gad7"},
        content_type="application/json",
    )
    short = client.post(
        f"/api/v1/programs/{program.pk}/steps/",
        {**STEP, "expires_after_hours": 0},
        content_type="application/json",
    )

    assert late.status_code == instrument.status_code == short.status_code == 400
    assert "offset_hours" in late.json()
    assert "instrument" in instrument.json()
    assert "expires_after_hours" in short.json()


def test_a_duplicate_step_is_a_400_on_the_title(world, client_for):
    program = clinic_default(world)
    client = _api(client_for, world)
    url = f"/api/v1/programs/{program.pk}/steps/"
    assert client.post(url, STEP, content_type="application/json").status_code == 201

    response = client.post(url, STEP, content_type="application/json")

    assert response.status_code == 400
    assert "already has" in response.json()["title"][0]


def test_a_step_is_changed_moved_copied_and_removed(world, client_for):
    program = clinic_default(world)
    client = _api(client_for, world)
    second = program.steps.all()[1]

    changed = client.patch(
        f"/api/v1/program-steps/{second.pk}/",
        {"title_es": "Reflexión"},
        content_type="application/json",
    )
    moved = client.post(
        f"/api/v1/program-steps/{second.pk}/move/",
        {"direction": "up"},
        content_type="application/json",
    )
    copied = client.post(f"/api/v1/program-steps/{second.pk}/duplicate/")
    removed = client.delete(f"/api/v1/program-steps/{second.pk}/")

    assert changed.json()["title_es"] == "Reflexión"
    assert moved.json()[0]["id"] == second.pk
    assert copied.status_code == 201 and copied.json()["title"].endswith("(copy)")
    assert removed.status_code == 204
    assert not program.steps.filter(pk=second.pk).exists()
    versions = client.get(f"/api/v1/programs/{program.pk}/versions/").json()
    assert [version["number"] for version in versions] == [5, 4, 3, 2, 1]


def test_a_window_shorter_than_its_steps_is_a_400(world, client_for):
    program = clinic_default(world)

    response = _api(client_for, world).patch(
        f"/api/v1/programs/{program.pk}/", {"window_hours": 24}, content_type="application/json"
    )

    assert response.status_code == 400
    assert "window_hours" in response.json()


def test_the_preview_answers_due_times_after_quiet_hours(world, client_for):
    program = clinic_default(world)

    response = _api(client_for, world).get(
        f"/api/v1/programs/{program.pk}/preview/",
        {"patient": world.patient.pk, "starts_at": "2026-06-10T23:00:00Z"},
    )

    body = response.json()
    assert body["time_zone"] == "America/New_York"
    first = next(row for row in body["prompts"] if row["title"] == "How are you feeling?")
    # 19:00 local plus two hours is 21:00, the start of quiet hours: moved to 08:00.
    assert first["moved_by_quiet_hours"]
    assert datetime.fromisoformat(first["due_at"]) == datetime(2026, 6, 11, 12, 0, tzinfo=UTC)


def test_the_preview_needs_a_patient(world, client_for):
    program = clinic_default(world)

    response = _api(client_for, world).get(f"/api/v1/programs/{program.pk}/preview/")

    assert response.status_code == 400
    assert "patient" in response.json()


def test_apply_answers_the_counts(world, client_for):
    from tests.sessions.helpers import record_session

    program = clinic_default(world)
    record_session(world)

    response = _api(client_for, world).post(f"/api/v1/programs/{program.pk}/apply/")

    assert response.json()["sessions"] == 1
    assert response.json()["version"] == 1


def test_a_coach_is_refused(world, client_for):
    clinic_default(world)

    response = _api(client_for, world, "coach").get("/api/v1/programs/")

    assert response.status_code == 403


def test_the_preview_of_a_fixed_instant_is_stable(world, client_for):
    program = clinic_default(world)
    params = {"patient": world.patient.pk, "starts_at": "2026-03-07T18:00:00Z"}
    client = _api(client_for, world)

    first = client.get(f"/api/v1/programs/{program.pk}/preview/", params).json()
    second = client.get(f"/api/v1/programs/{program.pk}/preview/", params).json()

    assert first == second
    assert first["window_start"].startswith("2026-03-07T13:00:00")
    assert datetime.fromisoformat(first["window_end"]).astimezone(UTC) == datetime(
        2026, 3, 10, 18, 0, tzinfo=UTC
    )


def test_a_template_replaces_a_drafts_steps_and_a_program_becomes_the_default(world, client_for):
    old = clinic_default(world)
    draft = clinic_program(world)
    client = _api(client_for, world)

    replaced = client.post(
        f"/api/v1/programs/{draft.pk}/template/",
        {"template": "esketamine"},
        content_type="application/json",
    )
    made = client.post(f"/api/v1/programs/{draft.pk}/default/")

    assert replaced.json()["window_hours"] == 72 and len(replaced.json()["steps"]) > 0
    assert made.json()["is_clinic_default"]
    old.refresh_from_db()
    assert not old.is_clinic_default


def test_a_template_on_a_used_program_is_a_400(world, client_for):
    from tests.sessions.helpers import record_session

    program = clinic_default(world)
    record_session(world)

    response = _api(client_for, world).post(
        f"/api/v1/programs/{program.pk}/template/",
        {"template": "esketamine"},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert "template" in response.json()
