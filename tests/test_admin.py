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
