"""Headers on every answer: a Content-Security-Policy that runs only our own scripts,
Cache-Control: no-store wherever health data may be, and a Permissions-Policy."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from patients.tokens import api_token_create

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def _directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def test_pages_run_only_scripts_from_our_own_origin(client):
    policy = _directives(client.get(reverse("account_login")))

    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]


@pytest.mark.parametrize("name", ["api_docs", "api_redoc"])
def test_the_api_docs_keep_scripts_to_our_own_files(name, client):
    response = client.get(reverse(name))
    policy = _directives(response)
    html = response.content.decode()

    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" in policy["style-src"]  # Swagger UI and ReDoc style from script
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []


def test_swagger_uis_start_up_script_is_served_as_a_file(client):
    html = client.get(reverse("api_docs")).content.decode()
    script = re.search(r'<script src="([^"]*script=[^"]*)"', html).group(1)

    response = client.get(script.replace("&amp;", "&"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert reverse("api_schema") in response.content.decode()


def test_no_template_carries_inline_script_handlers_or_styles():
    # What the policy would block in a browser: found here, before a page breaks.
    found = []
    for path in sorted(TEMPLATES.rglob("*.html")):
        text = path.read_text()
        for pattern in (
            r"<script(?![^>]*\bsrc=)[^>]*>",  # inline script
            r"<[a-z][^>]*\son[a-z]+\s*=",  # onclick= and the like
            r"\sstyle\s*=\s*[\"']",  # style attributes
            r"javascript:",
        ):
            found += [f"{path.relative_to(TEMPLATES)}: {m}" for m in re.findall(pattern, text)]
    assert found == []


def test_a_signed_in_page_is_never_stored(world, client):
    client.force_login(world.patient.user)

    response = client.get(reverse("today"))

    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"


def test_a_staff_page_with_health_data_is_never_stored(world, client):
    client.force_login(world.user("clinician"))

    response = client.get(reverse("staff_patient", args=[world.patient.pk]))

    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"


def test_an_api_answer_with_a_token_is_never_stored(world, client):
    plain = api_token_create(acting_user=world.patient.user, name="Phone")[1]

    response = client.get(reverse("api_me"), HTTP_AUTHORIZATION=f"Token {plain}")

    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"


def test_the_login_page_is_never_stored(client):
    directives = client.get(reverse("account_login"))["Cache-Control"].split(", ")

    assert "no-store" in directives


def test_the_favicon_keeps_its_own_caching(client):
    assert "max-age" in client.get("/favicon.ico")["Cache-Control"]


@pytest.mark.parametrize("signed_in", [False, True])
def test_browser_features_are_limited(signed_in, world, client):
    if signed_in:
        client.force_login(world.patient.user)

    policy = client.get(reverse("account_login"))["Permissions-Policy"]
    features = dict(item.strip().split("=", 1) for item in policy.split(","))

    assert features["camera"] == "(self)"
    assert features["microphone"] == "(self)"
    for feature in ("geolocation", "payment", "usb"):
        assert features[feature] == "()"
