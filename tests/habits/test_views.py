"""Habits where people look for them: the patient's Progress, the care team's page of the
patient (audited, with no more queries for more habits), and the clinic's list."""

from django.urls import reverse

from journals import services_habits as services
from journals.habits import Habit
from patients.models import AuditEvent
from tests.habits.helpers import HABIT_WORDS, clinic_habit, habit_named, track


def _marked(world, names=("Movement",)):
    trackers = [track(world.patient, name) for name in names]
    for tracker in trackers:
        if tracker.habit.is_number:
            services.habit_mark(acting_user=world.patient.user, tracker=tracker, value="6")
        else:
            services.habit_mark(acting_user=world.patient.user, tracker=tracker, done=True)
    return trackers


def test_progress_shows_four_weeks_of_habits_in_a_grid_and_in_words(world, client):
    _marked(world, ["Movement", "Sleep"])
    client.force_login(world.patient.user)

    body = client.get(reverse("progress")).content.decode()

    assert "Habits, the last 28 days" in body
    assert "Movement</strong>: Yes on 1 day of the last 28, no on 0, 27 not marked." in body
    assert "Average 6.0 hours on the 1 day marked of the last 28" in body
    assert "2 of 56 days marked across 2 habits in the last 28 days." in body


def test_the_care_team_sees_the_habits_on_the_patient_page_and_the_read_is_audited(world, client):
    trackers = _marked(world, ["Movement", "Time outdoors"])
    for role in ("clinician", "coach", "therapist"):
        client.force_login(world.user(role))

        body = client.get(reverse("staff_patient", args=[world.patient.pk])).content.decode()

        assert "Habits, the last 28 days" in body, role
        assert "Time outdoors</strong>: Yes on 1 day" in body, role
        audited = AuditEvent.objects.filter(
            actor=world.user(role),
            patient=world.patient,
            action=AuditEvent.Action.LIST,
            object_type="journals.patienthabit",
        )
        assert sorted(int(pk) for pk in audited.values_list("object_id", flat=True)) == sorted(
            tracker.pk for tracker in trackers
        )


def test_a_clinic_admin_sees_the_patient_but_not_their_habits(world, client):
    _marked(world)
    client.force_login(world.user("clinic_admin"))

    response = client.get(reverse("staff_patient", args=[world.patient.pk]))

    assert response.status_code == 200
    assert "Habits, the last" not in response.content.decode()
    assert not AuditEvent.objects.filter(object_type="journals.patienthabit").exists()


def test_the_care_team_api_read_is_audited(world, client):
    _marked(world)
    client.force_login(world.user("therapist"))

    data = client.get(f"/api/v1/patients/{world.patient.pk}/habits/").json()

    assert [habit["habit"]["name"] for habit in data["habits"]] == ["Movement"]
    assert AuditEvent.objects.filter(
        actor=world.user("therapist"), patient=world.patient, object_type="journals.patienthabit"
    ).exists()


def test_the_patient_page_and_api_cost_the_same_for_one_habit_and_five(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.user("clinician"))
    url = f"/api/v1/patients/{world.patient.pk}/habits/?days=28"
    _marked(world)
    client.get(url)  # the first request of a login also touches the session
    with django_assert_max_num_queries(20) as one:
        client.get(url)
    _marked(world, ["Sleep", "Time outdoors", "Time with someone", "Medication taken"])
    with django_assert_max_num_queries(20) as five:
        client.get(url)

    assert len(five.captured_queries) == len(one.captured_queries)


def test_the_patients_habit_page_costs_the_same_for_one_habit_and_five(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.patient.user)
    _marked(world)
    client.get(reverse("habit_list"))  # the first request of a login also touches the session
    with django_assert_max_num_queries(20) as one:
        client.get(reverse("habit_list"))
    _marked(world, ["Sleep", "Time outdoors", "Time with someone", "Medication taken"])
    with django_assert_max_num_queries(20) as five:
        client.get(reverse("habit_list"))

    assert len(five.captured_queries) == len(one.captured_queries)


def test_a_new_clinic_offers_the_default_habits(world, client):
    client.force_login(world.patient.user)

    body = client.get(reverse("habit_list")).content.decode()

    for name in ("Sleep", "Movement", "Time outdoors", "Creative practice"):
        assert name in body
    assert Habit.objects.filter(clinic=world.clinic).count() == 7


def test_a_clinic_admin_adds_a_habit_that_patients_can_then_pick(world, client):
    client.force_login(world.user("clinic_admin"))

    response = client.post(
        reverse("habit_settings"),
        {
            "name": HABIT_WORDS,
            "question": "Did you swim?",
            "kind": "yes_no",
            "order": 8,
            "active": "on",
        },
    )

    assert response.status_code == 302
    assert Habit.objects.get(clinic=world.clinic, name=HABIT_WORDS).active
    client.force_login(world.patient.user)
    options = client.get("/api/v1/habits/options/").json()
    assert HABIT_WORDS in [option["name"] for option in options]


def test_a_number_habit_needs_a_unit_and_a_maximum(world, client):
    client.force_login(world.user("clinician"))

    response = client.post(
        reverse("habit_settings"),
        {"name": "Steps", "kind": "number", "order": 1, "active": "on"},
    )

    assert response.status_code == 400
    assert "Say what the number counts" in response.content.decode()
    assert not Habit.objects.filter(name="Steps").exists()


def test_a_switched_off_habit_is_no_longer_offered_but_its_marks_stay(world, client):
    [tracker] = _marked(world)
    habit = tracker.habit
    client.force_login(world.user("clinician"))

    client.post(
        reverse("habit_edit", args=[habit.pk]),
        {"name": habit.name, "question": habit.question, "kind": "yes_no", "order": 2},
    )
    client.force_login(world.patient.user)

    options = client.get("/api/v1/habits/options/").json()
    assert habit.name not in [option["name"] for option in options]
    assert tracker.marks.count() == 1


def test_a_clinician_cannot_change_another_clinics_habit(world, client):
    elsewhere = clinic_habit(world.other_clinic)
    client.force_login(world.user("clinician"))

    response = client.post(
        reverse("habit_edit", args=[elsewhere.pk]),
        {"name": "Renamed", "kind": "yes_no", "order": 1, "active": "on"},
    )

    assert response.status_code == 404
    elsewhere.refresh_from_db()
    assert elsewhere.name == HABIT_WORDS


def test_the_default_list_is_made_once(world):
    services.habit_defaults_ensure(clinic_id=world.clinic.pk)
    services.habit_defaults_ensure(clinic_id=world.clinic.pk)

    assert Habit.objects.filter(clinic=world.clinic).count() == 7
    assert habit_named(world.clinic, "Sleep").is_number


def test_the_export_holds_every_habit_and_mark_stopped_ones_too(world, client):
    [movement, sleep] = _marked(world, ["Movement", "Sleep"])
    services.habit_stop(acting_user=world.patient.user, tracker=movement)
    client.force_login(world.patient.user)

    data = client.get(reverse("export_json")).json()
    printed = client.get(reverse("export_print")).content.decode()

    habits = {habit["habit"]: habit for habit in data["habits"]}
    assert habits["Movement"]["stopped_at"] is not None
    assert habits["Movement"]["marks"][0]["done"] is True
    assert habits["Sleep"]["marks"][0]["value"] == "6.0"
    assert "6 hours" in printed and ": yes" in printed
