"""English's counted phrases: every numerus message of the English catalogue has its
singular and plural written out, so the window never shows "member(s)"."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

ENGLISH = Path(__file__).resolve().parents[2] / "resources/i18n/reflectdesk_en.ts"


def test_every_english_numerus_message_is_finished_without_brackets() -> None:
    problems = []
    messages = ET.parse(ENGLISH).getroot().iter("message")
    counted = [message for message in messages if message.get("numerus") == "yes"]
    for message in counted:
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"unfinished: {source}")
        elif len(forms) != 2 or not all(forms):
            problems.append(f"not two forms: {source}")
        elif any("(s)" in form or "(es)" in form for form in forms):
            problems.append(f"brackets left: {forms}")
        elif "%n" not in forms[0] + forms[1]:
            problems.append(f"no count: {forms}")
    assert counted, "the English catalogue holds the counted phrases"
    assert problems == []
