"""The identifiable-detail check of an export: the note text it is about to write, the
likely patient identifiers in that text (reflectdesk.core.identifiers), and which of them
the facilitator already chose to keep.

A finding kept before (store.privacy_overrides, in any context: sharing the point, or an
earlier export) does not stand again. Every export that carries note text runs
:func:`check_texts` on exactly the texts it writes and refuses with
:class:`IdentifiersFoundError` while a finding stands, unless the caller passes the
facilitator's decisions (``kept``, from the app's review) or ``keep_identifiers``
(``--keep-identifiers`` on the command line).

Nothing here logs or stores the text: overrides keep only a digest of the matched text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from reflectdesk.core.errors import ReflectDeskError, words
from reflectdesk.core.identifiers import Finding, describe, find_identifiers
from reflectdesk.core.notes import ActionRecord, LearningPointRecord
from reflectdesk.store import notes, privacy_overrides, settings
from reflectdesk.store.database import Store
from reflectdesk.store.errors import StoreError
from reflectdesk.store.privacy_overrides import KeptFinding, OverrideContext

__all__ = [
    "IdentifierCheck",
    "IdentifiersFoundError",
    "KeptFinding",
    "NoteField",
    "NoteText",
    "StandingFinding",
    "action_texts",
    "check_texts",
    "point_texts",
    "private_texts",
    "record_kept",
    "refuse_standing",
]


class NoteField(StrEnum):
    """Which kind of note a text is."""

    LEARNING_POINT = "learning point"
    ACTION = "action"
    PRIVATE_NOTE = "private note"


@dataclass(frozen=True, slots=True)
class NoteText:
    """One text an export writes: the note it is, the session it belongs to, and the
    text as checked (a private note's title and body, one line each)."""

    field: NoteField
    note_id: str
    session_id: str | None
    # The text is left out of repr so that it never reaches a log by accident.
    text: str = dataclasses.field(repr=False)
    title: str = dataclasses.field(default="", repr=False)  # a private note's title


@dataclass(frozen=True, slots=True)
class StandingFinding:
    """A finding nobody has kept yet, and the text it is in."""

    source: NoteText
    finding: Finding

    def describe(self) -> str:
        """One line for a message: what it looks like, the matched text, and where."""
        texts = words()
        field = {
            NoteField.LEARNING_POINT: texts.gettext("learning point"),
            NoteField.ACTION: texts.gettext("action"),
            NoteField.PRIVATE_NOTE: texts.gettext("private note"),
        }[self.source.field]
        if self.source.session_id is not None:
            line = texts.gettext('{kind} "{text}" in the {field} {note} of session {session}')
        else:
            line = texts.gettext('{kind} "{text}" in the {field} {note}')
        return line.format(
            kind=describe(self.finding.kind),
            text=self.finding.text,
            field=field,
            note=self.source.note_id,
            session=self.source.session_id,
        )


@dataclass(frozen=True, slots=True)
class IdentifierCheck:
    """The texts checked, every finding in each (same order), and those still standing."""

    texts: tuple[NoteText, ...]
    found: tuple[tuple[Finding, ...], ...]
    standing: tuple[StandingFinding, ...]
    place_names: tuple[str, ...]

    def kept_before(self, note_id: str | None, finding: Finding) -> bool:
        """True for a finding in these texts that was kept before this check."""
        return not any(
            item.source.note_id == note_id and _same(item.finding, finding)
            for item in self.standing
        )

    def remaining(self, kept: Iterable[KeptFinding] = ()) -> tuple[StandingFinding, ...]:
        """The standing findings the facilitator's decisions ``kept`` do not cover."""
        decided = {(item.note_id, item.finding.kind, item.finding.text) for item in kept}
        return tuple(
            item
            for item in self.standing
            if (item.source.note_id, item.finding.kind, item.finding.text) not in decided
        )


class IdentifiersFoundError(ReflectDeskError):
    """An export was refused: its text holds likely identifiers nobody has kept."""

    code = "identifiers_found"

    def __init__(self, findings: Sequence[StandingFinding]) -> None:
        count = len(findings)
        super().__init__(
            words()
            .ngettext(
                "Nothing was written: the text to export holds {n} likely patient identifier "
                "that nobody has looked at.",
                "Nothing was written: the text to export holds {n} likely patient identifiers "
                "that nobody has looked at.",
                count,
            )
            .format(n=count),
            count=count,
        )
        self.findings = tuple(findings)


def _same(one: Finding, other: Finding) -> bool:
    # Known by kind and matched text, not position, as in the app's review.
    return (one.kind, one.text) == (other.kind, other.text)


def check_texts(store: Store, texts: Sequence[NoteText]) -> IdentifierCheck:
    """Find likely identifiers in ``texts``; those kept before (same note, kind and
    matched text, by digest) do not stand."""
    names = settings.place_names(store)
    found = tuple(tuple(find_identifiers(item.text, place_names=names)) for item in texts)
    kept = privacy_overrides.KeptBefore(store, [item.note_id for item in texts])
    standing = tuple(
        StandingFinding(item, finding)
        for item, findings in zip(texts, found, strict=True)
        for finding in findings
        if not kept(item.note_id, finding.kind, finding.text)
    )
    return IdentifierCheck(tuple(texts), found, standing, names)


def refuse_standing(
    check: IdentifierCheck, kept: Iterable[KeptFinding], keep_identifiers: bool
) -> None:
    """Raise IdentifiersFoundError while findings stand that neither ``kept`` covers nor
    ``keep_identifiers`` lets through."""
    if keep_identifiers:
        return
    remaining = check.remaining(kept)
    if remaining:
        raise IdentifiersFoundError(remaining)


def record_kept(store: Store, kept: Collection[KeptFinding]) -> None:
    """Record the facilitator's decisions to keep findings in an export as written, so
    they are not asked about again."""
    privacy_overrides.record_overrides(store, OverrideContext.EXPORT, kept)


# --- what an export carries -------------------------------------------------------------


def point_texts(points: Iterable[LearningPointRecord]) -> list[NoteText]:
    return [NoteText(NoteField.LEARNING_POINT, p.id, p.session_id, p.text) for p in points]


def action_texts(actions: Iterable[ActionRecord]) -> list[NoteText]:
    return [NoteText(NoteField.ACTION, a.id, a.session_id, a.text) for a in actions]


def private_texts(store: Store, session_id: str) -> list[NoteText]:
    """A session's private notes, title and body; none while they cannot be read (the
    vault locked): then the export cannot include them either and says so itself."""
    try:
        private = notes.private_notes(store, session_id)
    except StoreError:
        return []
    return [
        NoteText(
            NoteField.PRIVATE_NOTE,
            note.id,
            session_id,
            "\n".join(part for part in (note.title, note.body) if part),
            note.title,
        )
        for note in private
    ]
