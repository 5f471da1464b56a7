"""Crash fault-injection: a child process autosaves notes and records clock events
through the real store services, acknowledging each commit on a pipe; the parent kills
it with SIGKILL after a random number of acknowledgements and checks that nothing
acknowledged was lost. Shared by tests/e2e/test_crash_trials.py and
benchmarks/crash_stress.py.

The child is a fork of the calling process (no Qt, no new interpreter): it inherits the
imported store modules, so a trial costs the writes, not an interpreter start-up. It
opens the database itself (lock, engine, pragmas) as the app does, and writes the way
the app does: note text through reflectdesk.store.notes (the autosave path: create once,
then save the newest text again and again) and clock events through
reflectdesk.store.sessions.record_clock_event with the phases' times (as
reflectdesk.ui.room.session_runner does: prepare, store, then apply).

A line is written to the pipe only after its transaction has committed:
``E <seq>`` a clock event, ``L <id> <rev>`` a learning point's text at revision ``rev``,
``P <id> <rev>`` a private note's text at revision ``rev``.
"""

from __future__ import annotations

import importlib.util
import os
import random
import re
import shutil
import signal
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reflectdesk.core.clock import SessionClock, replay, snapshot_at
from reflectdesk.core.clock_state import ClockEventRecord, ClockStatus, PlannedPhase
from reflectdesk.core.model import ClockEventKind, GroupDraft
from reflectdesk.core.notes import LearningPointDraft, PrivateText
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, notes, sessions
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.sqlite_file import integrity_check

# The switch: private notes need an unlocked vault (reflectdesk.store.vault). Until it
# exists, the trials write learning points only.
PRIVATE_NOTES = importlib.util.find_spec("reflectdesk.store.vault") is not None

PASSPHRASE = "crash trial passphrase"
_SENTENCE = (
    "she said the ward felt unsafe after the night shift and nobody asked how she was "
    "we talked about handing over bad news and what the family needed to hear first"
)
WORDS = tuple(_SENTENCE.split(" "))
_REVISION = re.compile(r"rev (\d+):")


@dataclass(frozen=True)
class Template:
    """A prepared database (one group, one planned session) copied for every trial."""

    path: Path
    session_id: str
    data_key: bytes | None  # the unlocked vault's key, when private notes are written


def make_template(folder: Path) -> Template:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "template.db"
    store = open_store(path, seed=seed_builtins)
    try:
        fmt = format_id_for_key(store, "balint-one-case")
        group = groups.create_group(store, GroupDraft("Crash trials", fmt))
        draft = SessionDraft(planned_start=datetime(2026, 11, 17, 17, 0, tzinfo=UTC))
        session_id = sessions.plan_session(store, group.id, draft).id
        data_key = unlock(store) if PRIVATE_NOTES else None
    finally:
        store.close()
    return Template(path, session_id, data_key)


def unlock(store: Store) -> bytes:
    """Set up and unlock the vault of ``store``; returns its data key."""
    from reflectdesk.store.vault import KdfParams, create_vault

    if not store.keyring.unlocked:  # (the tests' store fixture may have opened it)
        create_vault(store, PASSPHRASE, params=KdfParams.for_tests())
    return store.keyring.data_key()


def _hold_key(store: Store, data_key: bytes | None) -> None:
    if data_key is not None:
        store.keyring.hold(data_key)


# --- the child ---------------------------------------------------------------------------


class _StepTime:
    """A TimeSource that moves a little at every reading, as real time would."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._now = 100.0
        self._wall = datetime(2026, 11, 17, 17, 0, tzinfo=UTC)

    def monotonic(self) -> float:
        self._now += self._rng.uniform(0.0, 3.0)
        return self._now

    def wall(self) -> datetime:
        return self._wall + timedelta(seconds=self._now)


def _text(rng: random.Random, revision: int, limit: int) -> str:
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 30)))
    return f"rev {revision}: {words}"[:limit]


def child_main(template: Template, db: Path, seed: int, out: int) -> None:
    """Write forever (until killed), acknowledging every commit on the fd ``out``."""
    rng = random.Random(seed)
    store = open_store(db)
    _hold_key(store, template.data_key)
    sid = template.session_id
    plan = tuple(
        PlannedPhase(p.name, p.planned_seconds, p.role_cue, p.deck_key)
        for p in sessions.session_phases(store, sid)
    )
    clock = SessionClock(plan, _StepTime(rng), sessions.clock_events(store, sid))
    revision = 0
    point_id: str | None = None
    note_id: str | None = None

    def ack(line: str) -> None:
        os.write(out, (line + "\n").encode())

    while True:
        revision += 1
        choice = rng.random()
        if choice < 0.35:
            kinds = (
                [ClockEventKind.START]
                if clock.status is ClockStatus.NOT_STARTED
                else [
                    ClockEventKind.PAUSE,
                    ClockEventKind.RESUME,
                    ClockEventKind.EXTEND,
                    ClockEventKind.NEXT,
                    ClockEventKind.BACK,
                ]
            )
            kinds = [kind for kind in kinds if clock.allowed(kind)]
            kind = rng.choice(kinds)
            event = clock.prepare(kind, 60 if kind is ClockEventKind.EXTEND else None)
            after = snapshot_at(plan, (*clock.events, event), event.elapsed)
            times = [(i, phase.started_at, phase.ended_at) for i, phase in enumerate(after.phases)]
            sessions.record_clock_event(store, sid, event, times)
            clock.apply(event)
            ack(f"E {event.seq}")
        elif choice < 0.45 or point_id is None:
            # A new learning point (the editor's first save creates the record).
            draft = LearningPointDraft(_text(rng, revision, 500))
            point_id = notes.add_learning_point(store, sid, draft).id
            ack(f"L {point_id} {revision}")
        elif PRIVATE_NOTES and choice < 0.75:
            text = PrivateText(body=_text(rng, revision, 20_000))
            note_id = notes.save_private_note(store, sid, text, note_id).id
            ack(f"P {note_id} {revision}")
        else:
            draft = LearningPointDraft(_text(rng, revision, 500))
            notes.update_learning_point(store, point_id, draft)
            ack(f"L {point_id} {revision}")


# --- the parent --------------------------------------------------------------------------


@dataclass
class TrialResult:
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)
    integrity: str = "ok"
    replay_error: str = ""

    @property
    def ok(self) -> bool:
        return not self.lost and self.integrity == "ok" and not self.replay_error


def run_trial(
    template: Template, folder: Path, rng: random.Random, max_acks: int = 40
) -> TrialResult:
    """One trial: copy the template, start the writer, kill it with SIGKILL after a
    random number of acknowledgements, then reopen and check (see the module doc)."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "trial.db"
    shutil.copyfile(template.path, db)
    wanted = rng.randint(1, max_acks)
    seed = rng.getrandbits(32)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 0
        try:
            os.close(read_end)
            child_main(template, db, seed, write_end)
        except BaseException as error:
            os.write(2, f"crash-trial child failed: {error!r}\n".encode())
            code = 70
        finally:
            os._exit(code)
    os.close(write_end)
    lines = _read_acks(read_end, wanted)
    os.kill(pid, signal.SIGKILL)
    _pid, status = os.waitpid(pid, 0)
    lines += _drain(read_end)  # acknowledged before it died: committed too
    os.close(read_end)
    if not os.WIFSIGNALED(status):
        raise RuntimeError(f"the writer ended on its own (status {status}); see stderr")
    return check(template, db, lines)


def _read_acks(fd: int, wanted: int) -> list[str]:
    buffer = b""
    while buffer.count(b"\n") < wanted:
        chunk = os.read(fd, 65536)
        if not chunk:
            break  # the child died early; what it acknowledged is still checked
        buffer += chunk
    return buffer.decode().splitlines(keepends=True)


def _drain(fd: int) -> list[str]:
    rest = b""
    while chunk := os.read(fd, 65536):
        rest += chunk
    return rest.decode().splitlines(keepends=True)


def check(template: Template, db: Path, lines: list[str]) -> TrialResult:
    # A half-written last line (cut by the kill) was never a complete acknowledgement.
    records = [line.split() for line in lines if line.endswith("\n")]
    result = TrialResult(acknowledged=len(records))
    result.integrity = integrity_check(db)
    store = open_store(db)  # takes the lock: the dead writer's lock is gone
    try:
        _hold_key(store, template.data_key)
        sid = template.session_id
        events = sessions.clock_events(store, sid)
        acked_seq = max((int(r[1]) for r in records if r[0] == "E"), default=0)
        seqs = [event.seq for event in events]
        if seqs != list(range(1, len(seqs) + 1)) or len(seqs) < acked_seq:
            result.lost.append(f"clock events: acknowledged up to {acked_seq}, stored {seqs}")
        plan = tuple(
            PlannedPhase(p.name, p.planned_seconds, p.role_cue, p.deck_key)
            for p in sessions.session_phases(store, sid)
        )
        try:
            _replay(plan, events)
        except Exception as error:
            result.replay_error = f"{type(error).__name__}: {error}"
        stored = {p.id: p.text for p in notes.learning_points(store, sid)}
        if any(r[0] == "P" for r in records):
            stored |= {n.id: n.body for n in notes.private_notes(store, sid)}
        newest: dict[str, int] = {}
        for _kind, record_id, acked in (r for r in records if r[0] in "LP"):
            newest[record_id] = max(newest.get(record_id, 0), int(acked))
        for record_id, revision in newest.items():
            text = stored.get(record_id)
            found = _REVISION.match(text or "")
            if found is None or int(found.group(1)) < revision:
                result.lost.append(f"{record_id}: acknowledged rev {revision}, stored {text!r}")
    finally:
        store.close()
    return result


def _replay(plan: tuple[PlannedPhase, ...], events: list[ClockEventRecord]) -> None:
    run = replay(plan, events)
    if events and run.status is ClockStatus.NOT_STARTED:
        raise AssertionError("the replayed clock never started")


def run_trials(count: int, seed: int, folder: Path, max_acks: int = 40) -> list[TrialResult]:
    rng = random.Random(seed)
    template = make_template(folder / "template")
    results = []
    for number in range(count):
        trial = folder / f"trial-{number}"
        results.append(run_trial(template, trial, rng, max_acks))
        shutil.rmtree(trial, ignore_errors=True)
    return results


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use tests/e2e/test_crash_trials.py or benchmarks/crash_stress.py")
