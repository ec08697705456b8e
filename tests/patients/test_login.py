from django.urls import reverse

from patients.models import User


def test_repeated_failed_logins_get_429(world, client):
    email = world.patient.user.email
    statuses = [
        client.post(reverse("account_login"), {"login": email, "password": "wrong"}).status_code
        for _ in range(7)
    ]

    assert statuses[0] == 200  # the form again, with an error
    assert statuses[-1] == 429


def test_a_failed_login_says_why(world, client):
    response = client.post(
        reverse("account_login"), {"login": world.patient.user.email, "password": "wrong"}
    )

    assert "not correct" in response.content.decode()


def test_patient_logs_in_by_email_and_lands_on_today(world, client):
    response = client.post(
        reverse("account_login"),
        {"login": world.patient.user.email, "password": "correct-horse-battery"},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == reverse("today")


def test_the_django_admin_logs_in_through_allauth(client):
    response = client.get("/admin/login/?next=/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_open_sign_up_is_closed(db, client):
    response = client.post(
        reverse("account_signup"),
        {"email": "stranger@example.test", "password1": "x" * 12, "password2": "x" * 12},
    )

    assert not User.objects.filter(email="stranger@example.test").exists()
    assert response.status_code == 200


def test_home_sends_each_role_to_its_place(world, client_for):
    assert client_for(world.user("patient")).get("/")["Location"] == reverse("today")
    for role, place in (
        ("clinician", "staff_dashboard"),
        ("coach", "coach_workspace"),
        ("clinic_admin", "staff_patient_list"),
    ):
        assert client_for(world.user(role)).get("/")["Location"] == reverse(place)


def test_the_login_page_speaks_of_invitations_and_offers_no_sign_up(db, client):
    body = client.get(reverse("account_login")).content.decode()

    assert "Accounts are by invitation from your clinic" in body
    assert reverse("account_signup") not in body
    assert "sign up" not in body.lower()
