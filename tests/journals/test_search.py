"""Journal search: every word typed, as the start of a word, in the title or text. Full-text
search with its GIN index on PostgreSQL; a substring match on SQLite."""

import pytest
from django.db import connection
from django.urls import reverse

from journals.models import JournalEntry
from journals.selectors import entry_list_for, entry_search
from tests.care_team.helpers import make_entry

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search is PostgreSQL's"
)


def _found(world, query):
    entries = entry_search(entry_list_for(world.patient.user), query)
    return sorted(entry.text for entry in entries)


def test_a_search_finds_entries_holding_every_word(world):
    make_entry(world.patient, text="Walking in the park with my sister")
    make_entry(world.patient, text="A walk by the river")
    make_entry(world.patient, text="Quiet evening at home")

    assert _found(world, "walk") == ["A walk by the river", "Walking in the park with my sister"]
    assert _found(world, "walk sister") == ["Walking in the park with my sister"]
    assert _found(world, "garden") == []


def test_a_search_reads_titles_and_spanish_words(world):
    make_entry(world.patient, title="Caminata", text="Por la mañana, con calma")

    assert _found(world, "caminata") == ["Por la mañana, con calma"]
    assert _found(world, "mañana") == ["Por la mañana, con calma"]


def test_a_search_never_reaches_another_patients_entries(world):
    make_entry(world.other_patient, text="Walking alone")

    assert _found(world, "walking") == []


def test_punctuation_alone_finds_nothing_and_breaks_nothing(world, client):
    make_entry(world.patient, text="A walk")
    client.force_login(world.patient.user)

    response = client.get(reverse("journal_list"), {"q": "&|!:*'()"})

    assert response.status_code == 200


@on_postgresql
def test_the_search_reads_the_gin_index(world):
    make_entry(world.patient, text="Walking in the park")
    # Across every entry, as a clinic's table grows: the index, not a scan.
    entries = entry_search(JournalEntry.objects.all(), "walking")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql, params = entries.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "journals_entry_search_idx" in plan
