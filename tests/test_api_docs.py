"""The API's documentation pages and the favicon are served by the project itself: the
docs work offline, and no page loads code or fonts from another site."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

# Every address a page asks the browser to load: attributes, and the schema URL that
# Swagger UI's inline script fetches.
LOADED = re.compile(r'(?:src|href|spec-url)="([^"]*)"|\burl: *"([^"]*)"')


def _loaded_urls(html: str) -> list[str]:
    return [a or b for a, b in LOADED.findall(html)]


@pytest.mark.parametrize("name", ["api_docs", "api_redoc"])
def test_the_api_docs_load_only_our_own_files(name, client, settings):
    response = client.get(reverse(name))

    assert response.status_code == 200
    html = response.content.decode()
    urls = _loaded_urls(html)
    # Swagger UI's start-up script is a file of its own (no inline script under the CSP).
    for script in [url for url in urls if "script=" in url]:
        urls += _loaded_urls(client.get(script).content.decode())
    assert reverse("api_schema") in urls
    assert any(url.endswith(".js") for url in urls)
    assert not re.search(r"https?://|//[a-z]", html, re.IGNORECASE), "an outside address"
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), url
        if url.startswith(settings.STATIC_URL):
            path = url.removeprefix(settings.STATIC_URL)
            assert finders.find(path), f"{url} is not among our static files"


def test_the_site_serves_its_favicon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    icon = b"".join(response.streaming_content)
    assert icon[:4] == b"\x00\x00\x01\x00"  # an ICO file's header
    assert "max-age" in response["Cache-Control"]


def test_pages_link_the_svg_favicon(client):
    html = client.get(reverse("account_login")).content.decode()

    href = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', html)
    assert href and href.group(1).endswith("favicon.svg")
    assert finders.find("favicon.svg")


def test_the_schema_is_generated_without_a_warning(tmp_path):
    """A warning names something a client would see wrongly: two choice sets sharing one
    enum name, a field whose type could not be read."""
    from django.core.management import call_command

    call_command("spectacular", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))

    assert (tmp_path / "schema.yaml").stat().st_size > 0
