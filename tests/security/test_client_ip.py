"""The client's address: X-Forwarded-For counts only when the connection comes from a
trusted proxy, for the API's throttles and allauth's login limits alike."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse

from patients.client_ip import client_ip

PROXY = "10.0.0.5"
OTHER_PROXY = "10.0.0.6"
STRANGER = "198.51.100.7"
CLIENT = "203.0.113.9"


def _ip(remote, forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_ip(RequestFactory().get("/", **meta))


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []

    assert _ip(PROXY, CLIENT) == PROXY


def test_a_header_from_an_untrusted_peer_is_ignored(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]

    assert _ip(STRANGER, CLIENT) == STRANGER


def test_a_header_from_a_trusted_proxy_names_the_client(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]

    assert _ip(PROXY, CLIENT) == CLIENT


def test_addresses_the_client_wrote_before_our_proxies_prove_nothing(settings):
    settings.TRUSTED_PROXIES = [PROXY, OTHER_PROXY]

    # The client sent "1.2.3.4" itself; our two proxies appended what they saw.
    assert _ip(PROXY, f"1.2.3.4, {CLIENT}, {OTHER_PROXY}") == CLIENT


def test_garbage_in_the_header_stops_at_the_last_address_we_can_vouch_for(settings):
    settings.TRUSTED_PROXIES = [PROXY]

    assert _ip(PROXY, "not-an-address") == PROXY
    assert _ip(PROXY, f"{CLIENT}, ") == CLIENT


def test_ipv4_clients_on_an_ipv6_socket_and_ports_are_read(settings):
    settings.TRUSTED_PROXIES = ["::1"]

    assert _ip("::ffff:203.0.113.9") == CLIENT
    assert _ip("::1", "198.51.100.7:51234") == STRANGER
    assert _ip("::1", "[2001:db8::1]:443") == "2001:db8::1"


@pytest.fixture
def anon_rate(settings):
    cache.clear()
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/min", "user": "100000/min", "token": "100000/min"},
    }
    yield
    cache.clear()


def test_spoofing_the_header_from_outside_does_not_escape_the_api_throttle(
    settings, anon_rate, client
):
    settings.TRUSTED_PROXIES = [PROXY]

    answers = [
        client.get(
            reverse("api_schema"), REMOTE_ADDR=STRANGER, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}"
        ).status_code
        for n in range(3)
    ]

    assert answers == [200, 200, 429]


def test_clients_behind_a_trusted_proxy_are_counted_apart(settings, anon_rate, client):
    settings.TRUSTED_PROXIES = [PROXY]

    def ask(address):
        return client.get(
            reverse("api_schema"), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address
        ).status_code

    first = [ask(CLIENT) for _ in range(3)]
    second = ask(STRANGER)

    assert first == [200, 200, 429]
    assert second == 200  # the proxy's other clients are not throttled with the first


@pytest.fixture
def login_limit(settings):
    cache.clear()
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "2/m/ip"}
    yield
    cache.clear()


def _fail_login(client, n, **meta):
    return client.post(
        reverse("account_login"),
        {"login": f"nobody{n}@example.org", "password": "wrong-password-1"},
        **meta,
    ).status_code


def test_spoofed_addresses_do_not_escape_the_login_limit(settings, login_limit, client, db):
    settings.TRUSTED_PROXIES = [PROXY]

    answers = [
        _fail_login(client, n, REMOTE_ADDR=STRANGER, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
        for n in range(3)
    ]

    assert answers == [200, 200, 429]


def test_the_login_limit_counts_each_client_behind_a_trusted_proxy(
    settings, login_limit, client, db
):
    settings.TRUSTED_PROXIES = [PROXY]

    first = [
        _fail_login(client, n, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=CLIENT) for n in (1, 2, 3)
    ]
    second = _fail_login(client, 4, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=STRANGER)

    assert first == [200, 200, 429]
    assert second == 200


@pytest.mark.parametrize(
    ("peer", "expected"),
    [(PROXY, CLIENT), (STRANGER, STRANGER)],
    ids=["through-our-proxy", "forged-by-a-stranger"],
)
def test_audit_rows_name_the_client_as_the_rate_limits_do(
    world, client_for, settings, peer, expected
):
    from patients.models import AuditEvent

    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    clinician = world.user("clinician")

    response = client_for(clinician).get(
        reverse("staff_patient", args=[world.patient.pk]),
        REMOTE_ADDR=peer,
        HTTP_X_FORWARDED_FOR=CLIENT,
    )

    assert response.status_code == 200
    rows = AuditEvent.objects.filter(actor=clinician, patient=world.patient)
    assert rows.exists()
    assert set(rows.values_list("client_ip", flat=True)) == {expected}
