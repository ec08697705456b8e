"""A patient's record as a FHIR Bundle, built and validated with fhir.resources.

FHIR R4 is what we promise. fhir.resources 8 ships no R4 (4.0.1) classes: its top-level
package is R5, and fhir.resources.R4B is the 4.3 release, which keeps R4's shape for every
resource used here (Patient, QuestionnaireResponse, Observation, MedicationAdministration,
Bundle), so R4 readers take the Bundle as it is. Each resource is validated by those
classes as it is built, and the whole Bundle once more.

The Bundle's type is "collection": a set of resources gathered for a reader to take in,
with no Composition. A "document" Bundle would claim to be one attested clinical document
(a Composition first, an author, a title, signed as a whole), which an export of records
as they stand is not.

What goes in is what the viewer may see (the selectors decide): the patient and the
clinic's clinicians get everything; a therapist the assessments, and doses and vitals
where the clinic allows; a coach the assessments only where the clinic allows; a clinic
admin the Patient alone.
"""

import uuid
from datetime import datetime

from django.utils import timezone
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.medicationadministration import MedicationAdministration
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient as FhirPatient
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from journals import scoring
from journals.selectors import assessment_list_for
from patients.audit import audit_record_many
from patients.models import AuditEvent, Patient
from patients.selectors import can_read_clinical_records, can_see_assessments, can_see_doses
from sessions.models import DosingSession, VitalsReading
from sessions.selectors import session_list_for

from . import codes

FHIR_VERSION = "4.3.0"
# Stable ids: the same record always gets the same id, so a reader can match exports.
NAMESPACE = uuid.UUID("5f0c3b5e-7d1a-4c52-9a43-2f1c8e6a9b10")
# Sessions that gave a dose; planned and cancelled ones gave none.
ADMINISTERED = {
    DosingSession.Status.COMPLETED: "completed",
    DosingSession.Status.IN_PROGRESS: "in-progress",
}


def _id(kind: str, pk) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}/{pk}"))


def _ref(resource_id: str) -> dict:
    return {"reference": f"urn:uuid:{resource_id}"}


def _coding(system: str, code_display: tuple[str, str]) -> dict:
    code, display = code_display
    return {"system": system, "code": code, "display": display}


def _when(moment: datetime) -> str:
    return moment.isoformat()


def _patient(patient: Patient, *, clinical: bool) -> FhirPatient:
    user = patient.user
    data = {
        "resourceType": "Patient",
        "id": _id("patient", patient.pk),
        "identifier": [{"system": "urn:integration-clinic:patient", "value": str(patient.pk)}],
        "active": user.is_active,
        "name": [
            {
                "use": "usual",
                "text": user.display_name,
                **({"family": user.last_name} if user.last_name else {}),
                **({"given": [user.first_name]} if user.first_name else {}),
            }
        ],
        "telecom": [{"system": "email", "value": user.email, "use": "home"}],
        "managingOrganization": {"display": patient.clinic.name},
    }
    if patient.phone:
        data["telecom"].append({"system": "phone", "value": patient.phone, "use": "mobile"})
    if getattr(user, "language", ""):
        data["communication"] = [
            {
                "language": {"coding": [{"system": "urn:ietf:bcp:47", "code": user.language}]},
                "preferred": True,
            }
        ]
    if clinical and patient.date_of_birth:
        data["birthDate"] = patient.date_of_birth.isoformat()
    return FhirPatient.model_validate(data)


def _questionnaire_response(assessment, patient_ref: dict) -> QuestionnaireResponse:
    panel = codes.PANELS[assessment.instrument]
    texts = scoring.items_for(assessment.instrument)
    items = []
    for code, text, score in zip(panel.items, texts, assessment.item_scores, strict=False):
        answer_code, answer_words = codes.ANSWERS[score]
        items.append(
            {
                "linkId": code,
                "text": str(text),
                "answer": [
                    {
                        "valueCoding": {
                            "system": codes.LOINC,
                            "code": answer_code,
                            "display": answer_words,
                        }
                    }
                ],
            }
        )
    items.append(
        {
            "linkId": panel.total,
            "text": panel.total_display,
            "answer": [{"valueInteger": assessment.total}],
        }
    )
    return QuestionnaireResponse.model_validate(
        {
            "resourceType": "QuestionnaireResponse",
            "id": _id("questionnaire-response", assessment.pk),
            "questionnaire": panel.questionnaire,
            "status": "completed",
            "subject": patient_ref,
            "authored": _when(assessment.created_at),
            "source": patient_ref,
            # The panel is the one group, as LOINC's own form of it has it: its code is
            # the group's linkId, each question's and the total's code theirs.
            "item": [{"linkId": panel.panel, "text": panel.panel_display, "item": items}],
        }
    )


def _assessment_observation(assessment, patient_ref: dict, response_id: str) -> Observation:
    """The total as an Observation coded with the instrument's total-score code, each item
    a component with its own code, derived from the QuestionnaireResponse."""
    panel = codes.PANELS[assessment.instrument]
    components = [
        {
            "code": {"coding": [{"system": codes.LOINC, "code": code}]},
            "valueInteger": score,
        }
        for code, score in zip(panel.items, assessment.item_scores, strict=False)
    ]
    return Observation.model_validate(
        {
            "resourceType": "Observation",
            "id": _id("assessment", assessment.pk),
            "status": "final",
            "category": [
                {
                    "coding": [
                        {
                            "system": codes.OBSERVATION_CATEGORY,
                            "code": "survey",
                            "display": "Survey",
                        }
                    ]
                }
            ],
            "code": {
                "coding": [_coding(codes.LOINC, (panel.total, panel.total_display))],
                "text": str(assessment.get_instrument_display()),
            },
            "subject": patient_ref,
            "effectiveDateTime": _when(assessment.created_at),
            "valueInteger": assessment.total,
            "interpretation": [{"text": assessment.band}],
            "derivedFrom": [_ref(response_id)],
            "component": components,
        }
    )


def _medication_administration(session, patient_ref: dict) -> MedicationAdministration:
    dosage = {
        "route": {
            "coding": [_coding(codes.SNOMED, codes.ROUTES[session.route])],
            "text": str(session.get_route_display()),
        },
        "dose": {"value": float(session.dose_mg), "unit": "mg", "system": codes.UCUM, "code": "mg"},
    }
    effective = {"start": _when(session.started_at)}
    if session.ended_at:
        effective["end"] = _when(session.ended_at)
    data = {
        "resourceType": "MedicationAdministration",
        "id": _id("dosing-session", session.pk),
        "status": ADMINISTERED[session.status],
        "medicationCodeableConcept": {
            "coding": [_coding(codes.RXNORM, codes.DRUGS[session.route])],
            "text": str(session.get_route_display()),
        },
        "subject": patient_ref,
        "effectivePeriod": effective,
        "performer": [{"actor": {"display": session.clinician.display_name}}],
        "dosage": dosage,
    }
    if session.lot_number:
        data["note"] = [{"text": f"Lot {session.lot_number}"}]
    return MedicationAdministration.model_validate(data)


def _vital_sign(reading, patient_ref, session_ref, key, code, value=None, components=None):
    data = {
        "resourceType": "Observation",
        "id": _id(f"vitals-{key}", reading.pk),
        "status": "final",
        "category": [
            {
                "coding": [
                    {
                        "system": codes.OBSERVATION_CATEGORY,
                        "code": "vital-signs",
                        "display": "Vital Signs",
                    }
                ]
            }
        ],
        "code": {"coding": code},
        "subject": patient_ref,
        "effectiveDateTime": _when(reading.taken_at),
        "partOf": [session_ref],
    }
    if value is not None:
        data["valueQuantity"] = value
    if components:
        data["component"] = components
    return Observation.model_validate(data)


def _quantity(value, unit: str, code: str) -> dict:
    return {"value": value, "unit": unit, "system": codes.UCUM, "code": code}


def _vital_signs(reading: VitalsReading, patient_ref: dict, session_ref: dict) -> list:
    """One Observation per measurement, as the vital signs profiles have them."""
    found = []
    if reading.systolic is not None and reading.diastolic is not None:
        found.append(
            _vital_sign(
                reading,
                patient_ref,
                session_ref,
                "bp",
                [_coding(codes.LOINC, codes.BLOOD_PRESSURE)],
                components=[
                    {
                        "code": {"coding": [_coding(codes.LOINC, codes.SYSTOLIC)]},
                        "valueQuantity": _quantity(reading.systolic, "mmHg", "mm[Hg]"),
                    },
                    {
                        "code": {"coding": [_coding(codes.LOINC, codes.DIASTOLIC)]},
                        "valueQuantity": _quantity(reading.diastolic, "mmHg", "mm[Hg]"),
                    },
                ],
            )
        )
    if reading.heart_rate is not None:
        found.append(
            _vital_sign(
                reading,
                patient_ref,
                session_ref,
                "hr",
                [_coding(codes.LOINC, codes.HEART_RATE)],
                value=_quantity(reading.heart_rate, "beats/minute", "/min"),
            )
        )
    if reading.spo2 is not None:
        found.append(
            _vital_sign(
                reading,
                patient_ref,
                session_ref,
                "spo2",
                [
                    _coding(codes.LOINC, codes.OXYGEN_SATURATION),
                    _coding(codes.LOINC, codes.PULSE_OXIMETRY),
                ],
                value=_quantity(reading.spo2, "%", "%"),
            )
        )
    return found


def patient_bundle(user, patient: Patient, *, now=None) -> Bundle:
    """The Bundle of `patient` as `user` may see it. Call it for a patient a selector has
    already granted (patient_get_for). Three queries at most whatever the number of
    assessments, sessions and vitals, and one audit insert for a staff reader."""
    now = now or timezone.now()
    patient_id = _id("patient", patient.pk)
    patient_ref = _ref(patient_id)
    resources = [_patient(patient, clinical=can_read_clinical_records(user, patient))]
    read = [(patient, patient)]

    if can_see_assessments(user, patient):
        assessments = assessment_list_for(user).filter(patient=patient).order_by("created_at", "pk")
        for assessment in assessments:
            response = _questionnaire_response(assessment, patient_ref)
            resources += [response, _assessment_observation(assessment, patient_ref, response.id)]
            read.append((patient, assessment))

    if can_see_doses(user, patient):
        sessions = (
            session_list_for(user)
            .filter(patient=patient, status__in=list(ADMINISTERED))
            .prefetch_related("vitals")
            .order_by("started_at", "pk")
        )
        for session in sessions:
            administration = _medication_administration(session, patient_ref)
            resources.append(administration)
            for reading in session.vitals.all():
                resources += _vital_signs(reading, patient_ref, _ref(administration.id))
            read.append((patient, session))

    if patient.user_id != user.pk:
        audit_record_many(actor=user, rows=read, action=AuditEvent.Action.EXPORT)
    return Bundle.model_validate(
        {
            "resourceType": "Bundle",
            "id": str(uuid.uuid4()),
            "meta": {"lastUpdated": _when(now)},
            "type": "collection",
            "timestamp": _when(now),
            "entry": [
                {"fullUrl": f"urn:uuid:{resource.id}", "resource": resource}
                for resource in resources
            ],
        }
    )
