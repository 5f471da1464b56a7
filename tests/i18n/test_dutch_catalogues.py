"""The Dutch catalogues are complete and keep what the code fills in: every message
finished, every placeholder and mnemonic of the English still there, every gettext
message translated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.pofile import read_po

I18N = Path(__file__).resolve().parents[2] / "resources/i18n"
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def _mnemonics(text: str) -> int:
    return text.replace("&&", "").replace("&amp;&amp;", "").count("&")


def test_every_ui_message_has_a_dutch_translation_with_its_placeholders() -> None:
    problems = []
    for context in ET.parse(I18N / "reflectdesk_nl.ts").getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            if translation.get("type") is not None or not all(f.strip() for f in forms):
                problems.append(f"{name}: unfinished: {source!r}")
                continue
            for form in forms:
                if _placeholders(form) != _placeholders(source):
                    problems.append(f"{name}: placeholders differ: {source!r} → {form!r}")
                if min(_mnemonics(source), 1) != min(_mnemonics(form), 1):
                    problems.append(f"{name}: mnemonic lost or added: {source!r} → {form!r}")
    assert problems == []


def test_every_message_made_without_qt_has_a_dutch_translation() -> None:
    with (I18N / "nl/LC_MESSAGES/reflectdesk.po").open("rb") as file:
        catalog = read_po(file, locale="nl")
    problems = []
    for message in catalog:
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(forms) or message.fuzzy:
            problems.append(f"untranslated: {sources[0]!r}")
            continue
        wanted = set().union(*(_placeholders(s) for s in sources))
        if any(_placeholders(form) - wanted for form in forms):
            problems.append(f"unknown placeholder: {sources[0]!r} → {forms!r}")
    assert len(catalog) > 100
    assert problems == []
