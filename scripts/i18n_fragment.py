# ruff: noqa: S603, S607  (runs the gettext tools on the project's own files)
"""Translation fragments: one Spanish catalogue piece per area of the app, merged into
locale/es/LC_MESSAGES/django.po. The fragments are a working space for strings being added
in several places at once: once built into the catalogue (which is then the one to edit),
they are deleted.

    python scripts/i18n_fragment.py extract AREA PATH...   strings in PATH (files or folders of
                                                           .py, .html, .txt, .ics) into
                                                           locale/parts/AREA.po, keeping what is
                                                           already translated there
    python scripts/i18n_fragment.py missing AREA           the entries of AREA still untranslated
    python scripts/i18n_fragment.py build                  makemessages for the whole project,
                                                           filled from every fragment, compiled
"""

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = ROOT / "locale" / "parts"
CATALOGUE = ROOT / "locale" / "es" / "LC_MESSAGES" / "django.po"
KEYWORDS = [
    "--keyword=gettext_noop",
    "--keyword=gettext_lazy",
    "--keyword=ngettext_lazy:1,2",
    "--keyword=pgettext:1c,2",
    "--keyword=npgettext:1c,2,3",
    "--keyword=pgettext_lazy:1c,2",
    "--keyword=npgettext_lazy:1c,2,3",
]
TEMPLATE_SUFFIXES = {".html", ".txt", ".ics"}


def _django():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_clinic.settings.local")
    import django

    django.setup()


def _files(paths):
    for path in map(Path, paths):
        path = path if path.is_absolute() else ROOT / path
        found = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in found:
            if ".venv" in file.parts or "migrations" in file.parts:
                continue
            if file.suffix == ".py" or file.suffix in TEMPLATE_SUFFIXES:
                yield file


def write_pot(files, pot: Path, *, quiet=False) -> Path:
    """The msgids of `files` (Python as it is, templates as makemessages templatizes them)
    written to `pot` by xgettext."""
    from django.utils.translation.template import templatize

    sources = []
    for file in files:
        relative = file.relative_to(ROOT)
        if file.suffix == ".py":
            sources.append(str(relative))
            continue
        copy = pot.parent / (str(relative).replace("/", "__") + ".py")
        copy.write_text(templatize(file.read_text(encoding="utf-8"), origin=str(relative)))
        sources.append(str(copy))
    subprocess.run(
        [
            "xgettext",
            "-d",
            "django",
            "--language=Python",
            *KEYWORDS,
            "--from-code=UTF-8",
            "--no-wrap",
            "--add-location=file",
            f"--output={pot}",
            "--force-po",
            *sources,
        ],
        check=True,
        cwd=ROOT,
        capture_output=quiet,
    )
    return pot


def extract(area, paths):
    _django()
    PARTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pot = write_pot(_files(paths), Path(tmp) / f"{area}.pot")
        po = PARTS / f"{area}.po"
        if po.exists():
            subprocess.run(
                [
                    "msgmerge",
                    "-q",
                    "--no-wrap",
                    "--backup=none",
                    "--no-fuzzy-matching",
                    "--update",
                    str(po),
                    str(pot),
                ],
                check=True,
            )
        else:
            text = pot.read_text().replace("charset=CHARSET", "charset=UTF-8")
            po.write_text(text)
    print(f"{po.relative_to(ROOT)}: {_count_missing(po)} untranslated")


def _count_missing(po):
    out = subprocess.run(
        ["msgattrib", "--untranslated", "--no-obsolete", str(po)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return max(out.count('\nmsgid "') - 1, 0)


def missing(area):
    po = PARTS / f"{area}.po"
    subprocess.run(
        ["msgattrib", "--untranslated", "--no-obsolete", "--no-wrap", str(po)], check=True
    )


def build():
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "es",
            "--no-wrap",
            "--add-location=file",
            "-i",
            ".venv/*",
            "-i",
            "scripts/*",
            "-i",
            "tests/*",
            "-i",
            "bench/*",
            "-i",
            "var/*",
            "-i",
            "staticfiles/*",
        ],
        check=True,
        cwd=ROOT,
    )
    parts = sorted(PARTS.glob("*.po"))
    if parts:
        with tempfile.TemporaryDirectory() as tmp:
            translated = Path(tmp) / "translated.po"
            subprocess.run(
                [
                    "msgattrib",
                    "--translated",
                    "--no-obsolete",
                    "--no-wrap",
                    # A first build has nothing translated yet: still write the (empty) file.
                    "--force-po",
                    "-o",
                    str(translated),
                    str(CATALOGUE),
                ],
                check=True,
            )
            known = Path(tmp) / "known.po"
            subprocess.run(
                [
                    "msgcat",
                    "--use-first",
                    "--no-wrap",
                    "-o",
                    str(known),
                    str(translated),
                    *map(str, parts),
                ],
                check=True,
            )
            # Every msgid of the project, with the catalogue's own translation first and
            # a fragment's where the catalogue had none.
            subprocess.run(
                [
                    "msgmerge",
                    "-q",
                    "--no-wrap",
                    "--no-fuzzy-matching",
                    "-o",
                    str(CATALOGUE),
                    str(known),
                    str(CATALOGUE),
                ],
                check=True,
            )
            _fill_plural_forms(CATALOGUE)
    subprocess.run(
        # Only the project's catalogue: never the packages' under .venv.
        [sys.executable, "manage.py", "compilemessages", "-l", "es", "-i", ".venv", "-i", "var"],
        check=True,
        cwd=ROOT,
    )


def _fill_plural_forms(po):
    """Spanish in Django has three plural forms (one, many as in "1 000 000 de", other);
    fragments give two. The "other" wording serves the forms a fragment left empty, or
    "3 prompts" would show in English."""
    text = po.read_text(encoding="utf-8")
    if "nplurals=3;" not in text:
        return
    # A third form that is empty or missing takes the second's words.
    text = re.sub(r'^msgstr\[2\] ""\n', "", text, flags=re.M)
    filled = re.sub(
        r'^(msgstr\[1\] ("(?:[^"\\]|\\.)+")\n)(?!msgstr\[2\])',
        r"\1msgstr[2] \2\n",
        text,
        flags=re.M,
    )
    po.write_text(filled, encoding="utf-8")


if __name__ == "__main__":
    command, *args = sys.argv[1:] or ["help"]
    if command == "extract" and len(args) >= 2:
        extract(args[0], args[1:])
    elif command == "missing" and len(args) == 1:
        missing(args[0])
    elif command == "build":
        build()
    else:
        print(__doc__)
        sys.exit(2)
