"""The summary's phases as run: extensions included, the plan beside them; a session
never run shows only its plan."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.model import ClockEventKind
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.export.pdf import write_session_summary
from reflectdesk.export.summary import build_session_summary
from reflectdesk.i18n.texts import texts_for
from reflectdesk.store import sessions
from reflectdesk.store.database import Store
from tests.export.pdfcheck import text
from tests.export.sample import PLANNED_START, Sample


def _run_with_extensions(store: Store, session_id: str) -> None:
    """Phase 1 (5 min) extended by 1 minute, phase 2 (10 min) by 5, then ended."""
    steps = [
        (ClockEventKind.START, 0.0, None),
        (ClockEventKind.EXTEND, 200.0, 60),
        (ClockEventKind.NEXT, 360.0, None),
        (ClockEventKind.EXTEND, 500.0, 300),
        (ClockEventKind.NEXT, 1260.0, None),
        (ClockEventKind.END, 2400.0, None),
    ]
    for seq, (kind, elapsed, amount) in enumerate(steps, start=1):
        wall = PLANNED_START + timedelta(days=7, seconds=elapsed)
        event = ClockEventRecord(seq, kind, elapsed, wall, amount)
        sessions.record_clock_event(store, session_id, event)


def _next_session(store: Store, sample: Sample) -> str:
    draft = SessionDraft(planned_start=PLANNED_START + timedelta(days=7), title="Session 5")
    return sessions.plan_session(store, sample.group_id, draft).id


def test_extended_phases_show_the_minutes_as_run_with_the_plan_beside(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    session_id = _next_session(store, sample)
    _run_with_extensions(store, session_id)
    summary = build_session_summary(store, session_id)

    assert [(p.planned_minutes, p.given_minutes) for p in summary.phases[:2]] == [(5, 6), (10, 15)]
    out = tmp_path / "summary.pdf"
    write_session_summary(summary, out)
    content = text(out)
    assert "6 (planned 5)" in content
    assert "15 (planned 10)" in content


def test_extensions_in_dutch(store: Store, sample: Sample, tmp_path: Path) -> None:
    session_id = _next_session(store, sample)
    _run_with_extensions(store, session_id)
    out = tmp_path / "samenvatting.pdf"
    write_session_summary(build_session_summary(store, session_id, texts=texts_for("nl")), out)

    assert "6 (gepland 5)" in text(out)


def test_a_session_never_run_shows_only_its_plan(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    summary = build_session_summary(store, _next_session(store, sample))
    out = tmp_path / "summary.pdf"
    write_session_summary(summary, out)

    assert all(phase.given_minutes is None for phase in summary.phases)
    assert "planned" not in text(out)
