from django.urls import reverse

from journals.models import Commitment
from tests.sessions.helpers import record_session


def test_the_care_team_sees_the_patients_integration_plan_and_others_do_not(world, client_for):
    session = record_session(world)
    Commitment.objects.create(
        patient=world.patient, session=session, text="Walk every morning before work"
    )
    url = reverse("staff_patient", args=[world.patient.pk])

    for role in ("clinician", "coach"):
        assert "Walk every morning" in client_for(world.user(role)).get(url).content.decode()
    for role in ("clinic_admin",):
        assert "Walk every morning" not in client_for(world.user(role)).get(url).content.decode()
    assert client_for(world.user("other_coach")).get(url).status_code == 404
