"""The dashboard's order, read from the sort keys on the summary rows: open safety alerts
first (unacknowledged before acknowledged), then by name; the keys follow alerts raised,
acknowledged and resolved, names changed, and patients added or moved."""

from django.urls import reverse

from patients.services import alert_acknowledge, alert_resolve
from tests.care_team.helpers import raise_alert
from tests.factories import make_patient


def _order(client, **params):
    body = client.get(reverse("api_dashboard"), params).json()
    return [row["patient"] for row in body["results"]], body["count"]


def _named(world, *names):
    return [
        make_patient(
            world.clinic, clinician=world.user("clinician"), first_name=first, last_name=last
        )
        for first, last in names
    ]


def test_an_alert_raised_acknowledged_and_resolved_moves_the_patient_and_back(world, client):
    adams, baker, cole = _named(world, ("Ann", "Aaadams"), ("Bea", "Aabaker"), ("Cy", "Aacole"))
    clinician = world.user("clinician")
    client.force_login(clinician)
    order, _count = _order(client)
    assert order[:3] == [adams.pk, baker.pk, cole.pk]

    first = raise_alert(cole)
    second = raise_alert(baker)
    order, _count = _order(client)
    # Both unacknowledged: by name among them, ahead of everyone else.
    assert order[:3] == [baker.pk, cole.pk, adams.pk]

    alert_acknowledge(acting_user=clinician, alert=second)
    order, _count = _order(client)
    # Unacknowledged before acknowledged but still open.
    assert order[:3] == [cole.pk, baker.pk, adams.pk]

    alert_resolve(acting_user=clinician, alert=first, resolution_note="Called; safe.")
    alert_resolve(acting_user=clinician, alert=second, resolution_note="Called; safe.")
    order, _count = _order(client)
    assert order[:3] == [adams.pk, baker.pk, cole.pk]


def test_the_staff_page_shows_the_alerted_patient_first(world, client):
    _adams, cole = _named(world, ("Ann", "Aadams"), ("Cy", "Aacole"))
    client.force_login(world.user("clinician"))
    client.get(reverse("staff_dashboard"))
    raise_alert(cole)

    body = client.get(reverse("staff_dashboard")).content.decode()

    assert body.index(str(cole)) < body.index("Ann Aadams")


def test_a_new_name_moves_the_patient(world, client):
    adams, baker = _named(world, ("Ann", "Aadams"), ("Bea", "Aabaker"))
    client.force_login(world.user("clinician"))
    assert _order(client)[0][:2] == [baker.pk, adams.pk]

    adams.user.last_name = "Aaaardvark"
    adams.user.save()

    assert _order(client)[0][:2] == [adams.pk, baker.pk]


def test_the_count_follows_patients_added_and_moved(world, client):
    client.force_login(world.user("clinician"))
    _order_before, before = _order(client)

    (added,) = _named(world, ("Dee", "Aadee"))
    order, count = _order(client)
    assert count == before + 1
    assert added.pk in order

    moved = world.patient
    moved.clinic = world.other_clinic
    moved.care_clinician = None
    moved.care_coach = None
    moved.care_therapist = None
    moved.save()
    order, count = _order(client)
    assert count == before  # one added, one moved away
    assert moved.pk not in order

    client.force_login(world.user("other_clinician"))
    assert moved.pk in _order(client)[0]


def test_my_patients_counts_follow_the_care_team(world, client):
    clinician = world.user("clinician")
    client.force_login(clinician)
    _order_before, before = _order(client, show="mine")

    (mine,) = _named(world, ("Eve", "Aaeve"))
    order, count = _order(client, show="mine")
    assert count == before + 1

    mine.care_clinician = None
    mine.save()
    order, count = _order(client, show="mine")
    assert count == before
    assert mine.pk not in order


def _page_count(client, **params):
    body = client.get(reverse("staff_dashboard"), params).content.decode()
    return int(body.split('<p class="meta">', 1)[1].split(" patient", 1)[0])


def test_the_pages_kept_count_follows_patients_added_and_moved(world, client):
    client.force_login(world.user("clinician"))
    before = _page_count(client)
    assert _page_count(client) == before

    _named(world, ("Dee", "Aadee"))
    assert _page_count(client) == before + 1

    moved = world.patient
    moved.clinic = world.other_clinic
    moved.care_clinician = None
    moved.care_coach = None
    moved.care_therapist = None
    moved.save()
    assert _page_count(client) == before
