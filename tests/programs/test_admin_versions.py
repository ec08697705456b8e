"""Superusers keep programs in the admin, and see their versions there, read-only."""

import pytest
from django.urls import reverse

from tests.factories import give_mfa, make_user
from tests.programs.helpers import clinic_default


@pytest.fixture
def superuser_client(world, client):
    user = make_user("root@example.test")
    user.is_staff = user.is_superuser = True
    user.save()
    give_mfa(user)
    client.force_login(user)
    return client


def test_a_program_in_the_admin_lists_its_versions(world, superuser_client):
    program = clinic_default(world)

    response = superuser_client.get(
        reverse("admin:dosing_integrationprogram_change", args=[program.pk])
    )

    assert response.status_code == 200
    assert "Program versions" in response.content.decode()


def test_a_version_cannot_be_changed_in_the_admin(world, superuser_client):
    version = clinic_default(world).current_version
    url = reverse("admin:dosing_programversion_change", args=[version.pk])

    superuser_client.post(url, {"number": 9, "window_hours": 1})

    version.refresh_from_db()
    assert (version.number, version.window_hours) == (1, 72)
    assert (
        superuser_client.get(reverse("admin:dosing_programversion_changelist")).status_code == 200
    )
