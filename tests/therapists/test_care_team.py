"""Putting a therapist on a patient's care team: clinicians and clinic admins do it on the
staff edit page and through the API; only a therapist of the clinic will do."""

import pytest
from django.urls import reverse

from patients.models import StaffMembership
from tests.factories import make_staff

pytestmark = pytest.mark.django_db


def _edit_form(patient, **changes):
    data = {
        "care_clinician": patient.care_clinician_id or "",
        "care_coach": patient.care_coach_id or "",
        "care_therapist": patient.care_therapist_id or "",
        "time_zone": patient.time_zone,
        "country": patient.country,
        "date_of_birth": "",
        "weight_kg": patient.weight_kg or "",
    }
    return {**data, **changes}


def test_a_clinician_assigns_another_therapist_on_the_edit_page(world, clinician, client_for):
    newcomer = make_staff(world.clinic, StaffMembership.Role.THERAPIST, first_name="Nia")
    response = client_for(clinician).post(
        reverse("staff_patient_edit", args=[world.patient.pk]),
        _edit_form(world.patient, care_therapist=newcomer.pk),
    )
    assert response.status_code == 302, response.context["form"].errors
    world.patient.refresh_from_db()
    assert world.patient.care_therapist == newcomer


def test_the_edit_page_offers_only_the_clinics_therapists(world, clinician, client_for):
    response = client_for(clinician).get(reverse("staff_patient_edit", args=[world.patient.pk]))
    offered = set(response.context["form"].fields["care_therapist"].queryset)
    assert offered == {world.user("therapist")}


def test_api_assigns_a_therapist_and_refuses_a_coach(world, clinician, client_for):
    client = client_for(clinician)
    url = reverse("patient-detail", args=[world.other_patient.pk])
    refused = client.patch(
        url, {"care_therapist_id": world.user("coach").pk}, content_type="application/json"
    )
    assert refused.status_code == 400
    assert "care_therapist_id" in refused.json()
    done = client.patch(
        url, {"care_therapist_id": world.user("therapist").pk}, content_type="application/json"
    )
    assert done.json()["care_therapist"]["id"] == world.user("therapist").pk
    world.other_patient.refresh_from_db()
    assert world.other_patient.care_therapist == world.user("therapist")


def test_a_patient_cannot_choose_their_own_therapist(world, client_for):
    response = client_for(world.patient.user).patch(
        reverse("patient-detail", args=[world.patient.pk]),
        {"care_therapist_id": None},
        content_type="application/json",
    )
    assert response.status_code == 400
    world.patient.refresh_from_db()
    assert world.patient.care_therapist == world.user("therapist")
