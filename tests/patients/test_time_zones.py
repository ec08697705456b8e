"""Time-zone pickers offer common zones first, then every zone by region, in canonical
names only; a new patient's country follows the zone they pick, falling back to the
clinic's when the zone is shared with the clinic's country or belongs to none."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from patients.models import Invitation, Patient
from patients.zones import country_for_zone, time_zone_choices
from tests.patients.lines import mentions_988

GOOD_PASSWORD = "a-long-and-private-phrase"
LEGACY_ALIASES = ["US/Pacific", "US/Eastern", "EST", "GB", "Asia/Calcutta", "Europe/Kiev"]


def _options(body, select_name):
    select = body.split(f'name="{select_name}"', 1)[1].split("</select>", 1)[0]
    return select


@pytest.mark.parametrize(
    ("zone", "clinic_country", "country"),
    [
        ("Europe/London", "US", "GB"),
        ("America/Toronto", "US", "CA"),
        ("Asia/Kolkata", "US", "IN"),
        ("America/New_York", "US", "US"),
        # Europe/Berlin keeps time for Denmark and Norway too: a Danish clinic's patient
        # on it is in Denmark, a US clinic's is in Germany, never in the US.
        ("Europe/Berlin", "DK", "DK"),
        ("Europe/Berlin", "US", "DE"),
        ("UTC", "GB", "GB"),
    ],
)
def test_a_zone_gives_its_country(zone, clinic_country, country):
    assert country_for_zone(zone, clinic_country=clinic_country) == country


def test_the_picker_lists_common_zones_first_then_every_zone_by_region():
    groups = time_zone_choices()
    labels = [label for label, _ in groups]
    values = [value for _, choices in groups for value, _ in choices]

    assert labels[0].startswith("Common: ")
    assert "Common: Europe" in labels and "Europe" in labels and "Americas" in labels
    assert values[0] == "America/New_York"
    assert "Pacific/Auckland" in values and "Africa/Nairobi" in values
    for alias in LEGACY_ALIASES:
        assert alias not in values


def test_a_zone_saved_long_ago_under_an_old_name_stays_offered():
    groups = time_zone_choices("US/Pacific")

    assert groups[0] == ("Current", [("US/Pacific", "US/Pacific")])


def test_the_invitation_page_groups_zones_and_preselects_the_browsers_zone(world, client):
    invitation = Invitation.objects.create(
        clinic=world.clinic, email="new@example.test", role="patient"
    )

    body = client.get(reverse("invitation_accept", args=[invitation.token])).content.decode()

    select = _options(body, "time_zone")
    assert re.search(r'<select name="time_zone"[^>]*data-guess-time-zone', body)
    assert '<optgroup label="Common: North America">' in select
    assert '<option value="America/New_York" selected>' in select
    assert 'value="US/Eastern"' not in select
    assert re.search(r'<script src="/static/js/time-zone-guess\.js[^"]*" defer></script>', body)
    assert "<script>" not in body


def test_the_time_zone_script_reads_the_browsers_zone():
    from django.contrib.staticfiles import finders

    script = Path(finders.find("js/time-zone-guess.js")).read_text(encoding="utf-8")

    assert "resolvedOptions().timeZone" in script
    assert "data-guess-time-zone" in script


def _accept(client, invitation, time_zone):
    return client.post(
        reverse("invitation_accept", args=[invitation.token]),
        {
            "first_name": "Nova",
            "last_name": "Newpatient",
            "password1": GOOD_PASSWORD,
            "password2": GOOD_PASSWORD,
            "time_zone": time_zone,
            "consent": "on",
        },
    )


def test_a_patient_joining_from_london_gets_british_crisis_lines(world, client):
    invitation = Invitation.objects.create(
        clinic=world.clinic, email="nova@example.test", role="patient"
    )

    response = _accept(client, invitation, "Europe/London")

    patient = Patient.objects.get(user__email="nova@example.test")
    assert response.status_code == 302
    assert (patient.time_zone, patient.country) == ("Europe/London", "GB")
    footer = client.get(reverse("today")).content.decode().split("<footer", 1)[1]
    assert 'href="tel:116123"' in footer and not mentions_988(footer)


def test_a_patient_who_keeps_the_clinics_zone_takes_the_clinics_country(world, client):
    world.clinic.country = "CA"
    world.clinic.time_zone = "America/Toronto"
    world.clinic.save()
    invitation = Invitation.objects.create(
        clinic=world.clinic, email="nova@example.test", role="patient"
    )

    _accept(client, invitation, "")

    patient = Patient.objects.get(user__email="nova@example.test")
    assert (patient.time_zone, patient.country) == ("America/Toronto", "CA")


def test_a_legacy_zone_name_is_refused_on_the_invitation(world, client):
    invitation = Invitation.objects.create(
        clinic=world.clinic, email="nova@example.test", role="patient"
    )

    response = _accept(client, invitation, "US/Pacific")

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Patient.objects.filter(user__email="nova@example.test").exists()


def test_preferences_and_the_staff_edit_page_use_the_grouped_picker(world, client_for):
    patient_page = client_for(world.patient.user).get(reverse("preferences")).content.decode()
    staff_page = (
        client_for(world.user("clinician"))
        .get(reverse("staff_patient_edit", args=[world.patient.pk]))
        .content.decode()
    )

    for body in (patient_page, staff_page):
        select = _options(body, "time_zone")
        assert '<optgroup label="Common: Europe">' in select
        assert 'value="EST"' not in select
