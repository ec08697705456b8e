"""/api/v1/push-subscriptions/: each person subscribes, lists and revokes their own
browsers, with the browser's PushSubscription JSON as it comes."""

import base64

import pytest
from django.urls import reverse

from patients.models import PushSubscription

LIST = reverse("push-subscription-list")
ANDROID_CHROME = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Mobile Safari/537.36"
)
IPHONE_SAFARI = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


P256DH = b64url(b"\x04" + bytes(range(64)))
AUTH = b64url(bytes(range(16)))


def browser_json(endpoint="https://fcm.googleapis.com/fcm/send/abc123", **keys):
    return {
        "endpoint": endpoint,
        "expirationTime": None,
        "keys": {"p256dh": keys.get("p256dh", P256DH), "auth": keys.get("auth", AUTH)},
    }


def subscribe(client, data, user_agent=ANDROID_CHROME):
    return client.post(LIST, data, content_type="application/json", HTTP_USER_AGENT=user_agent)


@pytest.mark.parametrize("role", ["patient", "clinician", "coach"])
def test_anyone_signed_in_subscribes_their_browser(world, client_for, role):
    client = client_for(world.user(role))

    response = subscribe(client, browser_json())

    assert response.status_code == 201
    subscription = PushSubscription.objects.get()
    assert subscription.user == world.user(role)
    assert (subscription.p256dh, subscription.auth) == (P256DH, AUTH)
    assert subscription.device_label == "Chrome on Android"
    assert response.json()["device_label"] == "Chrome on Android"
    assert "p256dh" not in response.json()


def test_subscribing_the_same_browser_again_updates_it(world, client_for):
    client = client_for(world.patient.user)
    subscribe(client, browser_json())
    new_auth = b64url(b"\x01" * 16)

    response = subscribe(client, browser_json(auth=new_auth), user_agent=IPHONE_SAFARI)

    assert response.status_code == 200
    subscription = PushSubscription.objects.get()
    assert subscription.auth == new_auth
    assert subscription.device_label == "Safari on iPhone"


def test_a_shared_browser_notifies_only_whoever_subscribed_it_last(world, client_for):
    subscribe(client_for(world.patient.user), browser_json())

    response = subscribe(client_for(world.other_patient.user), browser_json())

    assert response.status_code == 201
    assert list(PushSubscription.objects.values_list("user", flat=True)) == [
        world.other_patient.user.pk
    ]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (browser_json(endpoint="not a url"), "endpoint"),
        (browser_json(endpoint="http://fcm.googleapis.com/fcm/send/abc"), "endpoint"),
        (browser_json(endpoint="https://10.0.0.5/admin"), "endpoint"),
        (browser_json(endpoint="https://fcm.googleapis.com.evil.test/x"), "endpoint"),
        (browser_json(p256dh=b64url(b"\x04" * 10)), "p256dh"),
        (browser_json(p256dh=b64url(b"\x02" + bytes(64))), "p256dh"),
        (browser_json(auth="not base64!"), "auth"),
        (browser_json(auth=b64url(bytes(8))), "auth"),
        ({"endpoint": "https://fcm.googleapis.com/fcm/send/x"}, "keys"),
    ],
)
def test_bad_subscriptions_are_refused_field_by_field(world, client_for, data, field):
    response = subscribe(client_for(world.patient.user), data)

    assert response.status_code == 400
    body = response.json()
    assert field in body or field in body.get("keys", {})
    assert not PushSubscription.objects.exists()


def test_the_list_shows_only_ones_own_devices(world, client_for, django_assert_max_num_queries):
    subscribe(client_for(world.other_patient.user), browser_json("https://fcm.googleapis.com/x"))
    client = client_for(world.patient.user)
    for number in range(3):
        subscribe(client, browser_json(f"https://updates.push.services.mozilla.com/w/{number}"))

    with django_assert_max_num_queries(6):
        response = client.get(LIST)

    assert response.status_code == 200
    endpoints = [row["endpoint"] for row in response.json()["results"]]
    assert endpoints == [f"https://updates.push.services.mozilla.com/w/{n}" for n in (2, 1, 0)]


def test_revoking_a_device_stops_its_notifications(world, client_for):
    client = client_for(world.patient.user)
    pk = subscribe(client, browser_json()).json()["id"]

    response = client.delete(reverse("push-subscription-detail", args=[pk]))

    assert response.status_code == 204
    assert not PushSubscription.objects.exists()


def test_no_one_revokes_anothers_device(world, client_for):
    pk = subscribe(client_for(world.patient.user), browser_json()).json()["id"]

    response = client_for(world.user("clinician")).delete(
        reverse("push-subscription-detail", args=[pk])
    )

    assert response.status_code == 404
    assert PushSubscription.objects.filter(pk=pk).exists()
