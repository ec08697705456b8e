"""The API's throttles are on: anonymous callers, signed-in users and the token endpoints
each answer 429 past their rate. The suite's own rates are high; these tests lower them."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from patients.models import ApiToken
from patients.tokens import api_token_create

HIGH = "100000/min"


@pytest.fixture
def rates(settings):
    """rates(anon=..., user=..., token=...): the API's throttle rates for this test."""

    def set_rates(**given):
        cache.clear()  # counts left by earlier tests in this process
        settings.REST_FRAMEWORK = {
            **settings.REST_FRAMEWORK,
            "DEFAULT_THROTTLE_RATES": {"anon": HIGH, "user": HIGH, "token": HIGH, **given},
        }

    yield set_rates
    cache.clear()


def test_anonymous_callers_get_429_past_the_anon_rate(rates, client):
    rates(anon="2/min")

    answers = [client.get(reverse("api_schema")).status_code for _ in range(3)]

    assert answers == [200, 200, 429]


def test_a_signed_in_user_gets_429_past_the_user_rate(rates, world, client):
    rates(user="3/min")
    plain = api_token_create(acting_user=world.patient.user, name="Phone")[1]
    auth = {"HTTP_AUTHORIZATION": f"Token {plain}"}

    answers = [client.get(reverse("api_me"), **auth).status_code for _ in range(4)]
    other = client.get(reverse("api_me"), HTTP_AUTHORIZATION="Token " + _token(world))

    assert answers == [200, 200, 200, 429]
    assert "Retry-After" in client.get(reverse("api_me"), **auth)
    assert other.status_code == 200  # counted per user, not for everyone


def _token(world):
    return api_token_create(acting_user=world.other_patient.user, name="Tablet")[1]


def test_the_token_page_gets_429_past_the_token_rate(rates, world, client):
    rates(token="2/hour")
    client.force_login(world.patient.user)

    answers = [
        client.post(reverse("api_token"), {"name": f"Device {n}"}).status_code for n in range(3)
    ]
    looking = client.get(reverse("api_token"))

    assert answers == [302, 302, 429]
    assert ApiToken.objects.filter(user=world.patient.user).count() == 2
    assert looking.status_code == 200  # only making and revoking tokens count


def test_the_token_rate_leaves_the_rest_of_the_api_alone(rates, world, client):
    rates(token="1/hour")
    plain = api_token_create(acting_user=world.patient.user, name="Phone")[1]

    answers = [
        client.get(reverse("api_me"), HTTP_AUTHORIZATION=f"Token {plain}").status_code
        for _ in range(3)
    ]

    assert answers == [200, 200, 200]
