"""/preferences/devices/: a person's devices that get notifications, to turn off."""

import pytest
from django.urls import reverse

from patients.models import PushSubscription
from patients.vapid import vapid_keys


def device(user, name="one", label="Firefox on Android"):
    return PushSubscription.objects.create(
        user=user,
        endpoint=f"https://updates.push.services.mozilla.com/wpush/v2/{name}",
        p256dh="B" + "A" * 86,
        auth="A" * 22,
        device_label=label,
    )


def test_the_page_lists_ones_devices_and_offers_this_browser(
    world, client_for, django_assert_max_num_queries
):
    for name in ("one", "two", "three"):
        device(world.patient.user, name)
    device(world.other_patient.user, "theirs", label="Edge on Windows")
    client = client_for(world.patient.user)

    with django_assert_max_num_queries(12):
        response = client.get(reverse("push_devices"))

    body = response.content.decode()
    assert body.count("Firefox on Android") == 3
    assert "Edge on Windows" not in body
    assert f'data-vapid-key="{vapid_keys()[0]}"' in body
    assert "push-devices.js" in body


def test_the_page_is_in_spanish_for_a_spanish_speaker(world, client_for):
    world.patient.user.language = "es"
    world.patient.user.save(update_fields=["language"])

    response = client_for(world.patient.user).get(reverse("push_devices"))

    assert "Notificaciones en tus dispositivos" in response.content.decode()


@pytest.mark.parametrize("role", ["patient", "clinician"])
def test_turning_a_device_off_removes_it(world, client_for, role):
    user = world.user(role)
    kept = device(user, "kept")
    gone = device(user, "gone", label="Chrome on Mac")

    response = client_for(user).post(reverse("push_device_revoke", args=[gone.pk]), follow=True)

    assert list(PushSubscription.objects.filter(user=user)) == [kept]
    assert "Notifications to Chrome on Mac are off." in response.content.decode()


def test_no_one_turns_off_anothers_device(world, client_for):
    theirs = device(world.other_patient.user)

    response = client_for(world.patient.user).post(reverse("push_device_revoke", args=[theirs.pk]))

    assert response.status_code == 404
    assert PushSubscription.objects.filter(pk=theirs.pk).exists()


def test_without_vapid_keys_the_page_says_push_is_not_set_up(world, client_for, settings):
    settings.VAPID_PUBLIC_KEY = settings.VAPID_PRIVATE_KEY = ""
    settings.VAPID_KEYS_FILE = None

    body = client_for(world.patient.user).get(reverse("push_devices")).content.decode()

    assert "Notifications are not set up on this site yet." in body
    assert "data-vapid-key" not in body


def test_preferences_and_the_account_menu_link_to_the_devices_page(world, client_for):
    body = client_for(world.patient.user).get(reverse("preferences")).content.decode()

    assert body.count(f'href="{reverse("push_devices")}"') == 2
