"""The FHIR export: a Bundle that parses back with fhir.resources, coded as LOINC, SNOMED
CT, RxNorm and UCUM say, holding only what the reader may see."""

import pytest
from django.urls import reverse
from fhir.resources.R4B.bundle import Bundle

from patients.models import AuditEvent
from tests.care_team.helpers import make_phq9
from tests.fhir.helpers import LOT, full_record
from tests.sessions.helpers import record_session

PHQ9_ITEMS = [
    "44250-9",
    "44255-8",
    "44259-0",
    "44254-1",
    "44251-7",
    "44258-2",
    "44252-5",
    "44253-3",
    "44260-8",
]
GAD7_ITEMS = ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"]


def _bundle(client, user, patient):
    client.force_login(user)
    response = client.get(
        reverse("api_patient_fhir", kwargs={"pk": patient.pk}), HTTP_ACCEPT="application/fhir+json"
    )
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/fhir+json")
    return Bundle.model_validate_json(response.content)


def test_the_bundle_is_plain_json_unless_fhir_json_is_asked_for_and_so_are_refusals(world, client):
    client.force_login(world.user("clinician"))

    plain = client.get(reverse("api_patient_fhir", kwargs={"pk": world.patient.pk}))
    missing = client.get(
        reverse("api_patient_fhir", kwargs={"pk": world.elsewhere_patient.pk}),
        HTTP_ACCEPT="application/fhir+json, application/json",
    )

    assert plain["Content-Type"].startswith("application/json")
    assert Bundle.model_validate_json(plain.content).type == "collection"
    assert missing.status_code == 404
    assert missing["Content-Type"].startswith("application/json")
    refused = client.get(reverse("api_me_fhir"), {"format": "fhir"})
    assert refused.status_code == 403
    assert refused["Content-Type"].startswith("application/json")


def _of(bundle, resource_type):
    return [e.resource for e in bundle.entry if e.resource.__resource_type__ == resource_type]


def _codes(concept):
    return [(coding.system, coding.code) for coding in concept.coding]


def test_the_bundle_parses_back_and_codes_everything(world, client):
    full_record(world)

    bundle = _bundle(client, world.user("clinician"), world.patient)

    assert bundle.type == "collection"
    patient = _of(bundle, "Patient")[0]
    assert patient.name[0].family == "Pattison"
    responses = {r.questionnaire: r for r in _of(bundle, "QuestionnaireResponse")}
    phq9 = responses["http://loinc.org/q/44249-1"]
    assert [group.linkId for group in phq9.item] == ["44249-1"]
    phq9_items = phq9.item[0].item
    assert [item.linkId for item in phq9_items] == [*PHQ9_ITEMS, "44261-6"]
    assert phq9_items[-1].answer[0].valueInteger == 14
    # make_phq9 fills items from the first: 3, 3, 3, 3, 2, then zeros.
    assert phq9_items[0].answer[0].valueCoding.code == "LA6571-9"
    assert phq9_items[4].answer[0].valueCoding.code == "LA6570-1"
    assert phq9_items[8].answer[0].valueCoding.code == "LA6568-5"
    gad7 = responses["http://loinc.org/q/69737-5"]
    assert [group.linkId for group in gad7.item] == ["69737-5"]
    assert [item.linkId for item in gad7.item[0].item] == [*GAD7_ITEMS, "70274-6"]
    assert gad7.item[0].item[1].answer[0].valueCoding.code == "LA6570-1"

    totals = {_codes(o.code)[0][1]: o for o in _of(bundle, "Observation") if o.valueInteger}
    assert totals["44261-6"].valueInteger == 14
    assert totals["70274-6"].valueInteger == 10
    assert [c.code.coding[0].code for c in totals["70274-6"].component] == GAD7_ITEMS
    assert totals["44261-6"].derivedFrom[0].reference == f"urn:uuid:{phq9.id}"

    [given] = _of(bundle, "MedicationAdministration")
    assert _codes(given.medicationCodeableConcept) == [
        ("http://www.nlm.nih.gov/research/umls/rxnorm", "6130")
    ]
    assert _codes(given.dosage.route) == [("http://snomed.info/sct", "47625008")]
    assert (given.dosage.dose.value, given.dosage.dose.system, given.dosage.dose.code) == (
        35,
        "http://unitsofmeasure.org",
        "mg",
    )
    assert LOT in given.note[0].text

    vitals = [
        o for o in _of(bundle, "Observation") if o.category[0].coding[0].code == "vital-signs"
    ]
    by_code = {}
    for observation in vitals:
        by_code.setdefault(observation.code.coding[0].code, []).append(observation)
        assert observation.partOf[0].reference == f"urn:uuid:{given.id}"
    assert sorted(by_code) == ["2708-6", "85354-9", "8867-4"]
    [bp] = by_code["85354-9"]
    assert [
        (c.code.coding[0].code, c.valueQuantity.value, c.valueQuantity.code) for c in bp.component
    ] == [
        ("8480-6", 128, "mm[Hg]"),
        ("8462-4", 82, "mm[Hg]"),
    ]
    assert sorted(o.valueQuantity.value for o in by_code["8867-4"]) == [76, 88]
    assert {c.code for c in by_code["2708-6"][0].code.coding} == {"2708-6", "59408-5"}
    assert {o.valueQuantity.unit for o in by_code["2708-6"]} == {"%"}
    # Every reference points at a resource of the Bundle.
    urls = {entry.fullUrl for entry in bundle.entry}
    assert all(o.subject.reference in urls for o in _of(bundle, "Observation"))


def test_esketamine_is_coded_as_esketamine_given_nasally(world, client):
    record_session(world, route="intranasal_esketamine", dose_mg=56)

    bundle = _bundle(client, world.user("clinician"), world.patient)

    [given] = _of(bundle, "MedicationAdministration")
    assert _codes(given.medicationCodeableConcept)[0][1] == "1804577"
    assert _codes(given.dosage.route) == [("http://snomed.info/sct", "46713006")]


@pytest.mark.parametrize(
    ("route", "snomed"),
    [("im_ketamine", "78421000"), ("oral_ketamine", "37839007")],
)
def test_other_routes_are_coded(world, client, route, snomed):
    record_session(world, route=route, dose_mg=50)

    [given] = _of(
        _bundle(client, world.user("clinician"), world.patient), "MedicationAdministration"
    )

    assert _codes(given.dosage.route)[0][1] == snomed
    assert _codes(given.medicationCodeableConcept)[0][1] == "6130"


def test_the_bundle_leaves_out_what_the_reader_may_not_see(world, client):
    full_record(world)
    kinds = lambda bundle: sorted({e.resource.__resource_type__ for e in bundle.entry})  # noqa: E731

    assert kinds(_bundle(client, world.user("coach"), world.patient)) == ["Patient"]
    assert kinds(_bundle(client, world.user("clinic_admin"), world.patient)) == ["Patient"]
    therapist = _bundle(client, world.user("therapist"), world.patient)
    assert kinds(therapist) == ["Observation", "Patient", "QuestionnaireResponse"]
    assert all(o.category[0].coding[0].code == "survey" for o in _of(therapist, "Observation"))

    world.clinic.coaches_see_assessments = True
    world.clinic.therapists_see_doses = True
    world.clinic.save()
    for role in ("coach", "therapist"):
        world.user(role)._membership_cache = None
    coach = _bundle(client, world.user("coach"), world.patient)
    assert kinds(coach) == ["Observation", "Patient", "QuestionnaireResponse"]
    therapist = _bundle(client, world.user("therapist"), world.patient)
    assert "MedicationAdministration" in kinds(therapist)


def test_the_birth_date_is_for_clinical_readers(world, client):
    world.patient.date_of_birth = "1985-04-12"
    world.patient.save()

    assert (
        str(_of(_bundle(client, world.user("clinician"), world.patient), "Patient")[0].birthDate)
        == "1985-04-12"
    )
    assert _of(_bundle(client, world.user("coach"), world.patient), "Patient")[0].birthDate is None


def test_a_patient_of_another_clinic_is_not_found(world, client):
    client.force_login(world.user("other_clinician"))

    response = client.get(reverse("api_patient_fhir", kwargs={"pk": world.patient.pk}))

    assert response.status_code == 404


def test_a_staff_export_is_audited_record_by_record(world, client):
    full_record(world)

    _bundle(client, world.user("clinician"), world.patient)

    rows = AuditEvent.objects.filter(actor=world.user("clinician"), action="export")
    assert sorted(rows.values_list("object_type", flat=True)) == [
        "dosing.dosingsession",
        "journals.assessment",
        "journals.assessment",
        "patients.patient",
    ]
    assert {row.patient_id for row in rows} == {world.patient.pk}


def test_the_patient_gets_the_same_bundle_from_the_api_and_the_export_page(world, client):
    full_record(world)
    client.force_login(world.patient.user)

    own = Bundle.model_validate_json(client.get(reverse("api_me_fhir")).content)
    by_id = _bundle(client, world.patient.user, world.patient)
    download = client.get(reverse("export_fhir"))

    assert download["Content-Disposition"].startswith("attachment;")
    from_page = Bundle.model_validate_json(download.content)
    ids = lambda bundle: [e.fullUrl for e in bundle.entry]  # noqa: E731
    assert ids(own) == ids(by_id) == ids(from_page)
    assert len(_of(own, "MedicationAdministration")) == 1
    assert not AuditEvent.objects.filter(action="export").exists()


def test_staff_have_no_own_bundle(world, client):
    client.force_login(world.user("clinician"))

    assert client.get(reverse("api_me_fhir")).status_code == 403


def test_queries_do_not_grow_with_sessions_and_vitals(world, client, django_assert_max_num_queries):
    full_record(world, sessions=1)
    make_phq9(world.patient, 9)
    client.force_login(world.user("clinician"))
    url = reverse("api_patient_fhir", kwargs={"pk": world.patient.pk})
    with django_assert_max_num_queries(30) as few:
        client.get(url)
    full_record(world, sessions=4, days_back=4)

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)

    assert len(_of(Bundle.model_validate_json(response.content), "MedicationAdministration")) == 5
