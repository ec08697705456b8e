"""Nothing is shown in English to someone who reads Spanish.

Two checks: every string the project marks for translation has a Spanish translation in
locale/es/LC_MESSAGES/django.po (found the way scripts/i18n_fragment.py finds them), and
a crawl: for each role, signed in with Spanish as their language, every page the
authorization table lets them open is read for text still in English. Text that comes from
stored data (names, entries, a clinic's own texts) is left out.
"""

import gettext
import importlib.util
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.urls import reverse

from tests.authz import OK
from tests.conftest import skip_unless
from tests.test_authorization import ROWS

ROOT = Path(settings.BASE_DIR)
CATALOGUE = ROOT / "locale" / "es" / "LC_MESSAGES" / "django.po"
SKIPPED_DIRS = {
    ".git",
    ".venv",
    "tests",
    "migrations",
    "bench",
    "scripts",
    "var",
    "staticfiles",
    "node_modules",
    "locale",
}
SOURCE_SUFFIXES = {".py", ".html", ".txt", ".ics"}
# Words of English that Spanish never uses: a text node made of them is English.
ENGLISH_WORDS = {
    "the", "your", "you", "and", "with", "this", "for", "of", "to", "is", "are", "was",
    "yet", "not", "at", "by", "on",
}  # fmt: skip
# The catalogue's own tool, so the test finds strings exactly as a translator's run does.
_spec = importlib.util.spec_from_file_location(
    "i18n_fragment", Path(__file__).resolve().parents[2] / "scripts" / "i18n_fragment.py"
)
_fragments = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fragments)

CRAWLED_ROLES = ("anonymous", "patient", "coach", "clinician", "clinic_admin", "therapist")
# Lists of data, not words: every time zone and country by its own name, and each language
# named in itself.
DATA_SELECTS = {"time_zone", "country", "language"}


def _gettext_tools():
    skip_unless(shutil.which("xgettext") is not None, "GNU gettext is not installed")


def _sources():
    for path in sorted(ROOT.rglob("*")):
        parts = set(path.relative_to(ROOT).parts)
        if parts & SKIPPED_DIRS or not path.is_file() or path.suffix not in SOURCE_SUFFIXES:
            continue
        yield path


def _project_pot(tmp: Path) -> Path:
    """Every msgid of the project, as scripts/i18n_fragment.py extracts a fragment."""
    return _fragments.write_pot(_sources(), tmp / "project.pot", quiet=True)


def _msgids(po_text: str) -> list[str]:
    """The msgids of a .po text (written with --no-wrap), header left out."""
    found = []
    for match in re.finditer(r'^msgid "(.*)"$', po_text, flags=re.M):
        if match.group(1):
            found.append(
                match.group(1).encode().decode("unicode_escape").encode("latin-1").decode()
            )
    return found


def _incomplete_plurals(po_text: str) -> list[str]:
    """Plural msgids missing one of the language's forms (Spanish has three in Django:
    one, many, other); gettext counts them translated, yet "0 devices" would be English."""
    found = re.search(r"nplurals=(\d+);", po_text)
    forms = int(found.group(1)) if found else 2
    missing = []
    for block in po_text.split("\n\n"):
        if "\nmsgid_plural " not in block or block.lstrip().startswith("#~"):
            continue
        given = re.findall(r'^msgstr\[(\d+)\] "(.+)"$', block, flags=re.M)
        if len(given) < forms:
            missing += _msgids(block)
    return missing


def test_every_marked_string_has_a_spanish_translation():
    _gettext_tools()
    assert CATALOGUE.exists(), f"No Spanish catalogue at {CATALOGUE.relative_to(ROOT)}"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pot = _project_pot(tmp)
        merged = tmp / "merged.po"
        # The catalogue's translations for exactly the project's msgids.
        subprocess.run(
            [
                "msgmerge",
                "-q",
                "--no-wrap",
                "--no-fuzzy-matching",
                "-o",
                str(merged),
                str(CATALOGUE),
                str(pot),
            ],
            check=True,
        )
        missing = []
        for selection in ("--untranslated", "--only-fuzzy"):
            out = subprocess.run(
                ["msgattrib", selection, "--no-obsolete", "--no-wrap", str(merged)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            missing += _msgids(out)
        missing += _incomplete_plurals(merged.read_text(encoding="utf-8"))
    assert missing == [], f"{len(missing)} strings without Spanish: {sorted(set(missing))}"


# The crawl -----------------------------------------------------------------------------------


class _TextNodes(HTMLParser):
    """The text a reader sees: no scripts, styles, or options of the data lists."""

    SILENT = {"script", "style", "template", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self._silent = 0
        self._select = None
        self._in_option = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SILENT:
            self._silent += 1
        elif tag == "select":
            self._select = dict(attrs).get("name", "")
        elif tag == "option":
            self._in_option = True

    def handle_endtag(self, tag):
        if tag in self.SILENT:
            self._silent = max(0, self._silent - 1)
        elif tag == "select":
            self._select = None
        elif tag == "option":
            self._in_option = False

    def handle_data(self, data):
        if self._silent or (self._in_option and self._select in DATA_SELECTS):
            return
        text = " ".join(data.split())
        if text:
            self.nodes.append(text)


def _text_fields():
    for model in apps.get_models():
        fields = [
            field.attname
            for field in model._meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField | models.JSONField)
        ]
        if fields:
            yield model, fields


def _strings(value):
    """The strings in a stored value, JSON documents (a safety plan's lines) included."""
    if isinstance(value, str):
        yield " ".join(value.split())
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _high_water_marks() -> dict:
    """Each table's highest integer key now, so the rows a page's set-up adds can be told."""
    marks = {}
    for model, _fields in _text_fields():
        if isinstance(model._meta.pk, models.AutoField | models.BigAutoField):
            marks[model] = model._default_manager.aggregate(top=models.Max("pk"))["top"] or 0
    return marks


def _stored_texts(since: dict | None = None) -> set[str]:
    """The texts the database holds: names, entries, programs, crisis lines, a safety
    plan's lines. With `since`, only those of rows added after those marks (tables
    without integer keys: all rows)."""
    texts = set()
    for model, fields in _text_fields():
        rows = model._default_manager.all()
        if since is not None and model in since:
            rows = rows.filter(pk__gt=since[model])
        for row in rows.values_list(*fields)[:5000]:
            for value in row:
                texts.update(text for text in _strings(value) if text)
    return texts


def _english_words(text: str) -> list[str]:
    return [word for word in re.findall(r"[a-z']+", text.lower()) if word in ENGLISH_WORDS]


def _still_english(node: str, stored: set[str], stored_phrases: list[str], msgids) -> bool:
    """Whether a text node is English a translation should have replaced. Stored text
    shown as it is does not count, nor the stored phrases inside a node (longest first)."""
    if node in stored:
        return False
    if node in msgids:
        return True
    left = node
    for text in stored_phrases:
        if text in left:
            left = left.replace(text, " ")
        elif left.endswith("…") and text.startswith(left[:-1].rstrip()):
            return False  # an excerpt of stored text
    words = re.findall(r"[A-Za-z']+", left)
    english = _english_words(left)
    return len(english) >= 2 or (english and len(words) <= 4)


def _english_msgids() -> set[str]:
    """The catalogue's msgids whose Spanish differs: seen as they are, they went untranslated."""
    if not CATALOGUE.exists():
        return set()
    text = CATALOGUE.read_text(encoding="utf-8")
    pairs = re.findall(r'^msgid "(.+)"\nmsgstr "(.+)"$', text, flags=re.M)
    return {msgid for msgid, msgstr in pairs if msgid != msgstr and "%" not in msgid}


def _page_rows(role):
    return [
        row
        for row in ROWS
        if row.method == "get" and row.expect[role] == OK and not row.name.startswith("api")
    ]


@pytest.mark.parametrize("role", CRAWLED_ROLES)
def test_pages_show_no_english_to_a_spanish_reader(role, world, client):
    english_msgids = _english_msgids()
    user = world.user(role)
    if user is not None:
        user.language = "es"
        user.save(update_fields=["language"])
        client.force_login(user)
    base = _stored_texts()
    marks = _high_water_marks()
    found, pages = {}, 0
    for row in _page_rows(role):
        # Each page as the authorization table sees it: its own set-up, undone after.
        with transaction.atomic():
            if row.setup:
                row.setup(world)
            url = reverse(row.name, kwargs=row.kwargs(world))
            response = client.get(url, HTTP_ACCEPT_LANGUAGE="es")
            html = "text/html" in response.get("Content-Type", "")
            if response.status_code == OK and html:
                pages += 1
                parser = _TextNodes()
                parser.feed(response.content.decode())
                stored = base | _stored_texts(marks)
                phrases = sorted(
                    (text for text in stored if _english_words(text)), key=len, reverse=True
                )
                english = sorted(
                    {
                        node
                        for node in parser.nodes
                        if _still_english(node, stored, phrases, english_msgids)
                    }
                )
                if english:
                    found[row.name] = english
            transaction.set_rollback(True)
    assert pages, f"No page crawled for {role}"
    assert found == {}, f"English shown to a Spanish-speaking {role}: {found}"


def test_the_compiled_catalogue_is_its_source_compiled(tmp_path):
    """django.mo ships beside django.po: a translation edited but not compiled would reach
    no one."""
    skip_unless(bool(shutil.which("msgfmt")), "gettext's msgfmt")
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check-format", "-o", str(fresh), str(CATALOGUE)], check=True)

    def messages(path):
        with open(path, "rb") as compiled:
            return gettext.GNUTranslations(compiled)._catalog

    assert messages(CATALOGUE.with_suffix(".mo")) == messages(fresh)
