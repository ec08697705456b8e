"""No one but the patient ever reads a private entry: not through any page, endpoint,
export or the admin, whatever their role; and unsharing hides an entry at once."""

import pytest
from django.contrib.admin.sites import site
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from journals import services
from tests.factories import give_mfa, make_user
from tests.journals.helpers import PRIVATE_WORDS, SHARED_WORDS, write_entry

STAFF = ("coach", "other_coach", "clinician", "other_clinician", "clinic_admin")
SKIPPED_PREFIXES = ("admin:", "account_", "mfa_", "api_schema", "api_docs", "healthz")


def _get_urls(values):
    """Every GET-able URL of the site, with each path argument filled by each candidate
    value: the entry's id, the patient's, the session's."""
    urls = []

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(
                    pattern.url_patterns,
                    namespace + ([pattern.namespace] if pattern.namespace else []),
                )
            elif isinstance(pattern, URLPattern) and pattern.name:
                name = ":".join([*namespace, pattern.name])
                if name.startswith(SKIPPED_PREFIXES):
                    continue
                params = [p for p in pattern.pattern.regex.groupindex if p != "format"]
                if not params:
                    urls.append(reverse(name))
                    continue
                for value in values:
                    try:
                        urls.append(reverse(name, kwargs=dict.fromkeys(params, value)))
                    except Exception:  # noqa: S112 - a path that takes no number
                        continue

    walk(get_resolver().url_patterns, [])
    return sorted(set(urls))


@pytest.fixture
def entries(world):
    from tests.sessions.helpers import record_session

    session = record_session(world)
    private = write_entry(world.patient, PRIVATE_WORDS, title="Marigold title")
    shared = write_entry(world.patient, SHARED_WORDS, share=True)
    services.comment_create(acting_user=world.user("clinician"), entry=shared, text="Noted")
    return private, shared, session


@pytest.mark.parametrize("role", STAFF)
def test_no_staff_role_reads_a_private_entry_on_any_page_or_endpoint(
    world, client_for, entries, role
):
    private, shared, session = entries
    client = client_for(world.user(role))
    values = sorted({private.pk, shared.pk, world.patient.pk, session.pk})

    leaks = []
    for url in _get_urls(values) + [f"{reverse('journal-entry-list')}?q=Marigold"]:
        try:
            response = client.get(url)
        except Exception:  # noqa: S112 - a page that needs other arguments is not a leak
            continue
        raw = b"".join(response.streaming_content) if response.streaming else response.content
        if "Marigold" in raw.decode(errors="replace"):
            leaks.append(url)

    assert leaks == []


def test_the_care_team_reads_the_shared_entry_and_not_the_private_one(world, client_for, entries):
    private, shared, _ = entries
    for role in ("coach", "clinician"):
        client = client_for(world.user(role))
        assert client.get(reverse("staff_entry_detail", args=[private.pk])).status_code == 404
        assert client.get(reverse("journal-entry-detail", args=[private.pk])).status_code == 404
        assert (
            SHARED_WORDS
            in client.get(reverse("staff_entry_detail", args=[shared.pk])).content.decode()
        )
        listed = client.get(reverse("journal-entry-list")).json()["results"]
        assert [row["id"] for row in listed] == [shared.pk]


@pytest.mark.parametrize(
    "role", ("other_coach", "other_clinician", "clinic_admin", "other_patient")
)
def test_those_off_the_care_team_do_not_read_even_a_shared_entry(world, client_for, entries, role):
    _, shared, _ = entries
    client = client_for(world.user(role))

    assert client.get(reverse("journal-entry-detail", args=[shared.pk])).status_code == 404
    assert client.get(reverse("journal-entry-list")).json()["results"] == []
    assert client.get(reverse("comment-list")).json()["results"] == []


@pytest.mark.parametrize("role", ("coach", "clinician"))
def test_unsharing_hides_the_entry_from_the_care_team_at_once(world, client_for, entries, role):
    _, shared, _ = entries
    staff = client_for(world.user(role))
    assert staff.get(reverse("staff_entry_detail", args=[shared.pk])).status_code == 200

    services.entry_unshare(acting_user=world.patient.user, entry=shared)

    assert staff.get(reverse("staff_entry_detail", args=[shared.pk])).status_code == 404
    assert staff.get(reverse("journal-entry-detail", args=[shared.pk])).status_code == 404
    assert (
        SHARED_WORDS
        not in staff.get(reverse("staff_entry_list", args=[world.patient.pk])).content.decode()
    )
    assert staff.get(reverse("journal-entry-list")).json()["results"] == []
    assert staff.get(reverse("comment-list")).json()["results"] == []
    response = staff.post(reverse("staff_entry_comment", args=[shared.pk]), {"text": "Hi"})
    assert response.status_code == 404


@pytest.fixture
def superuser_client(world, client):
    user = make_user("root@example.test")
    user.is_staff = user.is_superuser = True
    user.save()
    give_mfa(user)
    client.force_login(user)
    return client


def test_a_superuser_has_no_backdoor_to_private_words_in_the_admin(
    world, superuser_client, entries
):
    private, shared, _ = entries
    services.draft_save(acting_user=world.patient.user, key="new", text="Marigold draft")
    services.commitment_add(
        acting_user=world.patient.user, session=entries[2], text="Marigold commitment"
    )
    pages = [
        reverse("admin:journals_journalentry_changelist"),
        reverse("admin:journals_journalentry_change", args=[private.pk]),
        reverse("admin:journals_journaldraft_changelist"),
        reverse("admin:journals_commitment_changelist"),
    ]
    pages += [
        reverse(f"admin:journals_{model}_change", args=[obj.pk])
        for model, obj in (
            ("journaldraft", world.patient.drafts.get()),
            ("commitment", world.patient.commitments.get()),
        )
    ]

    for url in pages:
        response = superuser_client.get(url)
        assert response.status_code == 200, url
        assert "Marigold" not in response.content.decode(), url

    shared_page = superuser_client.get(
        reverse("admin:journals_journalentry_change", args=[shared.pk])
    ).content.decode()
    assert SHARED_WORDS in shared_page


def test_the_admin_search_does_not_reach_into_entry_text(superuser_client, entries):
    body = superuser_client.get(
        reverse("admin:journals_journalentry_changelist"), {"q": "Marigold"}
    ).content.decode()

    assert "0 journal entries" in body or "0 results" in body


def test_entries_are_read_only_in_the_admin(world):
    model_admin = site._registry[type(write_entry(world.patient))]

    assert not model_admin.has_change_permission(None)
    assert not model_admin.has_add_permission(None)
    assert not model_admin.has_delete_permission(None)
