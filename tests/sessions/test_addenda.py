"""A signed record cannot change; a correction is an addendum, kept beside the original,
audited, on the session page and in the API."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from patients.models import AuditEvent
from sessions import services, services_addenda
from sessions.models import DosingSession, SessionAddendum
from tests.sessions.helpers import record_session

NOW = datetime(2026, 6, 10, 16, 0, tzinfo=UTC)
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture(autouse=True)
def _pinned(time_machine):
    time_machine.move_to(NOW, tick=False)


@pytest.fixture
def signed(world):
    session = record_session(world, lot_number="K-100", dose_mg=35)
    return services.session_sign(acting_user=world.user("clinician"), session=session)


def _page_form(session, **changes):
    """The addendum form as the page fills it in, with `changes` made."""

    def wall(moment):
        return moment.astimezone(NEW_YORK).strftime("%Y-%m-%dT%H:%M") if moment else ""

    data = {
        "reason": "",
        "setting": session.setting,
        "route": session.route,
        "dose_mg": str(session.dose_mg),
        "weight_kg": str(session.weight_kg),
        "lot_number": session.lot_number,
        "started_at": wall(session.started_at),
        "ended_at": wall(session.ended_at),
        "intention": session.intention,
        "adverse_events": session.adverse_events,
        "notes": session.notes,
    }
    return {**data, **changes}


def _url(session):
    return reverse("session_addendum_create", args=[session.pk])


def test_a_clinician_corrects_a_signed_record_and_the_original_stays(world, client, signed):
    client.force_login(world.user("clinician"))

    response = client.post(
        _url(signed),
        _page_form(signed, lot_number="K-101", reason="Lot number misread from the vial."),
    )

    assert response["Location"] == reverse("session_detail", args=[signed.pk])
    addendum = SessionAddendum.objects.get()
    assert (addendum.author, addendum.corrections) == (
        world.user("clinician"),
        {"lot_number": "K-101"},
    )
    signed.refresh_from_db()
    assert signed.lot_number == "K-100"
    assert AuditEvent.objects.filter(
        action="create", object_type="dosing.sessionaddendum", object_id=str(addendum.pk)
    ).exists()
    page = client.get(reverse("session_detail", args=[signed.pk])).content.decode()
    assert "Lot number misread from the vial." in page
    assert "K-100" in page and "K-101" in page
    assert "Corrected by 1 addendum" in page


def test_only_the_values_changed_are_kept_and_later_addenda_build_on_earlier_ones(world, signed):
    clinician = world.user("clinician")
    services_addenda.addendum_create(
        acting_user=clinician, session=signed, reason="Dose.", corrections={"dose_mg": "40"}
    )

    with pytest.raises(ValidationError, match="Change at least one value"):
        services_addenda.addendum_create(
            acting_user=clinician, session=signed, reason="Again.", corrections={"dose_mg": 40}
        )
    services_addenda.addendum_create(
        acting_user=clinician,
        session=signed,
        reason="Both.",
        corrections={"dose_mg": Decimal("40"), "lot_number": "K-7"},
    )

    assert [a.corrections for a in signed.addenda.all()] == [
        {"dose_mg": "40"},
        {"lot_number": "K-7"},
    ]


def test_a_correction_is_checked_like_the_record(world, signed):
    clinician = world.user("clinician")

    def correct(**corrections):
        return services_addenda.addendum_create(
            acting_user=clinician, session=signed, reason="Fix.", corrections=corrections
        )

    with pytest.raises(ValidationError) as too_much:
        correct(dose_mg="5000")
    assert "dose_mg" in too_much.value.message_dict
    with pytest.raises(ValidationError) as backwards:
        correct(ended_at=signed.started_at - timedelta(minutes=5))
    assert "must end after it started" in str(backwards.value)
    with pytest.raises(ValidationError, match="not patient"):
        correct(patient=world.other_patient.pk)
    with pytest.raises(ValidationError) as no_reason:
        services_addenda.addendum_create(
            acting_user=clinician, session=signed, reason=" ", corrections={"lot_number": "Z"}
        )
    assert "reason" in no_reason.value.message_dict
    assert not SessionAddendum.objects.exists()


def test_the_page_says_what_is_missing(world, client, signed):
    client.force_login(world.user("clinician"))

    unchanged = client.post(_url(signed), _page_form(signed, reason="Nothing really."))
    no_reason = client.post(_url(signed), _page_form(signed, lot_number="K-9"))

    assert "Change at least one value" in unchanged.content.decode()
    assert "This field is required" in no_reason.content.decode()
    assert not SessionAddendum.objects.exists()


def test_an_unsigned_record_is_edited_not_amended(world, client):
    session = record_session(world)
    client.force_login(world.user("clinician"))

    response = client.get(_url(session))

    assert response["Location"] == reverse("session_detail", args=[session.pk])
    with pytest.raises(ValidationError, match="Only a signed record"):
        services_addenda.addendum_create(
            acting_user=world.user("clinician"),
            session=session,
            reason="Typo.",
            corrections={"lot_number": "Z"},
        )


def test_a_signed_record_cannot_be_edited_through_the_api(world, client, signed):
    client.force_login(world.user("clinician"))

    response = client.patch(
        reverse("dosing-session-detail", args=[signed.pk]),
        {"lot_number": "K-999"},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert "add an addendum" in str(response.json())
    signed.refresh_from_db()
    assert signed.lot_number == "K-100"


def test_the_api_adds_an_addendum_and_lists_it_with_the_session(world, client, signed):
    client.force_login(world.user("clinician"))
    url = reverse("dosing-session-addenda", args=[signed.pk])

    created = client.post(
        url,
        {"reason": "Weighed again.", "corrections": {"weight_kg": "72.5"}},
        content_type="application/json",
    )

    assert created.status_code == 201
    assert created.json()["corrections"] == {"weight_kg": "72.5"}
    body = client.get(reverse("dosing-session-detail", args=[signed.pk])).json()
    assert body["weight_kg"] == "70.0"
    (addendum,) = body["addenda"]
    assert addendum["reason"] == "Weighed again."
    assert addendum["author"]["id"] == world.user("clinician").pk


def test_the_api_answers_400_with_field_messages(world, client, signed):
    client.force_login(world.user("clinician"))
    url = reverse("dosing-session-addenda", args=[signed.pk])

    def post(body):
        return client.post(url, body, content_type="application/json")

    unknown = post({"reason": "x", "corrections": {"signed_by": 1}})
    bad_value = post({"reason": "x", "corrections": {"dose_mg": "lots"}})
    backwards = post({"reason": "x", "corrections": {"ended_at": signed.started_at.isoformat()}})

    assert unknown.status_code == bad_value.status_code == backwards.status_code == 400
    assert "signed_by" in unknown.json()["corrections"]
    assert "dose_mg" in bad_value.json()["corrections"]
    assert "ended_at" in backwards.json()
    assert not SessionAddendum.objects.exists()


def test_a_coach_sees_no_addenda(world, client, signed):
    services_addenda.addendum_create(
        acting_user=world.user("clinician"),
        session=signed,
        reason="Lot misread.",
        corrections={"lot_number": "K-SECRET"},
    )
    client.force_login(world.user("coach"))

    page = client.get(reverse("session_detail", args=[signed.pk])).content.decode()
    api = client.get(reverse("dosing-session-detail", args=[signed.pk])).json()

    assert "K-SECRET" not in page and "Lot misread" not in page
    assert "addenda" not in api


def test_the_session_list_costs_the_same_queries_with_addenda(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.user("clinician"))
    url = reverse("dosing-session-list")

    def queries():
        with django_assert_max_num_queries(15) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    signed_one = record_session(world, hours_ago=3)
    services.session_sign(acting_user=world.user("clinician"), session=signed_one)
    few = queries()
    for hours_ago in (5, 7, 9):
        session = record_session(world, hours_ago=hours_ago)
        services.session_sign(acting_user=world.user("clinician"), session=session)
        for n in range(2):
            services_addenda.addendum_create(
                acting_user=world.user("clinician"),
                session=session,
                reason="Lot.",
                corrections={"lot_number": f"L-{n}"},
            )

    assert queries() == few
    assert DosingSession.objects.filter(addenda__isnull=False).distinct().count() == 3
