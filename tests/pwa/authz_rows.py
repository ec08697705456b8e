"""The installable app's addresses: the manifest, service worker and offline page are
public; a person's devices (page and API) are their own, and another's is not there."""

from tests.authz import LOGIN, NOT_FOUND, OK, REDIRECT, UNAUTHORIZED, Row, expect

ENDPOINT = "https://fcm.googleapis.com/fcm/send/authz-device"


def _patients_device(world):
    from patients.models import PushSubscription

    subscription = PushSubscription.objects.create(
        user=world.patient.user,
        endpoint=ENDPOINT,
        p256dh="B" + "A" * 86,
        auth="A" * 22,
        device_label="Firefox on Android",
    )
    return {"pk": subscription.pk}


def _device_label(world):
    return "Firefox on Android"


ROWS = [
    Row("web_manifest", expect(OK)),
    Row("service_worker", expect(OK)),
    Row("offline", expect(OK)),
    Row("push_devices", expect(OK, anonymous=LOGIN)),
    Row(
        "push_devices",
        expect(OK, anonymous=LOGIN),
        setup=_patients_device,
        shows=("patient",),
        marker=_device_label,
    ),
    Row(
        "push_device_revoke",
        expect(NOT_FOUND, anonymous=LOGIN, patient=REDIRECT),
        kwargs=_patients_device,
        method="post",
    ),
    Row("push-subscription-list", expect(OK, anonymous=UNAUTHORIZED)),
    Row(
        "push-subscription-list",
        expect(OK, anonymous=UNAUTHORIZED),
        setup=_patients_device,
        shows=("patient",),
        marker=lambda world: ENDPOINT,
    ),
    Row(
        "push-subscription-detail",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=OK),
        kwargs=_patients_device,
    ),
    Row(
        "push-subscription-detail",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=204),
        kwargs=_patients_device,
        method="delete",
    ),
]
