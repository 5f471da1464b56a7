"""Notes as plain records: the checks on typed text, the built-in themes and their order."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from reflectdesk.core.errors import InvalidInputError
from reflectdesk.core.model import ThemeKind
from reflectdesk.core.notes import (
    BUILTIN_THEMES,
    ActionDraft,
    LearningPointDraft,
    PrivateNoteRecord,
    PrivateText,
    ThemeRecord,
    check_theme_name_free,
    clean_action_draft,
    clean_learning_point_draft,
    clean_private_text,
    clean_theme_name,
    theme_sort_key,
)

GREEK = "Η φοιτήτρια φάνηκε αναστατωμένη μετά τη βάρδια."
TURKISH = "İlker'in ıslak gözleri; şüpheli, öğrenci çok üzgündü."
DUTCH = "IJsbrand vond het gesprek met de coassistent één keer te snel."


def test_private_text_keeps_lines_and_scripts() -> None:
    text = PrivateText(title="  Nach  der\tSitzung ", body=f"{GREEK}\r\n\n{TURKISH}\r{DUTCH}\n  ")

    clean = clean_private_text(text)

    assert clean.title == "Nach der Sitzung"
    assert clean.body == f"{GREEK}\n\n{TURKISH}\n{DUTCH}"


def test_private_text_is_normalised_to_nfc() -> None:
    decomposed = "e\u0301e\u0301n"  # "één" typed with combining accents

    assert clean_private_text(PrivateText(body=decomposed)).body == "één"


def test_private_text_may_be_empty() -> None:
    assert clean_private_text(PrivateText()) == PrivateText("", "")


def test_a_ten_thousand_character_note_is_fine_and_the_limit_is_20000() -> None:
    assert len(clean_private_text(PrivateText(body="ü" * 10_000)).body) == 10_000
    assert len(clean_private_text(PrivateText(body="x" * 20_000)).body) == 20_000

    with pytest.raises(InvalidInputError) as caught:
        clean_private_text(PrivateText(body="x" * 20_001))

    assert caught.value.field == "body"
    assert "20,001" in str(caught.value)
    assert "20,000" in str(caught.value)


def test_a_long_title_is_refused() -> None:
    with pytest.raises(InvalidInputError) as caught:
        clean_private_text(PrivateText(title="t" * 201))

    assert caught.value.field == "title"


def test_private_words_stay_out_of_repr() -> None:
    text = PrivateText(title="Patient X", body="seemed distressed")
    record = PrivateNoteRecord(
        id="n1",
        session_id="s1",
        group_id="g1",
        person_id=None,
        person_name=None,
        title="Patient X",
        body="seemed distressed",
        created_at=datetime(2026, 2, 3, tzinfo=UTC),
        updated_at=datetime(2026, 2, 3, tzinfo=UTC),
    )

    for shown in (repr(text), repr(record), str(record)):
        assert "Patient X" not in shown
        assert "distressed" not in shown
    assert record.text == text


def test_learning_point_is_one_line_of_at_most_500_characters() -> None:
    draft = LearningPointDraft(f"  {TURKISH}\n{DUTCH} ", shareable=True, theme_ids=("a", "b", "a"))

    clean = clean_learning_point_draft(draft)

    assert clean == LearningPointDraft(f"{TURKISH} {DUTCH}", True, ("a", "b"))
    assert clean_learning_point_draft(LearningPointDraft("ä" * 500)).text == "ä" * 500
    with pytest.raises(InvalidInputError, match="limit is 500"):
        clean_learning_point_draft(LearningPointDraft("ä" * 501))
    with pytest.raises(InvalidInputError, match="cannot be empty") as caught:
        clean_learning_point_draft(LearningPointDraft(" \n "))
    assert caught.value.field == "text"


def test_action_text_limit_owner_and_due_date() -> None:
    clean = clean_action_draft(
        ActionDraft(" Bel  de  opleider ", owner_id="", due_on=date(2026, 3, 1))
    )

    assert clean == ActionDraft("Bel de opleider", None, date(2026, 3, 1))
    assert clean_action_draft(ActionDraft("x" * 300)).text == "x" * 300
    with pytest.raises(InvalidInputError, match="limit is 300"):
        clean_action_draft(ActionDraft("x" * 301))
    with pytest.raises(ValueError, match="must be a date"):
        clean_action_draft(ActionDraft("x", due_on=datetime(2026, 3, 1, tzinfo=UTC)))


def test_theme_names_are_required_and_short() -> None:
    assert clean_theme_name("  Ethiek  en  recht ") == "Ethiek en recht"
    assert clean_theme_name("ş" * 80) == "ş" * 80
    with pytest.raises(InvalidInputError, match="limit is 80"):
        clean_theme_name("ş" * 81)
    with pytest.raises(InvalidInputError, match="cannot be empty"):
        clean_theme_name("\t")


def test_builtin_themes_are_the_study_s_four_and_six_with_unique_keys() -> None:
    kinds = [definition.kind for definition in BUILTIN_THEMES]

    assert kinds.count(ThemeKind.EXPERIENCE) == 4
    assert kinds.count(ThemeKind.LEARNING_GAIN) == 6
    assert len({definition.key for definition in BUILTIN_THEMES}) == 10
    assert len({definition.name for definition in BUILTIN_THEMES}) == 10
    assert all(definition.key.startswith("crs-") for definition in BUILTIN_THEMES)
    assert all(len(definition.name) <= 80 for definition in BUILTIN_THEMES)


def test_theme_order_experience_first_builtins_in_study_order_then_by_name() -> None:
    first, second = BUILTIN_THEMES[0], BUILTIN_THEMES[1]
    gain = BUILTIN_THEMES[4]
    keys = [
        theme_sort_key("user-2", "zorg", ThemeKind.EXPERIENCE),
        theme_sort_key(gain.key, gain.name, gain.kind),
        theme_sort_key("user-1", "Ärger", ThemeKind.EXPERIENCE),
        theme_sort_key(second.key, second.name, second.kind),
        theme_sort_key("user-3", "Aaa", ThemeKind.LEARNING_GAIN),
        theme_sort_key(first.key, first.name, first.kind),
    ]

    ordered = [key[-1] for key in sorted(keys)]

    assert ordered == [first.key, second.key, "user-1", "user-2", gain.key, "user-3"]


def test_a_second_theme_with_the_same_name_is_refused_within_its_kind() -> None:
    existing = [
        ThemeRecord("t1", "user-1", "Zelfregulatie", ThemeKind.LEARNING_GAIN, False, False),
        ThemeRecord("t2", "user-2", "Öfke", ThemeKind.EXPERIENCE, False, True),
    ]

    with pytest.raises(InvalidInputError, match="already a theme"):
        check_theme_name_free("ZELFREGULATIE", ThemeKind.LEARNING_GAIN, existing)
    with pytest.raises(InvalidInputError, match="archived; restore it"):
        check_theme_name_free("ofke", ThemeKind.EXPERIENCE, existing)
    check_theme_name_free("Zelfregulatie", ThemeKind.EXPERIENCE, existing)
    check_theme_name_free("zelfregulatie", ThemeKind.LEARNING_GAIN, existing, except_id="t1")
