"""Scoring templates: reading typed items, filling a template, telling placeholders."""

from __future__ import annotations

import pytest

from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.instrument_templates import (
    fill_template,
    find_template,
    item_lines,
    load_templates,
    unfilled,
)


def test_items_typed_from_a_numbered_list() -> None:
    assert item_lines("1. First\n\n 2) Second \n3 - Third\nFourth, no number\n") == [
        "First",
        "Second",
        "Third",
        "Fourth, no number",
    ]


def test_a_template_is_filled_in_order_and_stops_being_one() -> None:
    template = find_template("jefferson-empathy-hp")
    assert unfilled(template) == [q.key for q in template.questions]
    filled = fill_template(template, [f"Statement {n}" for n in range(1, 21)])
    assert not filled.template and unfilled(filled) == []
    assert filled.scores == template.scores and filled.source == template.source
    assert [q.reverse_coded for q in filled.questions] == [
        q.reverse_coded for q in template.questions
    ]


def test_wrong_counts_placeholders_and_unknown_keys_are_refused() -> None:
    template = find_template("uwes-9")
    with pytest.raises(InvalidInputError, match="uwes-9 has 9 items; the file gives 8"):
        fill_template(template, ["x"] * 8)
    with pytest.raises(InvalidInputError, match="Item 2 is not an item's text"):
        fill_template(template, ["x", "Item 2: type its text from the paper", *["y"] * 7])
    with pytest.raises(NotFoundError, match="uwes-9"):
        find_template("gras")
    assert {spec.key for spec in load_templates()} == {"jefferson-empathy-hp", "uwes-9"}
