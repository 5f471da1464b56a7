"""The demo in Dutch: with the process language Dutch, everything a person reads in the
demo is Dutch, while the counts and structure are those of the English demo."""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from reflectdesk.core.formats import load_builtin_formats
from reflectdesk.core.local_text import LocalText
from reflectdesk.demo.build import DEMO_PASSPHRASE, DemoSummary, write_demo
from reflectdesk.demo.dutch import WORDS
from reflectdesk.demo.dutch_notes import DUTCH
from reflectdesk.demo.notes import ENGLISH, Words
from reflectdesk.i18n.texts import current_language, use_language
from reflectdesk.store import notes, sessions
from reflectdesk.store.database import open_store
from reflectdesk.store.groups import list_groups
from reflectdesk.store.responses import list_responses
from reflectdesk.store.vault import unlock

DUTCH_GROUPS = {
    "Balintgroep — huisartsstage blok 2",
    "Gezamenlijke reflectie — cohort Leiden 2026",
    "Intervisie aios huisartsgeneeskunde",
}


@pytest.fixture
def dutch() -> Iterator[None]:
    """The process language Dutch, as `reflectdesk --lang nl demo` sets it; English after."""
    use_language("nl")
    try:
        yield
    finally:
        use_language("en")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _shape(words: Words) -> object:
    """Everything a random draw depends on: how many of each, and how lessons are tagged."""
    return (
        [
            (t.experience, len(t.cases), len(t.situations), [(g, v) for g, _, v in t.lessons])
            for t in words.topics
        ],
        {name: [_fields(item) for item in items] for name, items in words.bank.items()},
        [(gain, verb) for gain, _, verb in words.lessons],
        [line.split(": ", 1)[0] for line in words.bank["actions"]],
    )


def test_dutch_phrase_banks_have_the_english_shape() -> None:
    assert _shape(DUTCH) == _shape(ENGLISH)
    for items in (DUTCH.bank[frame] for frame in ("clause", "intent", "group")):
        assert all(item.endswith(".") for item in items)  # a tail replaces the full stop


def _counts(summary: DemoSummary) -> DemoSummary:
    return replace(summary, path=Path())


def test_small_demo_in_dutch_has_the_english_structure_in_dutch_words(
    tmp_path: Path, dutch: None
) -> None:
    assert current_language() == "nl"
    dutch_summary = write_demo(tmp_path / "nl.db", "small")
    english_summary = write_demo(tmp_path / "en.db", "small", language="en")

    assert _counts(dutch_summary) == _counts(english_summary)
    dutch_names = {
        phase.name.text("nl")
        for fmt in load_builtin_formats()
        for phase in fmt.phases
        if isinstance(phase.name, LocalText)
    }
    english_texts = set(WORDS) - {WORDS[key] for key in WORDS}
    with open_store(tmp_path / "nl.db", for_reading=True) as store:
        unlock(store, DEMO_PASSPHRASE)
        groups = list_groups(store)
        assert {group.name for group in groups} == DUTCH_GROUPS
        assert {group.language for group in groups} == {"nl"}
        for group in groups:
            assert group.setting not in english_texts
            assert group.ground_rules not in english_texts
            for meeting in sessions.list_sessions(store, group.id):
                assert meeting.place not in english_texts
                phases = sessions.session_phases(store, meeting.id)
                assert phases
                assert {phase.name for phase in phases} <= dutch_names
                points = notes.learning_points(store, meeting.id)
                for point in points:
                    assert point.text.split(":")[0] not in ENGLISH.bank["clause"], point.text
                written = "\n".join(note.body for note in notes.private_notes(store, meeting.id))
                if points:
                    assert " de " in written or " het " in written or " een " in written
                    assert "The group" not in written
        texts = [
            text
            for group in groups
            for r in list_responses(store, group_id=group.id)
            for text in r.texts.values()
        ]
    assert texts
    assert not set(texts) & english_texts
    assert any(text in WORDS.values() for text in texts)


def test_the_english_demo_stays_english_whatever_was_asked_before(tmp_path: Path) -> None:
    write_demo(tmp_path / "en.db", "small", language="en")
    with open_store(tmp_path / "en.db", for_reading=True) as store:
        groups = list_groups(store)
    assert "Balint group — GP placement block 2" in {group.name for group in groups}
    assert {group.language for group in groups} == {None}
