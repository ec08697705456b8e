"""The API does what its published schema says, for every operation and every role.

Schemathesis reads /api/schema/ as a client would and sends each operation generated
requests, valid and invalid, as a patient, a clinician and a coach of the demo clinic
(seeded around a pinned instant, beside the standing cast's clinics). Every answer must be
a documented status code with a documented content type and a body that matches its
schema, and none may be a server error.
"""

from datetime import UTC, datetime

import pytest
import schemathesis
import time_machine
from django.apps import apps
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from groups.demo import seed_groups
from journals.demo import seed_journals
from patients.demo import seed_alerts, seed_people
from sessions.demo import seed_sessions
from sessions.demo_debrief import seed_debrief_notes
from sessions.demo_therapy import seed_therapy_notes
from tests.factories import give_mfa

# Alone in one process: see the Makefile's test target.
pytestmark = pytest.mark.own_process

# A Tuesday afternoon in New York, while windows are open and groups are upcoming.
NOW = datetime(2026, 3, 10, 19, 0, tzinfo=UTC)
EXAMPLES_PER_OPERATION = 5
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
# Path ids are drawn from the rows of each resource (every clinic's), as well as generated,
# so operations reach real records and not only 404s.
RESOURCES = {
    "alerts": "patients.SafetyAlert",
    "assessments": "journals.Assessment",
    "debrief-notes": "dosing.DebriefNote",
    "dosing-sessions": "dosing.DosingSession",
    "group-sessions": "groups.GroupSession",
    "habits": "journals.PatientHabit",
    "journal-entries": "journals.JournalEntry",
    "patients": "patients.Patient",
    "prompts": "dosing.ScheduledPrompt",
    "therapy-notes": "dosing.TherapyNote",
}
ROLES = {
    "patient": "patient@demo.test",
    "clinician": "clinician@demo.test",
    "coach": "coach@demo.test",
    "therapist": "therapist@demo.test",
}


class CsrfExemptWSGIHandler(WSGIHandler):
    """The project's WSGI application as the Django test client runs it: requests carry a
    session cookie, so CSRF checks are off as they are for the test client."""

    def get_response(self, request):
        request._dont_enforce_csrf_checks = True
        return super().get_response(request)


@pytest.fixture
def connection_kept_open():
    """The start and end of a request would close the test's database connection, and with
    it the transaction the test runs in (the test client keeps it open the same way)."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def demo_world(world):
    with time_machine.travel(NOW, tick=False):
        people = seed_people(NOW)
        seed_sessions(people, NOW)
        seed_journals(people, NOW)
        seed_groups(people, NOW)
        seed_debrief_notes(people, NOW)
        seed_therapy_notes(people, NOW)
        seed_alerts(people, NOW)
    for user in [people.admin, *people.clinicians, *people.coaches, *people.therapists]:
        give_mfa(user)
    return people


def _existing_ids(operation) -> list[int]:
    resource = operation.path.removeprefix("/api/v1/").split("/", 1)[0]
    if "{id}" not in operation.path or resource not in RESOURCES:
        return []
    return list(apps.get_model(RESOURCES[resource]).objects.values_list("pk", flat=True))


def _session_cookie(client, email):
    from patients.models import User

    client.force_login(User.objects.get(email=email))
    return {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value}


@pytest.mark.parametrize("role", ROLES)
def test_every_operation_answers_as_its_schema_says(role, demo_world, client, connection_kept_open):
    cookies = _session_cookie(client, ROLES[role])
    failures = []
    with time_machine.travel(NOW, tick=False):
        schema = schemathesis.openapi.from_wsgi("/api/schema/", CsrfExemptWSGIHandler())
        for result in schema.get_all_operations():
            operation = result.ok()
            ids = _existing_ids(operation)
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

                @hypothesis_settings(
                    max_examples=EXAMPLES_PER_OPERATION,
                    deadline=None,
                    derandomize=True,
                    database=None,
                    # A failure is reported as found: shrinking it would cost minutes.
                    phases=[Phase.explicit, Phase.generate],
                    suppress_health_check=list(HealthCheck),
                )
                @given(
                    case=operation.as_strategy(generation_mode=mode),
                    existing_id=st.none() | st.sampled_from(ids) if ids else st.none(),
                )
                def run(case, existing_id):
                    if existing_id is not None:
                        case.path_parameters["id"] = existing_id
                    response = case.call(cookies=cookies)
                    case.validate_response(response, checks=CHECKS)

                try:
                    run()
                except Unsatisfiable:
                    # Nothing to make invalid: the operation takes no parameters or body.
                    assert mode == GenerationMode.NEGATIVE, operation.label
                except (Exception, BaseExceptionGroup) as exc:  # every operation is reported
                    failures.append(f"{operation.label} [{mode.value}]\n{exc}")
    assert not failures, f"{len(failures)} operations failed:\n\n" + "\n\n".join(failures)


def test_an_address_the_api_does_not_have_answers_json(client):
    response = client.get("/api/v1/prompts/-1/answer/")

    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}
