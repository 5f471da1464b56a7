"""Keep the translation catalogues in step with the code, and build them.

    python scripts/translations.py update   # extract new strings into the sources
    python scripts/translations.py build    # compile what the app loads (committed)
    python scripts/translations.py check    # fail when a compiled file is out of date

Two catalogues, one per toolkit:

- the window: Qt Linguist sources ``resources/i18n/reflectdesk_{en,nl}.ts`` from every
  ``tr()``/``translate()``/``QT_TRANSLATE_NOOP`` under ``reflectdesk/ui`` (pyside6-lupdate),
  compiled to ``.qm`` (pyside6-lrelease). The English catalogue holds only the plural
  forms ("%n member(s)" → "1 member", "2 members"); every other English text is its
  source.
- text made without Qt (PDFs, CSV, the command line): gettext, extracted by Babel from
  ``texts.gettext/ngettext/pgettext`` calls into ``resources/i18n/reflectdesk.pot``,
  merged into ``resources/i18n/nl/LC_MESSAGES/reflectdesk.po``, compiled to ``.mo``.

Compiled files are committed, so an installed wheel or a bundle needs no build step;
``check`` (run by the tests) proves they match their sources.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
QT_LANGUAGES = ("en", "nl")
GETTEXT_LANGUAGES = ("nl",)
DOMAIN = "reflectdesk"
# Packages whose text is made without Qt and read by a person.
GETTEXT_SOURCES = (
    "reflectdesk/core",
    "reflectdesk/store",
    "reflectdesk/demo/build.py",
    "reflectdesk/export",
    "reflectdesk/commands",
    "reflectdesk/operations",
    "reflectdesk/i18n",
    "reflectdesk/cli.py",
    "reflectdesk/app.py",
    "reflectdesk/start_failure.py",
)
BABEL_KEYWORDS = ("gettext", "ngettext:1,2", "pgettext:1c,2", "N_")


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def ts_path(language: str) -> Path:
    return I18N / f"reflectdesk_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"reflectdesk_{language}.qm"


def po_path(language: str) -> Path:
    return I18N / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "reflectdesk" / "ui").rglob("*.py"))


def update() -> None:
    files = ui_sources()
    for language in QT_LANGUAGES:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *files,
                "-no-obsolete",
                "-locations",
                "relative",
                "-target-language",
                language,
                "-ts",
                str(ts_path(language)),
            ],
            cwd=ROOT,
            check=True,
        )
    fill_english_plurals(ts_path("en"))
    pot = I18N / f"{DOMAIN}.pot"
    keywords = [arg for keyword in BABEL_KEYWORDS for arg in ("-k", keyword)]
    _babel(
        "extract",
        "--no-default-keywords",
        *keywords,
        "--sort-by-file",
        "--omit-header",
        "-o",
        str(pot),
        *GETTEXT_SOURCES,
    )
    for language in GETTEXT_LANGUAGES:
        command = "update" if po_path(language).exists() else "init"
        _babel(
            command,
            "-i",
            str(pot),
            "-d",
            str(I18N),
            "-D",
            DOMAIN,
            "-l",
            language,
            *(["--no-fuzzy-matching", "--ignore-obsolete"] if command == "update" else []),
        )


def build(into: Path = I18N) -> None:
    """Compile the catalogues into ``into``. Each file is written beside its target and
    renamed over it: Qt maps a loaded .qm into memory, and rewriting it in place under a
    running app (or test run) kills that process with a bus error."""
    with tempfile.TemporaryDirectory(dir=into) as folder:
        staging = Path(folder)
        _compile(staging)
        for built in sorted(staging.rglob("*")):
            if built.is_file():
                target = into / built.relative_to(staging)
                target.parent.mkdir(parents=True, exist_ok=True)
                built.replace(target)


def _compile(into: Path) -> None:
    for language in QT_LANGUAGES:
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                "-nounfinished",
                str(ts_path(language)),
                "-qm",
                str(into / qm_path(language).name),
            ],
            cwd=ROOT,
            check=True,
        )
    for language in GETTEXT_LANGUAGES:
        target = into / language / "LC_MESSAGES"
        target.mkdir(parents=True, exist_ok=True)
        _babel(
            "compile",
            "-i",
            str(po_path(language)),
            "-o",
            str(target / f"{DOMAIN}.mo"),
            "-l",
            language,
            "--statistics",
        )


def check() -> list[str]:
    """The compiled files that differ from a fresh build of their sources."""
    stale = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder)
        build(fresh)
        for built in sorted(fresh.rglob("*")):
            if built.is_file():
                committed = I18N / built.relative_to(fresh)
                if not committed.exists() or committed.read_bytes() != built.read_bytes():
                    stale.append(str(committed.relative_to(ROOT)))
    return stale


_PLURAL_SUFFIX = re.compile(r"\((s|es)\)")


def fill_english_plurals(path: Path) -> None:
    """Give every new English plural its two forms by the "(s)" convention ("%n
    member(s)" → "%n member" / "%n members"); forms already written are kept, so an
    irregular one is fixed once by hand in the .ts and stays."""
    text = path.read_text(encoding="utf-8")

    def forms(match: re.Match[str]) -> str:
        source = _unescape(match.group("source"))
        one = _PLURAL_SUFFIX.sub("", source)
        other = _PLURAL_SUFFIX.sub(lambda m: m.group(1), source)
        return (
            f"{match.group('head')}<translation>\n"
            f"            <numerusform>{_escape(one)}</numerusform>\n"
            f"            <numerusform>{_escape(other)}</numerusform>\n"
            f"        </translation>"
        )

    pattern = re.compile(
        # The source is tempered too: a lazy ".*?" would run on past a message whose
        # forms are already written into the next one's unfinished translation.
        r'(?P<head><message numerus="yes">(?:(?!</message>).)*?'
        r"<source>(?P<source>(?:(?!</source>).)*)</source>"
        r"(?:(?!</message>).)*?)"
        r'<translation type="unfinished">(?:(?!</translation>).)*</translation>',
        re.S,
    )
    path.write_text(pattern.sub(forms, text), encoding="utf-8")


def _unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _babel(*arguments: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", *arguments],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update()
        build()
    elif argv == ["build"]:
        build()
    elif argv == ["check"]:
        stale = check()
        for name in stale:
            print(f"out of date: {name} (run: python scripts/translations.py build)")
        return 1 if stale else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
