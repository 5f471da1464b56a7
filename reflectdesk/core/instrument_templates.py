"""Scoring templates: validated instruments whose items ReflectDesk may not ship.

A template (``resources/questionnaires/templates/``) is a questionnaire file with
``template = true``: the scoring, reverse items, ranges and citation are there, each
item's text is a placeholder ("Item 3: type its text from ..."). The user adds the
instrument by typing the items from their own copy of the paper, in the questionnaire
editor or with ``reflectdesk questionnaires from-template KEY --items FILE`` (one item
per line). Pure Python; the store saves the result as the user's own questionnaire.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reflectdesk.core.errors import InvalidInputError, NotFoundError, words
from reflectdesk.core.local_text import LocalText
from reflectdesk.core.questionnaires import (
    QUESTION_TEXT_MAX_LENGTH,
    QuestionnaireFileError,
    QuestionnaireSpec,
    parse_questionnaire,
)
from reflectdesk.core.shipped import load_shipped

__all__ = ["fill_template", "find_template", "item_lines", "load_templates", "unfilled"]

TEMPLATES_FOLDER = "questionnaires/templates"
# The placeholders the shipped templates use, in English and in Dutch.
_PLACEHOLDER = re.compile(r"^Item \d+: (?:type its text|typ de tekst)")
# "3. ", "3) " or "3 - " before an item typed from a paper's numbered list.
_NUMBERING = re.compile(r"^\s*\d{1,2}\s*[.):-]\s+")


def load_templates() -> list[QuestionnaireSpec]:
    """Every shipped scoring template, in file-name order."""
    return load_shipped(TEMPLATES_FOLDER, parse_questionnaire, QuestionnaireFileError)


def find_template(key: str) -> QuestionnaireSpec:
    """The template ``key``; NotFoundError naming the keys there are."""
    templates = {spec.key: spec for spec in load_templates()}
    if key not in templates:
        message = words().gettext('There is no scoring template "{key}"; there are: {known}.')
        raise NotFoundError(message.format(key=key, known=", ".join(templates)))
    return templates[key]


def _placeholder(text: str) -> bool:
    texts = text.texts.values() if isinstance(text, LocalText) else (text,)
    return any(_PLACEHOLDER.match(one) for one in texts)


def unfilled(spec: QuestionnaireSpec) -> list[str]:
    """The keys of the items whose text is still a template's placeholder."""
    return [q.key for q in spec.questions if _placeholder(q.text)]


def item_lines(text: str) -> list[str]:
    """The items in a text typed or pasted from a paper: one per non-blank line, a
    leading number ("3." or "3)") taken off."""
    lines = (line.strip() for line in text.splitlines())
    return [_NUMBERING.sub("", line, count=1).strip() for line in lines if line]


def fill_template(template: QuestionnaireSpec, items: list[str]) -> QuestionnaireSpec:
    """``template`` with its items' texts, in order: a questionnaire of the user's own
    (no longer a template). InvalidInputError when the count or a text does not fit."""
    questions = template.questions
    if len(items) != len(questions):
        message = words().ngettext(
            "{template} has {count} item; the file gives {given}, one per line.",
            "{template} has {count} items; the file gives {given}, one per line.",
            len(questions),
        )
        raise InvalidInputError(
            "items",
            message.format(template=template.key, count=len(questions), given=len(items)),
        )
    for number, text in enumerate(items, start=1):
        if len(text) > QUESTION_TEXT_MAX_LENGTH or _placeholder(text):
            message = words().ngettext(
                "Item {number} is not an item's text from the paper, or is longer than "
                "{limit} character.",
                "Item {number} is not an item's text from the paper, or is longer than "
                "{limit} characters.",
                QUESTION_TEXT_MAX_LENGTH,
            )
            raise InvalidInputError(
                "items", message.format(number=number, limit=QUESTION_TEXT_MAX_LENGTH)
            )
    filled = tuple(
        replace(question, text=text) for question, text in zip(questions, items, strict=True)
    )
    return replace(template, questions=filled, template=False, version=1)
