"""The Content-Security-Policy in a real browser: every page people use, and the API docs,
work with it on and the browser reports no violation (a blocked script, style or worker)."""

import pytest
from django.core.management import call_command

from patients.models import Patient
from tests.e2e.conftest import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DEMO_PASSWORD = "integrate-demo-2026"
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}

# Recorded by the browser itself, before any script of the page runs.
WATCH_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}`
  );
});
"""

PAGES = {
    "patient@demo.test": [
        "/today/",
        "/progress/",
        "/journal/",
        "/journal/new/",
        "/prompts/",
        "/preferences/",
        "/groups/",
        "/export/print/",
        "/account/api-token/",
    ],
    "clinician@demo.test": [
        "/staff/",
        "/staff/overview/",
        "/staff/patients/",
        "/staff/sessions/",
        "/staff/alerts/",
    ],
    "coach@demo.test": ["/staff/coach/", "/staff/groups/"],
}


@pytest.fixture
def demo_clinic(settings):
    settings.MFA_ENFORCED_FOR_STAFF = False  # as in the local demo
    call_command("seed_demo", verbosity=0)


def _violations_on(page, path) -> list[str]:
    console = []

    def keep(message):
        if "Content Security Policy" in message.text or "Permissions-Policy" in message.text:
            console.append(message.text)

    page.on("console", keep)
    response = page.goto(path)
    # The API docs load large bundles: allow a busy machine the time to finish.
    page.wait_for_load_state("networkidle", timeout=30_000)
    assert response.status == 200, f"{path} answered {response.status}"
    assert response.headers["content-security-policy"]
    return page.evaluate("() => window.__cspViolations") + console


@pytest.mark.parametrize("email", list(PAGES))
def test_every_page_works_under_the_policy(demo_clinic, page, email):
    page.context.add_init_script(WATCH_VIOLATIONS)
    log_in(page, email, DEMO_PASSWORD)

    found = {path: _violations_on(page, path) for path in PAGES[email]}

    assert {path: v for path, v in found.items() if v} == {}


def test_a_staff_patient_page_draws_its_charts_under_the_policy(demo_clinic, page):
    patient = Patient.objects.get(user__email="patient@demo.test")
    page.context.add_init_script(WATCH_VIOLATIONS)
    log_in(page, "clinician@demo.test", DEMO_PASSWORD)

    violations = _violations_on(page, f"/staff/patients/{patient.pk}/")

    assert violations == []
    assert page.locator("canvas[data-rendered='true']").count() >= 1


def test_swagger_ui_renders_the_api_under_the_policy(page):
    from playwright.sync_api import expect

    page.context.add_init_script(WATCH_VIOLATIONS)

    violations = _violations_on(page, "/api/docs/")
    page.wait_for_selector(".swagger-ui .info .title")

    assert "Integration Clinic API" in page.locator(".swagger-ui .info .title").inner_text()
    # Every operation of the schema was read: Swagger UI keeps all of them in its state but
    # draws only those near the viewport (9 or so on a phone), so count the state, not the DOM.
    schema = page.request.get("/api/schema/?format=json").json()
    operations = sum(method in HTTP_METHODS for path in schema["paths"].values() for method in path)
    assert operations > 10
    page.wait_for_function(
        "(n) => typeof ui !== 'undefined' && ui.specSelectors.operations().size === n",
        arg=operations,
        timeout=30_000,
    )
    expect(page.locator(".swagger-ui .opblock").first).to_be_visible()
    assert page.evaluate("() => window.__cspViolations") == violations == []


def test_redoc_renders_the_api_under_the_policy(page):
    page.context.add_init_script(WATCH_VIOLATIONS)

    violations = _violations_on(page, "/api/redoc/")
    page.wait_for_selector("h1:has-text('Integration Clinic API')", timeout=30_000)

    assert page.locator("[data-section-id]").count() > 10
    # ReDoc fetches its maker's logo from their site: that is what the policy stops, and the
    # only thing it stops here.
    violations += page.evaluate("() => window.__cspViolations")
    assert violations
    assert all("cdn.redoc.ly" in violation for violation in violations), violations
