"""Every model of ours is in the Django admin, and its list, search and filters work."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from tests.factories import give_mfa, make_user

OUR_APPS = ("patients", "dosing", "journals", "groups")


def _our_models():
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label in OUR_APPS and not model._meta.auto_created
    ]


def test_every_model_is_in_the_admin():
    missing = [model._meta.label for model in _our_models() if model not in admin.site._registry]
    assert missing == []


@pytest.fixture
def superuser_client(world, client):
    user = make_user("root@example.test")
    user.is_staff = user.is_superuser = True
    user.save()
    give_mfa(user)
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", _our_models(), ids=lambda m: m._meta.label)
def test_the_admin_list_searches_and_filters(model, superuser_client):
    model_admin = admin.site._registry[model]
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")

    assert model_admin.list_display != ("__str__",), "choose useful columns"
    response = superuser_client.get(url, {"q": "a"} if model_admin.search_fields else {})
    assert response.status_code == 200
    assert superuser_client.get(url).status_code == 200


def test_opening_a_patient_in_the_admin_is_audited(world, superuser_client):
    from patients.models import AuditEvent

    superuser_client.get(reverse("admin:patients_patient_change", args=[world.patient.pk]))

    assert AuditEvent.objects.filter(patient=world.patient, action="view").exists()


# A signed dosing record cannot change anywhere, the admin included.


def _signed_session(world):
    from sessions import services
    from tests.sessions.helpers import record_session

    session = record_session(world, lot_number="SIGNED-1")
    services.vitals_add(
        acting_user=world.user("clinician"),
        session=session,
        taken_at=session.started_at,
        heart_rate=70,
    )
    return services.session_sign(acting_user=world.user("clinician"), session=session)


def test_the_admin_shows_a_signed_session_and_its_vitals_read_only(world, superuser_client):
    session = _signed_session(world)
    url = reverse("admin:dosing_dosingsession_change", args=[session.pk])

    page = superuser_client.get(url).content.decode()
    posted = superuser_client.post(url, {"lot_number": "CHANGED"})

    assert 'name="_save"' not in page
    assert 'name="lot_number"' not in page and "SIGNED-1" in page
    assert 'name="vitals-0-heart_rate"' not in page
    assert posted.status_code == 403
    session.refresh_from_db()
    assert session.lot_number == "SIGNED-1"
    reading = session.vitals.get()
    vitals_url = reverse("admin:dosing_vitalsreading_change", args=[reading.pk])
    assert 'name="_save"' not in superuser_client.get(vitals_url).content.decode()
    assert superuser_client.post(vitals_url, {"heart_rate": 99}).status_code == 403
    delete_url = reverse("admin:dosing_dosingsession_delete", args=[session.pk])
    assert superuser_client.post(delete_url, {"post": "yes"}).status_code == 403


def test_an_unsigned_session_stays_editable_in_the_admin(world, superuser_client):
    from tests.sessions.helpers import record_session

    session = record_session(world)
    url = reverse("admin:dosing_dosingsession_change", args=[session.pk])

    assert 'name="_save"' in superuser_client.get(url).content.decode()


def test_addenda_are_listed_in_the_admin_and_never_changed_there(world, superuser_client):
    from sessions import services_addenda

    session = _signed_session(world)
    addendum = services_addenda.addendum_create(
        acting_user=world.user("clinician"),
        session=session,
        reason="Lot misread.",
        corrections={"lot_number": "SIGNED-2"},
    )

    listing = superuser_client.get(reverse("admin:dosing_sessionaddendum_changelist"))
    change = superuser_client.get(
        reverse("admin:dosing_sessionaddendum_change", args=[addendum.pk])
    )
    session_page = superuser_client.get(
        reverse("admin:dosing_dosingsession_change", args=[session.pk])
    ).content.decode()

    assert "Lot number" in listing.content.decode()
    assert 'name="_save"' not in change.content.decode()
    assert superuser_client.get(reverse("admin:dosing_sessionaddendum_add")).status_code == 403
    assert "Lot misread." in session_page


def test_a_prompt_opens_in_the_admin_without_listing_every_other_prompt(
    world, superuser_client, django_assert_max_num_queries
):
    from tests.sessions.helpers import record_session

    for hours_ago in (3, 30, 300):
        record_session(world, hours_ago=hours_ago)
    prompt = world.patient.prompts.first()
    url = reverse("admin:dosing_scheduledprompt_change", args=[prompt.pk])

    with django_assert_max_num_queries(25):
        page = superuser_client.get(url).content.decode()

    assert page.count("<option") < 30
