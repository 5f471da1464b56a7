"""The leader log: what the window and the command line both do with it.

A leader (usually the app's own user) is named by their display name as their groups
know them; :func:`leader_log` gathers their finished sessions across groups, their hand
entries, the totals, and, for a chosen accrediting body, the progress against each of
its requirements in plain words ("Co-led 14 of 20 sessions: 6 to go"). The bodies'
thresholds are data files (resources/accreditation/*.toml); a requirement the app
cannot count (a supervisor's written report) is a manual item the leader ticks
(:func:`set_requirement_done`).

Everything here is plain frozen dataclasses; the signatures are kept stable for the
window (add, never rename).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reflectdesk.core.accreditation import (
    AccreditationBody,
    CountKind,
    Progress,
    body_by_key,
    load_bodies,
    progress,
)
from reflectdesk.core.errors import ReflectDeskError, words
from reflectdesk.core.leader_entries import EntryDraft
from reflectdesk.core.leader_log import LedSession, LogEntry, LogTotals, leader_key, totals
from reflectdesk.core.leader_report import LeaderLog, RequirementLine
from reflectdesk.core.local_text import localized
from reflectdesk.i18n.texts import Texts
from reflectdesk.operations.export_language import export_texts
from reflectdesk.store import leader_log as stored
from reflectdesk.store import settings
from reflectdesk.store.database import Store

__all__ = [
    "BodyChoice",
    "EntryDraft",
    "LeaderLog",
    "LeaderLogWritten",
    "LedSession",
    "LogEntry",
    "LogTotals",
    "RequirementLine",
    "UnknownBodyError",
    "add_entry",
    "bodies",
    "delete_entry",
    "entry_note",
    "export_leader_log",
    "leader_log",
    "leaders",
    "my_leader_name",
    "progress_sentence",
    "save_my_leader_name",
    "set_requirement_done",
    "update_entry",
]


class UnknownBodyError(ReflectDeskError):
    code = "unknown_body"

    def __init__(self, key: str) -> None:
        known = ", ".join(body.key for body in load_bodies())
        super().__init__(
            words()
            .gettext("There is no accrediting body called {key}. Known bodies: {known}.")
            .format(key=key, known=known),
            key=key,
        )


@dataclass(frozen=True, slots=True)
class BodyChoice:
    key: str
    name: str  # in the language asked for


@dataclass(frozen=True, slots=True)
class LeaderLogWritten:
    path: Path
    sessions: int
    entries: int


def leaders(store: Store) -> tuple[str, ...]:
    """Everyone who facilitates or co-facilitates a group, or has hand entries: one name
    per leader (their most used spelling), sorted."""
    return tuple(stored.leader_names(store))


def bodies(language: str | None = None) -> tuple[BodyChoice, ...]:
    """The accrediting bodies whose thresholds ship with the app."""
    return tuple(BodyChoice(body.key, localized(body, language).name) for body in load_bodies())


def _body(key: str, language: str) -> AccreditationBody:
    found = body_by_key(key)
    if found is None:
        raise UnknownBodyError(key)
    return localized(found, language)


def _hours(minutes: int, t: Texts) -> str:
    return t.decimal(minutes / 60, 1)


def progress_sentence(item: Progress, t: Texts) -> str:
    """What the log shows of one requirement, in plain words."""
    count = item.requirement.count.value
    done, needed, to_go = item.done, item.needed, item.to_go
    if item.manual:
        return t.gettext("Done (ticked)") if item.met else t.gettext("Not yet ticked as done")
    if item.in_minutes:
        head = t.gettext("Supervision: {done} of {needed} h").format(
            done=_hours(done, t), needed=_hours(needed, t)
        )
        tail = t.gettext("{hours} h to go").format(hours=_hours(to_go, t))
        return t.gettext("{head}: done").format(head=head) if item.met else f"{head}: {tail}"
    if count == CountKind.DEBRIEFS.value and needed == 0:
        return t.gettext("No co-led session yet")
    phrases = {
        "sessions_led": t.ngettext(
            "Led {done} of {needed} session",
            "Led {done} of {needed} sessions",
            needed,
        ),
        "sessions_co_led": t.ngettext(
            "Co-led {done} of {needed} session",
            "Co-led {done} of {needed} sessions",
            needed,
        ),
        "sessions_led_or_co_led": t.ngettext(
            "Led or co-led {done} of {needed} session",
            "Led or co-led {done} of {needed} sessions",
            needed,
        ),
        "cases": t.ngettext(
            "{done} of {needed} case discussion",
            "{done} of {needed} case discussions",
            needed,
        ),
        "supervision_sessions": t.ngettext(
            "{done} of {needed} supervision session",
            "{done} of {needed} supervision sessions",
            needed,
        ),
        "training_events": t.ngettext(
            "{done} of {needed} training event",
            "{done} of {needed} training events",
            needed,
        ),
        "months_led": t.ngettext(
            "Led in {done} of {needed} month",
            "Led in {done} of {needed} months",
            needed,
        ),
        "co_leader_debriefs": t.ngettext(
            "Debriefed {done} of {needed} co-led session",
            "Debriefed {done} of {needed} co-led sessions",
            needed,
        ),
    }
    head = phrases[count].format(done=t.integer(done), needed=t.integer(needed))
    if item.year is not None:
        head = t.gettext("{head} in {year}").format(head=head, year=item.year)
    if item.met:
        return t.gettext("{head}: done").format(head=head)
    tail = t.gettext("{count} to go").format(count=t.integer(to_go))
    return f"{head}: {tail}"


def _line(item: Progress, t: Texts) -> RequirementLine:
    return RequirementLine(
        key=item.requirement.key,
        text=str(item.requirement.text),
        sentence=progress_sentence(item, t),
        done=item.done,
        needed=item.needed,
        to_go=item.to_go,
        met=item.met,
        manual=item.manual,
        in_minutes=item.in_minutes,
    )


def leader_log(
    store: Store,
    leader_name: str,
    body_key: str | None = None,
    *,
    today: date | None = None,
    language: str | None = None,
) -> LeaderLog:
    """The log of ``leader_name`` (any spelling that folds the same), with progress
    against ``body_key``'s requirements when one is given (UnknownBodyError otherwise).
    ``today`` (default: the computer's date) picks the year a per-year count reads."""
    t = export_texts(store, None, language)
    day = today or date.today()
    sessions = tuple(stored.led_sessions(store, leader_name, t.language))
    entries = tuple(stored.entries(store, leader_name))
    counted = totals(sessions, entries)
    body = None if body_key is None else _body(body_key, t.language)
    lines: tuple[RequirementLine, ...] = ()
    if body is not None:
        ticked = settings.ticked_requirements(store, leader_key(leader_name), body.key)
        found = progress(body, counted, today=day, ticked=ticked)
        lines = tuple(_line(item, t) for item in found)
    return LeaderLog(leader_name, sessions, entries, counted, body, lines, day, t.language)


def add_entry(store: Store, leader_name: str, draft: EntryDraft) -> LogEntry:
    """Add a hand entry (supervision, training, a session led elsewhere). A note needs
    the vault unlocked: VaultLockedError otherwise, and nothing is written."""
    return stored.add_entry(store, leader_name, draft)


def update_entry(store: Store, entry_id: str, draft: EntryDraft) -> LogEntry:
    """Change a hand entry; ``draft.note`` None keeps its private note, '' removes it."""
    return stored.update_entry(store, entry_id, draft)


def delete_entry(store: Store, entry_id: str) -> None:
    stored.delete_entry(store, entry_id)


def entry_note(store: Store, entry_id: str) -> str:
    """The entry's private note ('' when none); VaultLockedError while locked."""
    return stored.entry_note(store, entry_id)


def set_requirement_done(
    store: Store, leader_name: str, body_key: str, requirement_key: str, done: bool
) -> None:
    """Tick (or untick) a manual requirement, such as the supervisor's written report."""
    settings.save_ticked_requirement(
        store, leader_key(leader_name), body_key, requirement_key, done
    )


def my_leader_name(store: Store) -> str:
    """The name the app's user leads under ('' until chosen)."""
    return settings.my_leader_name(store)


def save_my_leader_name(store: Store, name: str) -> None:
    settings.save_my_leader_name(store, name)


def export_leader_log(
    store: Store,
    leader_name: str,
    body_key: str | None,
    out: Path,
    *,
    language: str | None = None,
    today: date | None = None,
) -> LeaderLogWritten:
    """Write the log to ``out``: a PDF a supervisor can sign (``.pdf``) or a CSV table of
    sessions and entries (any other suffix). Private notes are never written."""
    from reflectdesk.export.leader_log_csv import write_leader_log_csv
    from reflectdesk.export.leader_log_pdf import write_leader_log_pdf

    log = leader_log(store, leader_name, body_key, today=today, language=language)
    t = export_texts(store, None, log.language)
    if out.suffix.lower() == ".pdf":
        write_leader_log_pdf(log, out, t)
    else:
        write_leader_log_csv(log, out, t)
    return LeaderLogWritten(out, len(log.sessions), len(log.entries))
