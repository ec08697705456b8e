# Journal full-text search: a GIN index over the expression journals.selectors'
# entry_search matches (ENTRY_SEARCH_DOCUMENT). PostgreSQL only: SQLite searches with LIKE.

from django.db import migrations

INDEX = "journals_entry_search_idx"
CREATE = (
    f"CREATE INDEX IF NOT EXISTS {INDEX} ON journals_journalentry USING gin "
    "(to_tsvector('simple', coalesce(journals_journalentry.title, '') || ' ' || "
    "coalesce(journals_journalentry.text, '')))"
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("journals", "0006_attachments")]

    operations = [migrations.RunPython(create_index, drop_index)]
