"""The patient's safety plan pages and the care team's view of one patient's plan."""

from django.urls import reverse

from patients.models import SafetyPlanVersion
from tests.safety_plan.helpers import edit_form


def test_a_patient_writes_their_plan_and_sees_it(world, client):
    client.force_login(world.patient.user)

    response = client.post(
        reverse("safety_plan_edit"),
        edit_form(
            warning_signs="Not sleeping\n\nPulling away from friends\n",
            reasons_for_living="My daughter",
            people={"help_contacts": [("Sam (sister)", "+1 212 555 0147")]},
        ),
    )

    assert response.status_code == 302
    version = SafetyPlanVersion.objects.get(plan__patient=world.patient)
    assert version.number == 1
    assert version.author == world.patient.user
    assert version.content["warning_signs"] == ["Not sleeping", "Pulling away from friends"]
    assert version.content["help_contacts"] == [{"name": "Sam (sister)", "phone": "+12125550147"}]
    page = client.get(reverse("safety_plan")).content.decode()
    assert "Pulling away from friends" in page
    assert 'href="tel:+12125550147"' in page


def test_every_save_is_a_new_version_and_an_unchanged_one_is_not(world, client):
    client.force_login(world.patient.user)
    client.post(reverse("safety_plan_edit"), edit_form(coping_strategies="A walk"))
    client.post(reverse("safety_plan_edit"), edit_form(base_version=1, coping_strategies="A walk"))
    client.post(
        reverse("safety_plan_edit"), edit_form(base_version=1, coping_strategies="A walk\nMusic")
    )

    numbers = list(
        SafetyPlanVersion.objects.filter(plan__patient=world.patient).values_list(
            "number", "content__coping_strategies"
        )
    )
    assert sorted(numbers) == [(1, ["A walk"]), (2, ["A walk", "Music"])]
