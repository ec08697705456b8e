"""The table of crisis lines: seeded for every country we serve, each line with its source;
a patient's help follows their country, their clinic's own lines first; no one outside
the United States and Canada is told to call 988."""

from datetime import date

import pytest
from django.urls import reverse

from patients.crisis_lines import crisis_help, crisis_help_for
from patients.crisis_seed import LINES
from patients.models import CrisisLine
from tests.factories import give_mfa, make_user
from tests.patients.lines import mentions_988

SEEDED = ("US", "CA", "GB", "IE", "AU", "NZ", "IN", "JP", "FR", "DE", "ES", "MX", "BR")
EMERGENCY = {
    "US": "911",
    "CA": "911",
    "GB": "999",
    "IE": "112",
    "AU": "000",
    "NZ": "111",
    "IN": "112",
    "JP": "119",
    "FR": "15",
    "DE": "112",
    "ES": "112",
    "MX": "911",
    "BR": "192",
}


def _calls(shown):
    return [resource["call"] for resource in shown["resources"]]


def _everything_said(shown):
    return repr(shown)


@pytest.mark.parametrize("country", SEEDED)
def test_every_country_we_serve_has_a_checked_line_and_its_emergency_number(db, country):
    lines = CrisisLine.objects.filter(country=country, clinic=None)

    crisis = lines.filter(kind="crisis_line")
    emergency = lines.get(kind="emergency")
    assert crisis.exists()
    assert emergency.phone == EMERGENCY[country]
    for line in lines:
        assert line.source_name and line.checked_on == date(2026, 12, 1)
        assert any(ch.isdigit() for ch in line.phone)


@pytest.mark.parametrize("country", [c for c in SEEDED if c not in ("US", "CA")])
def test_no_one_outside_the_us_and_canada_is_told_to_call_988(db, country):
    shown = crisis_help(country)

    assert not mentions_988(_everything_said(shown))
    assert shown["has_local_lines"] is True
    assert shown["emergency"]["phone"] == EMERGENCY[country]


def test_a_us_patient_gets_988_by_call_and_text_then_911(world):
    shown = crisis_help_for(world.patient)

    assert _calls(shown) == ["tel:988", "tel:911"]
    assert shown["resources"][0]["text"] == "sms:988"
    assert shown["country"] == "US"


def test_a_patient_in_britain_gets_samaritans_and_999_whatever_the_clinic(world):
    world.patient.country = "GB"

    shown = crisis_help_for(world.patient)

    assert shown["resources"][0]["name"] == "Samaritans"
    assert shown["resources"][0]["call"] == "tel:116123"
    assert shown["emergency"]["call"] == "tel:999"
    assert shown["emergency"]["alternate_call"] == "tel:112"
    assert shown["country_name"] == "United Kingdom"
    assert not mentions_988(_everything_said(shown))


def test_germany_lists_both_telefonseelsorge_numbers(db):
    line = crisis_help("DE")["resources"][0]

    assert line["call"] == "tel:08001110111"
    assert line["alternate_call"] == "tel:08001110222"


def test_a_country_with_no_line_gets_its_emergency_number_and_the_care_team(db):
    shown = crisis_help("IT")

    assert shown["has_local_lines"] is False
    assert _calls(shown) == ["tel:112"]
    assert "ask your care team" in shown["message"]
    assert "Italy" in shown["message"]
    assert not mentions_988(_everything_said(shown))


def test_a_country_we_know_nothing_of_still_gets_an_emergency_number(db):
    shown = crisis_help("KE")

    assert _calls(shown) == ["tel:112"]
    assert "local emergency number" in shown["emergency"]["description"]
    assert not mentions_988(_everything_said(shown))


def test_a_clinics_own_line_comes_first_for_its_patients_only(world):
    CrisisLine.objects.create(
        country="US",
        clinic=world.clinic,
        name="Harbor Clinic on-call line",
        description="Our clinician on call, any time.",
        phone="+1 212 555 0100",
        source_name="Harbor Clinic",
        checked_on=date(2026, 12, 1),
    )

    ours = crisis_help_for(world.patient)
    elsewhere = crisis_help_for(world.elsewhere_patient)

    assert _calls(ours) == ["tel:+12125550100", "tel:988", "tel:911"]
    assert _calls(elsewhere) == ["tel:988", "tel:911"]


def test_a_clinic_line_may_stand_in_for_a_national_one(world):
    world.patient.country = "GB"
    nhs = CrisisLine.objects.get(country="GB", clinic=None, phone="111")
    CrisisLine.objects.create(
        country="GB",
        clinic=world.clinic,
        name="Harbor crisis team",
        description="Our own crisis team.",
        phone="020 7946 0958",
        replaces=nhs,
        source_name="Harbor Clinic",
        checked_on=date(2026, 12, 1),
    )

    shown = crisis_help_for(world.patient)

    assert _calls(shown) == ["tel:02079460958", "tel:116123", "tel:999"]


def test_a_line_turned_off_is_not_shown(db):
    CrisisLine.objects.filter(country="GB", phone="111").update(active=False)

    assert _calls(crisis_help("GB")) == ["tel:116123", "tel:999"]


def test_an_empty_table_falls_back_to_the_lines_shipped_rather_than_nothing(db):
    CrisisLine.objects.all().delete()

    shown = crisis_help("GB")

    assert _calls(shown) == ["tel:116123", "tel:111", "tel:999"]
    assert shown["resources"][0]["checked_on"] == date(2026, 12, 1)


def test_the_help_costs_one_query(world, django_assert_num_queries):
    with django_assert_num_queries(1):
        crisis_help_for(world.patient)


def test_the_seed_list_names_each_line_once():
    keys = [(line["country"], line.get("kind", "crisis_line"), line["phone"]) for line in LINES]

    assert len(keys) == len(set(keys))


def test_a_line_replacing_another_must_be_a_clinics_and_of_the_same_country(world):
    from django.core.exceptions import ValidationError

    samaritans = CrisisLine.objects.get(country="GB", clinic=None, phone="116 123")
    line = CrisisLine(
        country="IE",
        clinic=world.clinic,
        name="Misfiled",
        description="x",
        phone="1",
        replaces=samaritans,
        source_name="x",
        checked_on=date(2026, 12, 1),
    )

    with pytest.raises(ValidationError) as error:
        line.full_clean()

    assert "replaces" in error.value.message_dict


# The Django admin -------------------------------------------------------------------------


def _admin_client(client, user):
    user.is_staff = True
    user.save()
    client.force_login(user)
    return client


def test_a_clinic_admin_adds_a_line_for_their_own_clinic_in_the_admin(world, client):
    client = _admin_client(client, world.user("clinic_admin"))

    response = client.post(
        reverse("admin:patients_crisisline_add"),
        {
            "country": "US",
            "clinic": world.other_clinic.pk,  # not theirs: replaced by their own
            "kind": "crisis_line",
            "name": "Harbor on call",
            "description": "Our on-call clinician.",
            "phone": "212 555 0100",
            "source_name": "Harbor Clinic",
            "checked_on": "2026-12-01",
            "ordering": "5",
            "active": "on",
        },
    )

    assert response.status_code == 200
    assert not CrisisLine.objects.filter(name="Harbor on call").exists()

    response = client.post(
        reverse("admin:patients_crisisline_add"),
        {
            "country": "US",
            "clinic": world.clinic.pk,
            "kind": "crisis_line",
            "name": "Harbor on call",
            "description": "Our on-call clinician.",
            "phone": "212 555 0100",
            "source_name": "Harbor Clinic",
            "checked_on": "2026-12-01",
            "ordering": "5",
            "active": "on",
        },
    )

    assert response.status_code == 302
    assert CrisisLine.objects.get(name="Harbor on call").clinic == world.clinic
    assert crisis_help_for(world.patient)["resources"][0]["name"] == "Harbor on call"


def test_a_clinic_admin_cannot_change_a_national_line_or_another_clinics(world, client):
    other = CrisisLine.objects.create(
        country="US",
        clinic=world.other_clinic,
        name="Summit line",
        description="x",
        phone="911",
        source_name="Summit",
        checked_on=date(2026, 12, 1),
    )
    national = CrisisLine.objects.get(country="US", clinic=None, phone="988")
    client = _admin_client(client, world.user("clinic_admin"))

    listed = client.get(reverse("admin:patients_crisisline_changelist")).content.decode()
    change = client.post(
        reverse("admin:patients_crisisline_change", args=[national.pk]),
        {"name": "Changed", "country": "US", "phone": "1"},
    )
    other_page = client.get(reverse("admin:patients_crisisline_change", args=[other.pk]))

    assert "988 Suicide" in listed and "Summit line" not in listed
    assert change.status_code == 403
    national.refresh_from_db()
    assert national.name == "988 Suicide & Crisis Lifeline"
    assert other_page.status_code == 302  # not found in their list: sent back to the index


def test_other_staff_with_admin_access_do_not_see_the_crisis_lines(world, client):
    client = _admin_client(client, world.user("clinician"))

    response = client.get(reverse("admin:patients_crisisline_changelist"))

    assert response.status_code == 403


def test_a_superuser_keeps_the_national_lines(db, client):
    root = make_user("root@example.test")
    root.is_staff = root.is_superuser = True
    root.save()
    give_mfa(root)
    client.force_login(root)
    national = CrisisLine.objects.get(country="GB", clinic=None, phone="116 123")

    page = client.get(reverse("admin:patients_crisisline_change", args=[national.pk]))

    assert page.status_code == 200
    assert "Samaritans" in page.content.decode()
