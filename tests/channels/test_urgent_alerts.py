"""An urgent safety alert reaches staff on every channel they enabled, from the web
process right after it commits, and names neither the patient nor what was written."""

from django.core import mail

from patients.models import Delivery, StaffMembership
from tests.care_team.helpers import raise_alert
from tests.channels.fakes import fake_push_service, fake_twilio

CLINICIAN_PHONE = "+12125550188"


def test_staff_who_enabled_texts_and_push_get_both(
    world, settings, django_capture_on_commit_callbacks
):
    clinician = world.user("clinician")
    StaffMembership.objects.filter(user=clinician).update(
        phone=CLINICIAN_PHONE, sms_urgent_alerts=True
    )
    with fake_twilio(settings) as twilio, fake_push_service() as push:
        push.subscribe(clinician)
        with django_capture_on_commit_callbacks(execute=True):
            alert = raise_alert(world.patient)

    (text,) = twilio.requests
    assert text["form"]["To"] == CLINICIAN_PHONE
    assert text["form"]["Body"] == (
        "Urgent: a safety alert at Harbor Clinic. Open the app to see it. "
        f"http://testserver/staff/alerts/{alert.pk}/"
    )
    (pushed,) = push.requests
    assert pushed["payload"]["title"] == "Urgent safety alert"
    for said in (text["form"]["Body"], str(pushed["payload"])):
        assert world.patient.user.last_name not in said
        assert "flagged words" not in said
    rows = Delivery.objects.filter(user=clinician, dedupe_key=f"alert:{alert.pk}:1")
    assert set(rows.values_list("channel", "outcome")) == {
        ("in_app", "sent"),
        ("email", "sent"),
        ("sms", "sent"),
        ("push", "sent"),
    }
    # The rest of the care team enabled neither: inbox and email only.
    coach_rows = Delivery.objects.filter(user=world.user("coach"), dedupe_key__startswith="alert:")
    assert set(coach_rows.values_list("channel", flat=True)) == {"in_app", "email"}
    assert len(mail.outbox) == 3


def test_a_phone_without_the_setting_gets_no_text(
    world, settings, django_capture_on_commit_callbacks
):
    StaffMembership.objects.filter(user=world.user("clinician")).update(phone=CLINICIAN_PHONE)
    with fake_twilio(settings) as twilio, django_capture_on_commit_callbacks(execute=True):
        raise_alert(world.patient)

    assert twilio.requests == []
    assert not Delivery.objects.filter(channel="sms").exists()


def test_an_unreachable_provider_leaves_the_text_for_the_sweep(
    world, settings, django_capture_on_commit_callbacks
):
    StaffMembership.objects.filter(user=world.user("clinician")).update(
        phone=CLINICIAN_PHONE, sms_urgent_alerts=True
    )
    settings.SMS_BACKEND = "twilio"
    settings.TWILIO_ACCOUNT_SID = "AC" + "0" * 32
    settings.TWILIO_AUTH_TOKEN = "token"
    settings.TWILIO_API_BASE_URL = "http://127.0.0.1:9"  # nothing listens there
    with django_capture_on_commit_callbacks(execute=True):
        raise_alert(world.patient)

    row = Delivery.objects.get(channel="sms")
    assert (row.outcome, row.attempts) == ("pending", 1)
    assert row.detail.startswith("Twilio unreachable")
    assert len(mail.outbox) == 3  # the emails went all the same
