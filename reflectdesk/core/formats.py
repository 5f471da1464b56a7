"""Session formats: the phased agendas a facilitator runs, read from and written to TOML.

A format file is small and meant to be edited by hand (the schema is described in
``resources/formats/SCHEMA.md``). Reading one collects every problem at once, each with
its field path and the line it sits on, so whoever edits a file in a text editor can fix
all their typos in one pass instead of one error at a time. The machinery for that, shared
with other hand-edited files, is in ``tomlfile.py``; this module holds what a format is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from reflectdesk.core.definitions import (
    DefinitionKind,
    close_file,
    item_start,
    open_file,
    tidy_header,
    tidy_text,
)
from reflectdesk.core.errors import N_
from reflectdesk.core.limits import (
    CUE_MAX_LENGTH,
    KEY_PATTERN,
    MINUTES_MAX,
    MINUTES_MIN,
    PHASE_NAME_MAX_LENGTH,
    PHASES_MAX,
)
from reflectdesk.core.local_text import keep_languages
from reflectdesk.core.tomlfile import FieldChecker, FileProblem, FileProblemsError
from reflectdesk.core.tomlwrite import toml_local, toml_string

# Problems were FormatProblem before other kinds of file shared the class; existing imports
# and isinstance checks keep working.
FormatProblem = FileProblem

__all__ = [
    "FAMILIES",
    "FORMATS",
    "KEY_PATTERN",
    "SCHEMA_VERSION",
    "FormatDefinition",
    "FormatFileError",
    "FormatProblem",
    "PhaseDefinition",
    "dump_format",
    "load_builtin_formats",
    "parse_format",
    "picker_order",
]

SCHEMA_VERSION = 1

# Families in the order a facilitator expects them in a picker.
FAMILIES: tuple[str, ...] = (
    "balint",
    "collaborative-reflection",
    "intervision",
    "co-creation",
    "check-in-out",
    "custom",
)


TOP_LEVEL_FIELDS = ("schema", "key", "name", "family", "description", "phases")
PHASE_FIELDS = ("name", "minutes", "cue", "deck")


@dataclass(frozen=True, slots=True)
class PhaseDefinition:
    """One timed step of a format, with an optional role cue and suggested prompt deck."""

    name: str
    minutes: int
    cue: str = ""
    deck: str | None = None


@dataclass(frozen=True, slots=True)
class FormatDefinition:
    """A whole format as read from a file: what a session is planned from."""

    key: str
    name: str
    family: str
    description: str
    phases: tuple[PhaseDefinition, ...]

    @property
    def total_minutes(self) -> int:
        return sum(phase.minutes for phase in self.phases)


class FormatFileError(FileProblemsError):
    """A format file that cannot be used; ``problems`` lists everything wrong with it."""

    code = "format_file"
    kind = N_("format file")
    note = N_("phases are numbered from 1")


def _phase(check: FieldChecker, index: int, table: dict[str, Any]) -> PhaseDefinition | None:
    """Phase number ``index + 1``; None if it has any problem."""
    before, prefix = item_start(check, "phases", index, table, known=PHASE_FIELDS)
    name = check.local_text(
        prefix + "name", table.get("name"), limit=PHASE_NAME_MAX_LENGTH, required=True
    )
    minutes = check.integer(
        prefix + "minutes", table.get("minutes"), minimum=MINUTES_MIN, maximum=MINUTES_MAX
    )
    cue = check.local_text(prefix + "cue", table.get("cue"), limit=CUE_MAX_LENGTH, required=False)
    deck = check.key(prefix + "deck", table.get("deck"), example="balint-leader", required=False)
    if len(check.problems) > before or minutes is None:
        return None
    return PhaseDefinition(name=name, minutes=minutes, cue=cue, deck=deck or None)


def parse_format(text: str, source: str = "<format>") -> FormatDefinition:
    """Read one format file; raise FormatFileError listing every problem found.

    Text fields are trimmed of surrounding white space; nothing else is changed.
    """
    data, check, (key, name, description) = open_file(
        text,
        source,
        FormatFileError,
        fields=TOP_LEVEL_FIELDS,
        version=SCHEMA_VERSION,
        what=N_("format"),
        key_example="balint-one-case",
    )
    family = check.choice("family", data.get("family"), choices=FAMILIES)
    phases = check.tables(
        "phases",
        data.get("phases"),
        partial(_phase, check),
        contents=N_("a name and minutes"),
        limit=PHASES_MAX,
    )
    close_file(check, FormatFileError, source)
    return FormatDefinition(
        key=key,
        name=name,
        family=family,
        description=description,
        phases=tuple(phases),
    )


def dump_format(fmt: FormatDefinition) -> str:
    """The TOML text of a format, such that ``parse_format(dump_format(fmt)) == fmt``
    for any valid format (one whose text fields have no surrounding white space)."""
    out = [
        f"schema = {SCHEMA_VERSION}",
        f"key = {toml_string(fmt.key)}",
        *toml_local("name", fmt.name),
        f"family = {toml_string(fmt.family)}",
    ]
    if fmt.description:
        out += toml_local("description", fmt.description, multiline=True)
    for phase in fmt.phases:
        out += ["", "[[phases]]", *toml_local("name", phase.name)]
        out.append(f"minutes = {int(phase.minutes)}")
        if phase.cue:
            out += toml_local("cue", phase.cue)
        if phase.deck is not None:
            out.append(f"deck = {toml_string(phase.deck)}")
    return "\n".join(out) + "\n"


# --- Built-in formats -------------------------------------------------------------------


def picker_order(fmt: FormatDefinition) -> tuple[int, str, str]:
    """Sort key: by family in the order of FAMILIES (unknown last), then by name."""
    family = FAMILIES.index(fmt.family) if fmt.family in FAMILIES else len(FAMILIES)
    return (family, fmt.name.casefold(), fmt.key)


def tidy_format(definition: FormatDefinition) -> FormatDefinition:
    """As saved from an editor: NFC text without surrounding space; an empty deck is none."""
    return tidy_header(
        definition,
        phases=tuple(
            PhaseDefinition(
                name=keep_languages(tidy_text, phase.name),
                minutes=phase.minutes,
                cue=keep_languages(tidy_text, phase.cue),
                deck=tidy_text(phase.deck or "") or None,
            )
            for phase in definition.phases
        ),
    )


FORMATS: DefinitionKind[FormatDefinition] = DefinitionKind(
    noun="format",
    parse=parse_format,
    dump=dump_format,
    error=FormatFileError,
    tidy=tidy_format,
    order=picker_order,
)


# Every format shipped in resources/formats (see DefinitionKind.builtins).
load_builtin_formats = FORMATS.builtins
