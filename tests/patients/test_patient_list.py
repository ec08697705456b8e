from django.urls import reverse

from tests.factories import make_patient


def _add_patients(world, count):
    for _ in range(count):
        make_patient(world.clinic, clinician=world.user("clinician"), coach=world.user("coach"))


def _queries_for(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_patient_list_query_count_does_not_grow_with_patients(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.user("clinician"))
    url = reverse("staff_patient_list")
    few = _queries_for(client, url, django_assert_max_num_queries, 15)
    _add_patients(world, 20)

    many = _queries_for(client, url, django_assert_max_num_queries, 15)

    assert many == few


def test_patient_api_query_count_does_not_grow_with_patients(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.user("clinician"))
    url = reverse("patient-list")
    few = _queries_for(client, url, django_assert_max_num_queries, 15)
    _add_patients(world, 20)

    many = _queries_for(client, url, django_assert_max_num_queries, 15)

    assert many == few


def test_a_coach_lists_only_their_care_team(world, client):
    client.force_login(world.user("coach"))

    body = client.get(reverse("staff_patient_list")).content.decode()

    assert world.patient.user.last_name in body
    assert world.other_patient.user.last_name not in body


def test_search_finds_a_patient_by_name(world, client):
    client.force_login(world.user("clinician"))

    body = client.get(reverse("staff_patient_list"), {"q": "quinn"}).content.decode()

    assert world.other_patient.user.last_name in body
    assert world.patient.user.last_name not in body


def test_coaches_and_admins_do_not_see_weight_or_birth_date_in_the_api(world, client_for):
    for role, sees in (("coach", False), ("clinic_admin", False), ("clinician", True)):
        data = (
            client_for(world.user(role))
            .get(reverse("patient-detail", args=[world.patient.pk]))
            .json()
        )
        assert ("weight_kg" in data) is sees, role


def test_me_says_who_i_am(world, client_for):
    data = client_for(world.patient.user).get(reverse("api_me")).json()

    assert data["role"] == "patient"
    assert data["patient_id"] == world.patient.pk
    assert data["clinic"] == "Harbor Clinic"
