"""The patient's safety plan pages and the care team's view of one patient's plan."""

import re

from django.urls import reverse

from patients.models import AuditEvent, SafetyPlanVersion
from tests.patients.lines import mentions_988
from tests.safety_plan.helpers import edit_form, save_plan


def _versions(patient):
    return list(
        SafetyPlanVersion.objects.filter(plan__patient=patient)
        .order_by("number")
        .values_list("number", "author__email", "author_role")
    )


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


def test_a_number_without_a_country_code_is_read_as_the_patients_countrys(world, client):
    world.patient.country = "GB"
    world.patient.save()
    client.force_login(world.patient.user)

    client.post(
        reverse("safety_plan_edit"),
        edit_form(people={"professionals": [("Dr Amin", "020 7946 0958")]}),
    )

    version = SafetyPlanVersion.objects.get(plan__patient=world.patient)
    assert version.content["professionals"] == [{"name": "Dr Amin", "phone": "+442079460958"}]


def test_every_save_is_a_new_version_and_an_unchanged_one_is_not(world, client):
    client.force_login(world.patient.user)
    client.post(reverse("safety_plan_edit"), edit_form(coping_strategies="A walk"))
    client.post(reverse("safety_plan_edit"), edit_form(base_version=1, coping_strategies="A walk"))
    client.post(
        reverse("safety_plan_edit"), edit_form(base_version=1, coping_strategies="A walk\nMusic")
    )

    contents = list(
        SafetyPlanVersion.objects.filter(plan__patient=world.patient)
        .order_by("number")
        .values_list("number", "content")
    )
    assert [(n, c["coping_strategies"]) for n, c in contents] == [
        (1, ["A walk"]),
        (2, ["A walk", "Music"]),
    ]


def test_the_care_team_edits_the_plan_with_the_patient_and_both_see_the_history(world, client_for):
    save_plan(world.patient, warning_signs=["Skipping meals"])
    therapist = world.user("therapist")

    response = client_for(therapist).post(
        reverse("staff_safety_plan_edit", args=[world.patient.pk]),
        edit_form(base_version=1, warning_signs="Skipping meals\nNot answering the phone"),
    )

    assert response.status_code == 302
    assert _versions(world.patient) == [
        (1, world.patient.user.email, "patient"),
        (2, therapist.email, "therapist"),
    ]
    for user, url in (
        (world.patient.user, reverse("safety_plan_history")),
        (world.user("coach"), reverse("staff_safety_plan_history", args=[world.patient.pk])),
    ):
        history = client_for(user).get(url).content.decode()
        assert "Version 2" in history and "Version 1" in history
        assert "Thea Therapist (therapist)" in history
        assert "Changed: Warning signs." in history
    past = client_for(world.patient.user).get(reverse("safety_plan_version", args=[1]))
    assert "An earlier version: version 1" in past.content.decode()
    assert "Not answering the phone" not in past.content.decode()


def test_staff_reads_and_saves_are_audited_and_the_patients_own_are_not(world, client_for):
    save_plan(world.patient, reasons_for_living=["My dog"])
    client = client_for(world.patient.user)
    client.get(reverse("safety_plan"))
    client.get(reverse("safety_plan_history"))
    assert not AuditEvent.objects.filter(patient=world.patient).exists()

    clinician = world.user("clinician")
    client = client_for(clinician)
    client.get(reverse("staff_safety_plan", args=[world.patient.pk]))
    client.get(reverse("staff_safety_plan_history", args=[world.patient.pk]))
    client.get(reverse("staff_safety_plan_version", args=[world.patient.pk, 1]))
    client.post(
        reverse("staff_safety_plan_edit", args=[world.patient.pk]),
        edit_form(base_version=1, reasons_for_living="My dog\nThe sea"),
    )

    events = list(
        AuditEvent.objects.filter(actor=clinician, patient=world.patient)
        .order_by("pk")
        .values_list("action", "object_type")
    )
    assert events == [
        ("view", "safety_plan"),
        ("list", "patients.safetyplanversion"),
        ("view", "patients.safetyplanversion"),
        ("create", "patients.safetyplanversion"),
    ]


def test_a_save_over_a_newer_version_keeps_what_was_typed_and_says_who_saved(world, client_for):
    save_plan(world.patient, coping_strategies=["Tea"])
    # The coach saves while the patient has the form open at version 1.
    save_plan(world.patient, by=world.user("coach"), coping_strategies=["Tea", "Stretching"])

    client = client_for(world.patient.user)
    response = client.post(
        reverse("safety_plan_edit"), edit_form(base_version=1, coping_strategies="Tea\nA bath")
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Cody Coach saved a newer version" in page
    assert "Tea\nA bath</textarea>" in page
    assert len(_versions(world.patient)) == 2
    # Sent again after a look, it saves.
    again = client.post(
        reverse("safety_plan_edit"), edit_form(base_version=2, coping_strategies="Tea\nA bath")
    )
    assert again.status_code == 302
    assert len(_versions(world.patient)) == 3


def test_bad_input_is_refused_field_by_field_and_nothing_typed_is_lost(world, client):
    client.force_login(world.patient.user)

    response = client.post(
        reverse("safety_plan_edit"),
        edit_form(
            warning_signs="Fine line\nBell\x07 here",
            reasons_for_living="x" * 501,
            coping_strategies="\n".join(f"Idea {n}" for n in range(21)),
            distraction_places="The park",
            people={
                "help_contacts": [("Sam", "not a number")],
                "professionals": [("", "+1 212 555 0147")],
            },
        ),
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "control character" in page
    assert "Keep each line to 500 characters" in page
    assert "Keep this section to 20 lines" in page
    assert "is not a phone number we can dial" in page
    assert "Whose number is this?" in page
    assert "The park</textarea>" in page and 'value="not a number"' in page
    assert not SafetyPlanVersion.objects.exists()


def test_a_nul_byte_or_a_huge_text_is_a_form_error_or_a_400_never_a_500(world, client):
    client.force_login(world.patient.user)

    nul = client.post(reverse("safety_plan_edit"), edit_form(warning_signs="a\x00b"))
    huge = client.post(reverse("safety_plan_edit"), edit_form(warning_signs="y" * 200_000))

    assert nul.status_code == 400
    assert huge.status_code == 200
    assert "Ensure this value has at most" in huge.content.decode()
    assert not SafetyPlanVersion.objects.exists()


def test_the_plan_page_keeps_no_secret_and_may_be_kept_privately(world, client):
    save_plan(world.patient, warning_signs=["Skipping meals"])
    client.force_login(world.patient.user)

    page = client.get(reverse("safety_plan"))
    printable = client.get(reverse("safety_plan_print"))
    form = client.get(reverse("safety_plan_edit"))

    for response in (page, printable):
        assert response["Cache-Control"] == "private, no-cache"
        assert "csrfmiddlewaretoken" not in response.content.decode()
        assert "csrftoken" not in response.cookies
    assert form["Cache-Control"] == "no-store"
    assert "csrfmiddlewaretoken" in form.content.decode()
    # Logging out from the plan goes through allauth's page, which asks with a form.
    assert 'href="/accounts/logout/"' in page.content.decode()
    assert "csrfmiddlewaretoken" in client.get("/accounts/logout/").content.decode()


def test_staff_pages_of_a_plan_are_never_stored(world, client_for):
    client = client_for(world.user("clinician"))

    response = client.get(reverse("staff_safety_plan", args=[world.patient.pk]))

    assert response["Cache-Control"] == "no-store"


def test_the_plan_lists_the_clinic_care_team_and_the_patients_own_crisis_lines(world, client_for):
    world.patient.country = "GB"
    world.patient.save()

    for user, url in (
        (world.patient.user, reverse("safety_plan")),
        (world.patient.user, reverse("safety_plan_print")),
        (world.user("clinician"), reverse("staff_safety_plan", args=[world.patient.pk])),
    ):
        page = client_for(user).get(url).content.decode()
        assert "Harbor Clinic" in page and "Cleo Clinician" in page and "Thea Therapist" in page
        assert 'href="tel:116123"' in page  # Samaritans
        assert 'href="tel:999"' in page
        assert not mentions_988(page)


def test_a_us_patients_plan_lists_988(world, client):
    client.force_login(world.patient.user)

    assert 'href="tel:988"' in client.get(reverse("safety_plan")).content.decode()


def test_the_plan_is_one_tap_from_every_patient_page(world, client):
    client.force_login(world.patient.user)

    for name in ("today", "journal_list", "progress", "preferences"):
        page = client.get(reverse(name)).content.decode()
        assert len(re.findall(r'href="/safety-plan/"', page)) >= 2, name  # menu and footer


def test_the_staff_alert_page_links_to_the_patients_plan(world, client_for):
    from tests.care_team.helpers import raise_alert

    alert = raise_alert(world.patient)
    page = client_for(world.user("coach")).get(reverse("alert_detail", args=[alert.pk]))

    assert reverse("staff_safety_plan", args=[world.patient.pk]) in page.content.decode()


def test_a_past_version_that_does_not_exist_is_404(world, client_for):
    save_plan(world.patient, warning_signs=["Skipping meals"])

    assert (
        client_for(world.patient.user).get(reverse("safety_plan_version", args=[2])).status_code
        == 404
    )
    assert (
        client_for(world.user("clinician"))
        .get(reverse("staff_safety_plan_version", args=[world.patient.pk, 99999999999]))
        .status_code
        == 404
    )


def test_the_plan_pages_cost_a_fixed_number_of_queries(
    world, client_for, django_assert_max_num_queries
):
    for n in range(30):
        save_plan(
            world.patient,
            warning_signs=[f"Sign {n}"],
            help_contacts=[{"name": f"P{n}", "phone": ""}],
        )
    patient_client = client_for(world.patient.user)
    with django_assert_max_num_queries(12):
        patient_client.get(reverse("safety_plan"))
    with django_assert_max_num_queries(12):
        patient_client.get(reverse("safety_plan_history"))
    staff_client = client_for(world.user("clinician"))
    with django_assert_max_num_queries(14):
        staff_client.get(reverse("staff_safety_plan", args=[world.patient.pk]))
    with django_assert_max_num_queries(14):
        staff_client.get(reverse("staff_safety_plan_history", args=[world.patient.pk]))
    with django_assert_max_num_queries(16):
        staff_client.get(reverse("staff_safety_plan_edit", args=[world.patient.pk]))


def test_the_staff_view_of_a_patient_links_to_their_plan_for_the_care_team_only(world, client_for):
    url = reverse("staff_patient", args=[world.patient.pk])
    link = reverse("staff_safety_plan", args=[world.patient.pk])

    assert link in client_for(world.user("coach")).get(url).content.decode()
    assert link not in client_for(world.user("clinic_admin")).get(url).content.decode()


def test_the_form_sent_twice_saves_one_version(world, client):
    client.force_login(world.patient.user)
    form = edit_form(base_version=0, coping_strategies="A walk")

    first = client.post(reverse("safety_plan_edit"), form)
    second = client.post(reverse("safety_plan_edit"), form)

    assert first.status_code == second.status_code == 302
    assert len(_versions(world.patient)) == 1


def test_a_tampered_list_of_people_is_a_form_error_not_a_server_error(world, client):
    client.force_login(world.patient.user)
    form = edit_form(coping_strategies="A walk")
    form["help_contacts-TOTAL_FORMS"] = "5000"
    del form["professionals-TOTAL_FORMS"]

    response = client.post(reverse("safety_plan_edit"), form)

    assert response.status_code == 200
    assert "A walk</textarea>" in response.content.decode()
    assert not SafetyPlanVersion.objects.exists()
