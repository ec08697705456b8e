"""What a patient sees of groups: the schedule, the facilitator and the seats left, their
own place, and never another patient's name unless that patient chose to show a first
name."""

from django.urls import reverse
from django.utils import timezone

from groups.models import Enrollment
from patients.models import Patient
from tests.factories import make_patient
from tests.groups.helpers import more_patients, schedule, seat
from tests.sessions.helpers import record_session


def _page(client, user, name, *args):
    client.force_login(user)
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    return response.content.decode()


def test_the_groups_page_lists_sessions_with_facilitator_and_seats_left(world, client):
    group_session = schedule(world, capacity=4)
    seat(group_session, world.other_patient)

    body = _page(client, world.patient.user, "group_list")

    assert "Integration circle" in body
    assert "With Cody Coach" in body
    assert "3 seats left" in body
    assert "Take a seat" in body
    assert world.other_patient.user.first_name not in body  # Quinn


def test_a_patient_enrols_from_the_groups_page_and_sees_their_seat(world, client):
    group_session = schedule(world)
    client.force_login(world.patient.user)

    response = client.post(reverse("group_enroll", args=[group_session.pk]), follow=True)

    body = response.content.decode()
    assert "You have a seat in Integration circle." in body
    assert "Give up my seat" in body
    assert Enrollment.objects.get(patient=world.patient).status == "confirmed"
    assert "You have a seat" in _page(client, world.patient.user, "group_list")


def test_a_full_session_puts_the_patient_on_the_waitlist_with_their_place(world, client):
    group_session = schedule(world, capacity=1)
    seat(group_session, world.other_patient)
    client.force_login(world.patient.user)

    response = client.post(reverse("group_enroll", args=[group_session.pk]), follow=True)

    body = response.content.decode()
    assert "you are on the waitlist" in body
    assert "Waitlist: number 1" in body
    assert "Leave the waitlist" in body


def test_names_stay_hidden_unless_a_patient_opts_in_and_then_only_the_first_name(world, client):
    group_session = schedule(world)
    shy, open_one = more_patients(world, 2)
    Patient.objects.filter(pk=open_one.pk).update(show_first_name_in_groups=True)
    for patient in (world.patient, shy, open_one):
        seat(group_session, patient)

    body = _page(client, world.patient.user, "group_detail", group_session.pk)

    assert f"{open_one.user.first_name} and 1 other have a seat with you." in body
    assert open_one.user.last_name not in body
    assert shy.user.first_name not in body and shy.user.last_name not in body


def test_someone_without_a_seat_sees_no_names_even_opted_in(world, client):
    group_session = schedule(world)
    Patient.objects.filter(pk=world.other_patient.pk).update(show_first_name_in_groups=True)
    seat(group_session, world.other_patient)

    body = _page(client, world.patient.user, "group_detail", group_session.pk)

    assert world.other_patient.user.first_name not in body
    assert "have a seat with you" not in body


def test_a_patient_opts_in_to_showing_their_first_name(world, client):
    client.force_login(world.patient.user)

    client.post(reverse("group_name_preference"), {"show_first_name_in_groups": "on"})
    world.patient.refresh_from_db()
    assert world.patient.show_first_name_in_groups is True

    client.post(reverse("group_name_preference"), {})
    world.patient.refresh_from_db()
    assert world.patient.show_first_name_in_groups is False


def test_a_video_link_shows_only_once_the_patient_has_a_seat(world, client):
    group_session = schedule(world, place_kind="video", room="", video_url="https://v.example/x")

    before = _page(client, world.patient.user, "group_detail", group_session.pk)
    seat(group_session, world.patient)
    after = _page(client, world.patient.user, "group_detail", group_session.pk)

    assert "https://v.example/x" not in before
    assert "the link is here once you have a seat" in before
    assert "https://v.example/x" in after


def test_a_patient_gives_up_their_seat(world, client):
    group_session = schedule(world)
    seat(group_session, world.patient)
    client.force_login(world.patient.user)

    response = client.post(reverse("group_withdraw", args=[group_session.pk]), follow=True)

    assert "You gave up your place" in response.content.decode()
    assert Enrollment.objects.get(patient=world.patient).status == "withdrawn"


def test_a_refused_enrolment_says_why(world, client):
    group_session = schedule(world)
    seat(group_session, world.patient)
    client.force_login(world.patient.user)

    response = client.post(reverse("group_enroll", args=[group_session.pk]), follow=True)

    assert "You have a seat already." in response.content.decode()


def test_groups_during_the_patients_window_are_shown_first(world, client):
    record_session(world, hours_ago=3)  # a window open for the next 69 hours
    in_window = schedule(world, title="Tomorrow circle", hours_ahead=24)
    schedule(world, title="Far circle", hours_ahead=24 * 10)

    body = _page(client, world.patient.user, "group_list")

    window = body[body.index("Groups during your window") : body.index("Your groups")]
    assert "Tomorrow circle" in window
    assert "Far circle" not in window
    assert f"/groups/{in_window.pk}/" in window


def test_cancelled_sessions_show_to_those_enrolled_only(world, client):
    from groups import services

    group_session = schedule(world)
    seat(group_session, world.patient)
    services.group_session_cancel(acting_user=world.user("coach"), group_session=group_session)

    mine = _page(client, world.patient.user, "group_list")
    theirs = _page(client, world.other_patient.user, "group_list")

    assert "Cancelled" in mine
    assert "Integration circle" not in theirs


def test_the_groups_page_costs_the_same_queries_with_many_sessions(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.patient.user)

    def count():
        with django_assert_max_num_queries(25) as captured:
            assert client.get(reverse("group_list")).status_code == 200
        return len(captured)

    record_session(world, hours_ago=3)
    first = schedule(world)
    seat(first, world.patient)
    few = count()
    for n in range(8):
        group_session = schedule(world, hours_ahead=24 + n, title=f"Circle {n}")
        for patient in more_patients(world, 2):
            seat(group_session, patient)
        if n % 2:
            seat(group_session, world.patient)
    many = count()

    assert many == few


def test_a_patient_of_another_clinic_sees_nothing_of_these_groups(world, client):
    group_session = schedule(world)
    outsider = make_patient(world.other_clinic)
    client.force_login(outsider.user)

    assert "Integration circle" not in client.get(reverse("group_list")).content.decode()
    assert client.get(reverse("group_detail", args=[group_session.pk])).status_code == 404
    response = client.post(reverse("group_enroll", args=[group_session.pk]))
    assert response.status_code == 404
    assert not Enrollment.objects.exists()
    assert timezone.now()
