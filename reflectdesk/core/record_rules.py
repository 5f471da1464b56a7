"""The rules a stored record obeys, per table and field: what an archive row must satisfy
before it is written, the same limits, types, ranges and text hygiene as the forms and
the definition files (through core/validation and the limits they use).

A field without a rule here still gets the column's own checks where archive rows are
read (its type, SQLite's 64-bit integers, the column's length, text hygiene).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from reflectdesk.core.debrief import DEBRIEF_ANSWER_MAX_LENGTH, NEXT_PRESENTER_MAX_LENGTH
from reflectdesk.core.errors import InvalidInputError, words
from reflectdesk.core.limits import (
    CARD_TEXT_MAX_LENGTH,
    CARDS_MAX,
    CUE_MAX_LENGTH,
    DESCRIPTION_MAX_LENGTH,
    KEY_MAX_LENGTH,
    KEY_PATTERN,
    MAX_PLANNED_SESSIONS,
    NAME_MAX_LENGTH,
    PHASE_NAME_MAX_LENGTH,
    PHASE_SECONDS_MAX,
    PHASE_SECONDS_MIN,
    PHASES_MAX,
    SETTING_MAX_LENGTH,
)
from reflectdesk.core.local_text import stored_tables, texts_problem
from reflectdesk.core.model import (
    AttendanceStatus,
    ClockEventKind,
    NoteKind,
    QuestionKind,
    Role,
    SessionStatus,
    ThemeKind,
)
from reflectdesk.core.notes import (
    PRIVATE_BODY_MAX_LENGTH,
    PRIVATE_TITLE_MAX_LENGTH,
    THEME_NAME_MAX_LENGTH,
)
from reflectdesk.core.questionnaires import QUESTION_TEXT_MAX_LENGTH, QUESTIONS_MAX
from reflectdesk.core.sessions import PLACE_MAX_LENGTH, TITLE_MAX_LENGTH
from reflectdesk.core.validation import (
    LONG_TEXT_MAX_LENGTH,
    check_number,
    check_text,
    check_whole_number,
)
from reflectdesk.core.vault_crypto import KDF_ITERATIONS_MAX, KDF_LANES_MAX, KDF_MEMORY_KIB_MAX
from reflectdesk.i18n.languages import LANGUAGES

# A rule checks one field's value (already of the column's Python type) and raises
# InvalidInputError; the label in its message is "field NAME".
Rule = Callable[[object, str], object]

# Seconds into a session a clock can reach: a week covers any session left running.
ELAPSED_MAX = 7 * 24 * 60 * 60
# Sizes of the vault's binary fields, in bytes (a salt of 16, a wrapped key of 60).
VAULT_BYTES_MAX = 1024


def _label(field: str) -> str:
    return words().gettext("field {field}").format(field=field)


def name(max_length: int = NAME_MAX_LENGTH) -> Rule:
    """A required name: no hidden or bidirectional characters, at most ``max_length``."""
    return lambda value, field: check_text(
        value, field=field, label=_label(field), max_length=max_length, required=True, name=True
    )


def line(max_length: int) -> Rule:
    return lambda value, field: check_text(
        value, field=field, label=_label(field), max_length=max_length
    )


def long_text(max_length: int = LONG_TEXT_MAX_LENGTH) -> Rule:
    return lambda value, field: check_text(
        value, field=field, label=_label(field), max_length=max_length, multiline=True
    )


def whole(low: int, high: int) -> Rule:
    return lambda value, field: check_whole_number(
        value, field=field, label=_label(field), low=low, high=high
    )


def number(low: float, high: float) -> Rule:
    return lambda value, field: check_number(
        value, field=field, label=_label(field), low=low, high=high
    )


def one_of(kind: type[StrEnum]) -> Rule:
    choices = tuple(member.value for member in kind)

    def check(value: object, field: str) -> object:
        if value not in choices:
            listed = ", ".join(choices)
            message = words().gettext("{label} must be one of {listed}.")
            raise InvalidInputError(field, message.format(label=_label(field), listed=listed))
        return value

    return check


def key(value: object, field: str) -> object:
    if not isinstance(value, str) or not KEY_PATTERN.fullmatch(value):
        message = words().gettext("{label} must be 3 to 60 lowercase letters, digits and hyphens.")
        raise InvalidInputError(field, message.format(label=_label(field)))
    return value


def optional(rule: Rule) -> Rule:
    return lambda value, field: None if value is None else rule(value, field)


def kdf_params(value: object, field: str) -> object:
    """The vault's Argon2id costs (JSON), within bounds that no archive can stretch."""
    try:
        data = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        data = None
    names = ("memory_kib", "iterations", "lanes")
    if not isinstance(data, dict) or set(data) != set(names):
        message = words().gettext("{label} must list {names}.")
        raise InvalidInputError(field, message.format(label=_label(field), names=", ".join(names)))
    lanes = whole(1, KDF_LANES_MAX)(data["lanes"], f"{field}.lanes")
    assert isinstance(lanes, int)
    whole(8 * lanes, KDF_MEMORY_KIB_MAX)(data["memory_kib"], f"{field}.memory_kib")
    whole(1, KDF_ITERATIONS_MAX)(data["iterations"], f"{field}.iterations")
    return value


def size(max_bytes: int) -> Rule:
    def check(value: object, field: str) -> object:
        if isinstance(value, bytes) and len(value) > max_bytes:
            texts = words()
            message = texts.gettext("{label} is {size} bytes; the limit is {limit}.")
            raise InvalidInputError(
                field,
                message.format(
                    label=_label(field),
                    size=texts.integer(len(value)),
                    limit=texts.integer(max_bytes),
                ),
            )
        return value

    return check


def language(value: object, field: str) -> object:
    if value not in LANGUAGES:
        listed = ", ".join(LANGUAGES)
        raise InvalidInputError(field, f"{_label(field)} must be one of {listed}.")
    return value


def local_texts(value: object, field: str) -> object:
    """A row's local texts (core/local_text.py): JSON of texts per language, each text
    as clean as any other stored text."""
    problem = texts_problem(value)
    if problem is not None:
        raise InvalidInputError(field, f"{_label(field)} {problem}.")
    assert isinstance(value, str)
    for name, code, text in stored_tables(value):
        where = f"{field}.{name}.{code}"
        check_text(
            text,
            field=field,
            label=_label(where),
            max_length=LONG_TEXT_MAX_LENGTH,
            multiline=True,
        )
    return value


_TEXTS = {"texts": optional(local_texts)}
_POSITION = whole(0, 10_000)
_PHASE = {
    "position": whole(0, PHASES_MAX),
    "name": name(PHASE_NAME_MAX_LENGTH),
    "planned_seconds": whole(PHASE_SECONDS_MIN, PHASE_SECONDS_MAX),
    "role_cue": long_text(CUE_MAX_LENGTH),
    "deck_key": optional(key),
}
_DEFINITION = {
    "key": key,
    "name": name(),
    "description": long_text(DESCRIPTION_MAX_LENGTH),
    **_TEXTS,
}

RULES: Mapping[str, Mapping[str, Rule]] = {
    "groups": {
        "name": name(),
        "setting": line(SETTING_MAX_LENGTH),
        "planned_sessions": whole(1, MAX_PLANNED_SESSIONS),
        "attendance_required": optional(whole(0, MAX_PLANNED_SESSIONS)),
        "ground_rules": long_text(),
        "language": optional(language),
    },
    "programmes": {"name": name(), "description": long_text(DESCRIPTION_MAX_LENGTH)},
    "persons": {"display_name": name(), "family_name": line(NAME_MAX_LENGTH)},
    "memberships": {"role": one_of(Role)},
    "formats": {**_DEFINITION, "family": line(40), "position": _POSITION},
    "format_phases": {**_PHASE, **_TEXTS},
    "decks": _DEFINITION,
    "cards": {
        "position": whole(0, CARDS_MAX),
        "title": line(TITLE_MAX_LENGTH),
        "body": long_text(CARD_TEXT_MAX_LENGTH),
        **_TEXTS,
    },
    "sessions": {
        "title": line(TITLE_MAX_LENGTH),
        "place": line(PLACE_MAX_LENGTH),
        "status": one_of(SessionStatus),
        "debrief_went_well": long_text(DEBRIEF_ANSWER_MAX_LENGTH),
        "debrief_differently": long_text(DEBRIEF_ANSWER_MAX_LENGTH),
        "debrief_next_presenter": line(NEXT_PRESENTER_MAX_LENGTH),
    },
    "session_phases": {
        **_PHASE,
        "actual_start": optional(number(0, ELAPSED_MAX)),
        "actual_end": optional(number(0, ELAPSED_MAX)),
    },
    "clock_events": {
        "seq": whole(0, 1_000_000),
        "kind": one_of(ClockEventKind),
        "elapsed": number(0, ELAPSED_MAX),
        "amount_seconds": optional(whole(-PHASE_SECONDS_MAX, PHASE_SECONDS_MAX)),
    },
    "attendance": {
        "status": one_of(AttendanceStatus),
        "minutes_missed": optional(whole(0, ELAPSED_MAX // 60)),
    },
    "notes": {
        "kind": one_of(NoteKind),
        "title": line(PRIVATE_TITLE_MAX_LENGTH),
        "body": long_text(PRIVATE_BODY_MAX_LENGTH),
    },
    "themes": {"key": key, "name": name(THEME_NAME_MAX_LENGTH), "kind": one_of(ThemeKind)},
    "questionnaires": {
        **_DEFINITION,
        "version": whole(1, 1_000_000),
        "purpose": line(40),
    },
    "questions": {
        "position": whole(0, QUESTIONS_MAX),
        # Items keep the key they had in older forms ("q1"): any short word will do.
        "key": name(KEY_MAX_LENGTH),
        "text": long_text(QUESTION_TEXT_MAX_LENGTH),
        "kind": one_of(QuestionKind),
        "scale_points": optional(whole(2, 11)),
        "labels": optional(long_text()),
        **_TEXTS,
    },
    "responses": {"timepoint": line(20), "respondent_code": optional(line(40))},
    "answers": {"value": optional(whole(1, 11)), "text": long_text()},
    "vault": {
        "format_version": whole(1, 1000),
        "kdf": line(20),
        "kdf_params": kdf_params,
        "salt": size(VAULT_BYTES_MAX),
        "wrapped_key": size(VAULT_BYTES_MAX),
        "recovery_wrapped_key": optional(size(VAULT_BYTES_MAX)),
    },
}


def check_record(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """``row`` with its texts as stored (NFC), or InvalidInputError naming the first field
    of ``table`` that breaks a rule (its ``field`` is the column's name)."""
    rules = RULES.get(table, {})
    checked = dict(row)
    for field, value in row.items():
        rule = rules.get(field)
        if rule is not None:
            checked[field] = rule(value, field)
    return checked
