"""The series report and the learning bulletin: the plain summaries built from a compact
series driven through the real clock, and the PDFs written from them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from reflectdesk.core.clock import SessionClock, snapshot_at
from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.model import AttendanceStatus, GroupDraft, MemberDraft, Role
from reflectdesk.core.notes import LearningPointDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.export.pdf import page_size
from reflectdesk.export.series import (
    Bulletin,
    MatrixRow,
    SeriesReport,
    SeriesSession,
    build_bulletin,
    build_series_report,
)
from reflectdesk.export.series_pdf import write_bulletin, write_series_report
from reflectdesk.store import attendance, formats, groups, members, notes, sessions, themes
from reflectdesk.store.database import Store
from tests.export.pdfcheck import fonts, page_texts, qpdf_check, text
from tests.fakes import FakeTime

IJSBRAND, HUSEYIN, NIKOS, ANNA = (
    "IJsbrand van den Eertwegh",
    "Hüseyin İkiz",
    "Νίκος Παπαδόπουλος",
    "Anna de Vries",
)
MEMBERS = (IJSBRAND, HUSEYIN, NIKOS, ANNA)
INITIALS = ("IJvdE", "Hİ", "ΝΠ", "AdV")
FACILITATOR = "Marieke Hoogendoorn"
GROUP = "Balint group — series 2026"
FIRST = datetime(2026, 3, 3, 13, 0, tzinfo=UTC)  # 14:00 in Amsterdam
P, L, E, A, X = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.LEFT_EARLY,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)
# Per session: IJsbrand, Hüseyin, Nikos, Anna. Anna attends 4 of 6: below "5 of 6".
REGISTER = (
    (P, L, P, P),
    (P, P, P, X),
    (P, E, P, P),
    (P, P, P, X),
    (P, P, A, P),
    (P, P, P, P),
)
PRESENTERS = (HUSEYIN, NIKOS, IJSBRAND, HUSEYIN, ANNA, NIKOS)
MARKUP_POINT = 'Say "no" kindly <b>& mean it'
HIDDEN_POINT = "Not for sharing: the ward manager's name"
UNTAGGED_POINT = "Silence in the group is work, not waiting."
TWO_THEMES_POINT = "Ask what the patient fears before explaining the plan."


@dataclass(frozen=True)
class Series:
    group_id: str
    session_ids: tuple[str, ...]
    theme_names: tuple[str, ...]  # the themes tagged on sessions


def _run_clock(store: Store, session_id: str, start: datetime, number: int) -> None:
    """Run the session's clock with a fake time source, storing every event."""
    plan = [phase.to_planned() for phase in sessions.session_phases(store, session_id)]
    time = FakeTime(start_wall=start)
    clock = SessionClock(plan, time)

    def act(step: Callable[[], ClockEventRecord]) -> None:
        sessions.record_clock_event(store, session_id, step())

    act(clock.start)
    for index, phase in enumerate(plan):
        if index:
            act(clock.next)
        # Some phases run short, some over: up to 2 min 30 s over the plan.
        spent = phase.planned_seconds + (number * 97 + index * 61) % 250 - 100
        if number == 2 and index == 1:
            time.advance(spent / 2)
            act(clock.pause)
            time.advance(240)  # a pause is not running time
            act(clock.resume)
            time.advance(spent / 2)
        else:
            time.advance(spent)
    act(clock.end)


def build_series(store: Store, group_name: str = GROUP) -> Series:
    format_id = formats.format_id_for_key(store, "balint-one-case")
    group = groups.create_group(
        store,
        GroupDraft(group_name, format_id=format_id, planned_sessions=6, attendance_required=5),
    )
    members.add_member(store, group.id, MemberDraft(FACILITATOR, Role.FACILITATOR))
    people = {
        name: members.add_member(store, group.id, MemberDraft(name)).person_id for name in MEMBERS
    }
    tags = themes.list_themes(store)
    ids = []
    for number, (marks, presenter) in enumerate(zip(REGISTER, PRESENTERS, strict=True)):
        start = FIRST + timedelta(weeks=number)
        planned = sessions.plan_session(
            store, group.id, SessionDraft(planned_start=start, title=f"Session {number + 1}")
        )
        for name, status in zip(MEMBERS, marks, strict=True):
            attendance.set_attendance(store, planned.id, people[name], status)
        attendance.set_presenter(store, planned.id, people[presenter])
        _run_clock(store, planned.id, start, number)
        themes.set_session_themes(store, planned.id, [tags[number % 3].id])
        ids.append(planned.id)
    notes.add_learning_point(
        store, ids[0], LearningPointDraft(TWO_THEMES_POINT, True, (tags[0].id, tags[1].id))
    )
    notes.add_learning_point(store, ids[1], LearningPointDraft(MARKUP_POINT, True, (tags[2].id,)))
    notes.add_learning_point(store, ids[2], LearningPointDraft(HIDDEN_POINT, False, (tags[0].id,)))
    notes.add_learning_point(store, ids[3], LearningPointDraft(UNTAGGED_POINT, True))
    return Series(group.id, tuple(ids), tuple(tag.name for tag in tags[:3]))


def _report_pdf(store: Store, tmp_path: Path, **options: object) -> tuple[Path, Series]:
    series = build_series(store)
    out = tmp_path / "series.pdf"
    report = build_series_report(store, series.group_id, **options)  # type: ignore[arg-type]
    write_series_report(report, out)
    return out, series


def _size(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width), 1), round(float(box.height), 1)


# -- the series report ------------------------------------------------------------------


def test_series_report_is_valid_with_embedded_fonts_and_every_name(
    store: Store, tmp_path: Path
) -> None:
    out, series = _report_pdf(store, tmp_path)

    qpdf_check(out)
    listed = fonts(out)
    assert listed and all(emb == "yes" for _, emb in listed), listed
    content = text(out)
    for name in MEMBERS:
        assert name in content
    for theme in series.theme_names:  # the bar chart's labels
        assert theme in content
    assert "at least 5 of 6 sessions" in content
    assert "3 March – 7 April 2026" in content
    assert "page 1 of" in content
    # This series has no questionnaire responses, so no evaluation section
    # (tests/export/test_evaluation_pdf.py covers the section with responses).
    assert "Evaluation" not in content
    assert _size(out) == (595.3, 841.9)


def test_series_report_with_initials_names_nobody_in_full(store: Store, tmp_path: Path) -> None:
    content = text(_report_pdf(store, tmp_path, names="initials")[0])

    for name, short in zip(MEMBERS, INITIALS, strict=True):
        assert name not in content
        assert short in content


def test_matrix_marks_and_the_member_below_the_rule(store: Store) -> None:
    series = build_series(store)
    report = build_series_report(store, series.group_id)

    rows = {row.name: row for row in report.matrix}
    assert FACILITATOR not in rows
    assert rows[ANNA].marks == ("✓", "✗", "✓", "✗", "✓", "✓")
    assert rows[HUSEYIN].marks == ("L", "✓", "↦", "✓", "✓", "✓")
    assert rows[NIKOS].marks == ("✓", "✓", "✓", "✓", "E", "✓")
    assert (rows[ANNA].attended, rows[ANNA].shortfall) == (4, True)
    assert rows[ANNA].note == "below 5 of 6"
    assert (rows[HUSEYIN].attended, rows[HUSEYIN].shortfall) == (6, False)
    assert (rows[NIKOS].attended, rows[NIKOS].note) == (5, "")
    assert [session.number for session in report.sessions] == [1, 2, 3, 4, 5, 6]


def test_member_below_the_rule_is_marked_in_the_pdf(store: Store, tmp_path: Path) -> None:
    content = text(_report_pdf(store, tmp_path)[0])

    assert content.count("below 5 of 6") == 1


def test_a_member_who_can_still_make_it_is_not_marked_short(store: Store) -> None:
    series = build_series(store)
    # Two more sessions planned than held: Anna's 4 can still become 5 of 8.
    group = groups.get_group(store, series.group_id)
    groups.update_group(
        store, series.group_id, dataclasses.replace(group.to_draft(), planned_sessions=8)
    )

    rows = {row.name: row for row in build_series_report(store, series.group_id).matrix}

    assert not rows[ANNA].shortfall
    assert rows[ANNA].note == "needs 1 of the 2 left"


def test_presenter_rotation(store: Store) -> None:
    series = build_series(store)
    report = build_series_report(store, series.group_id)

    rotation = {line.name: (line.times, line.last) for line in report.presenters}
    assert rotation == {
        IJSBRAND: (1, "17 March 2026"),
        HUSEYIN: (2, "24 March 2026"),
        NIKOS: (2, "7 April 2026"),
        ANNA: (1, "31 March 2026"),
    }


def test_timing_equals_the_clock_replay(store: Store, tmp_path: Path) -> None:
    series = build_series(store)
    used: dict[str, list[float]] = {}
    planned: dict[str, list[int]] = {}
    for session_id in series.session_ids:
        phases = sessions.session_phases(store, session_id)
        events = sessions.clock_events(store, session_id)
        snapshot = snapshot_at([p.to_planned() for p in phases], events, events[-1].elapsed)
        for phase, progress in zip(phases, snapshot.phases, strict=True):
            used.setdefault(phase.name, []).append(progress.used)
            planned.setdefault(phase.name, []).append(phase.planned_seconds)

    report = build_series_report(store, series.group_id)
    out = tmp_path / "series.pdf"
    write_series_report(report, out)
    lines = text(out).splitlines()

    assert [line.phase for line in report.timing] == list(used)
    for line in report.timing:
        spent, plan = used[line.phase], planned[line.phase]
        overs = [u - p for u, p in zip(spent, plan, strict=True) if u - p >= 60]
        expected = (
            6,
            round(sum(plan) / 6 / 60),
            round(sum(spent) / 6 / 60),
            len(overs),
            round(max(overs) / 60) if overs else 0,
        )
        got = (
            line.sessions,
            line.planned_minutes,
            line.actual_minutes,
            line.overruns,
            line.biggest_overrun_minutes,
        )
        assert got == expected, line.phase
        # pypdf gives each table cell its own line: the phase, then its five numbers.
        at = lines.index(line.phase)
        shown = [cell.strip() for cell in lines[at + 1 : at + 6]]
        biggest = str(expected[4]) if expected[3] else "—"
        assert shown == [*(str(value) for value in expected[:4]), biggest], line.phase
    assert any(line.overruns for line in report.timing)


@pytest.mark.usefixtures("reproducible")
def test_same_report_gives_the_same_bytes(store: Store, tmp_path: Path) -> None:
    series = build_series(store)
    report = build_series_report(store, series.group_id)
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    write_series_report(report, first)
    write_series_report(report, second)

    assert first.read_bytes() == second.read_bytes()


def test_series_report_on_letter(store: Store, tmp_path: Path) -> None:
    series = build_series(store)
    out = tmp_path / "letter.pdf"
    write_series_report(build_series_report(store, series.group_id), out, page_size("letter"))

    qpdf_check(out)
    assert _size(out) == (612.0, 792.0)


def test_user_markup_prints_as_typed(store: Store, tmp_path: Path) -> None:
    series = build_series(store, group_name='Team <b>& "Zorg" </para>')
    report_pdf, bulletin_pdf = tmp_path / "series.pdf", tmp_path / "bulletin.pdf"
    write_series_report(build_series_report(store, series.group_id), report_pdf)
    write_bulletin(build_bulletin(store, series.group_id), bulletin_pdf)

    qpdf_check(report_pdf)
    qpdf_check(bulletin_pdf)
    assert 'Team <b>& "Zorg" </para>' in text(report_pdf)
    assert MARKUP_POINT in text(bulletin_pdf)


def test_a_long_series_wraps_the_matrix_columns(tmp_path: Path) -> None:
    report = SeriesReport(
        group_name=GROUP,
        period="6 January – 23 June 2026",
        planned_sessions=25,
        rule="at least 20 of 25 sessions",
        sessions=tuple(
            SeriesSession(n, f"{n} Jan 2026", f"Session {n}", True) for n in range(1, 26)
        ),
        matrix=(MatrixRow(IJSBRAND, ("✓",) * 25, 25, False, ""),),
        presenters=(),
        timing=(),
        themes=(),
    )
    out = tmp_path / "long.pdf"
    write_series_report(report, out)

    qpdf_check(out)
    content = " ".join(text(out).split())
    assert content.count(IJSBRAND) >= 2  # the name column repeats on each part
    assert "25 Jan 2026" in content


# -- the learning bulletin --------------------------------------------------------------


def test_bulletin_holds_shareable_points_grouped_by_theme_and_no_names(
    store: Store, tmp_path: Path
) -> None:
    series = build_series(store)
    bulletin = build_bulletin(store, series.group_id)
    out = tmp_path / "bulletin.pdf"
    write_bulletin(bulletin, out)

    sections = {part.theme: part.points for part in bulletin.sections}
    first, second, third = series.theme_names
    assert sections == {
        first: (TWO_THEMES_POINT,),
        second: (TWO_THEMES_POINT,),
        third: (MARKUP_POINT,),
        "Other learning points": (UNTAGGED_POINT,),
    }
    qpdf_check(out)
    assert all(emb == "yes" for _, emb in fonts(out))
    content = " ".join(text(out).split())
    assert f"Learning bulletin — {GROUP}" in content
    assert "6 sessions" in content
    assert HIDDEN_POINT not in content
    for name in (*MEMBERS, FACILITATOR):
        assert name not in content
    # Each point under its heading: headings in theme order, "Other" last.
    at = [content.index(heading) for heading in (first, second, third, "Other learning points")]
    assert at == sorted(at)
    assert at[0] < content.index(TWO_THEMES_POINT) < at[1]
    assert content.index(UNTAGGED_POINT) > at[3]


def test_bulletin_with_names_says_whose_case(store: Store) -> None:
    series = build_series(store)
    bulletin = build_bulletin(store, series.group_id, with_names=True)

    points = [point for part in bulletin.sections for point in part.points]
    assert f"{TWO_THEMES_POINT} — from {HUSEYIN}'s case" in points


@pytest.mark.usefixtures("reproducible")
def test_bulletin_is_byte_stable_and_prints_on_letter(store: Store, tmp_path: Path) -> None:
    series = build_series(store)
    bulletin = build_bulletin(store, series.group_id)
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    write_bulletin(bulletin, first, page_size("letter"))
    write_bulletin(bulletin, second, page_size("letter"))

    assert first.read_bytes() == second.read_bytes()
    assert _size(first) == (612.0, 792.0)
    assert "page 1 of" in page_texts(first)[0]


def test_empty_bulletin_says_so(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    write_bulletin(Bulletin(GROUP, "no sessions yet", "No sessions held yet.", ()), out)

    qpdf_check(out)
    assert "No shareable learning points yet." in text(out)


def test_the_bulletin_pins_up_a_lesson_agreed_twice_only_once(store: Store) -> None:
    from datetime import UTC, datetime

    from reflectdesk.core.model import GroupDraft
    from reflectdesk.core.notes import LearningPointDraft
    from reflectdesk.core.sessions import SessionDraft
    from reflectdesk.export.series import build_bulletin
    from reflectdesk.store import groups, notes, sessions

    group = groups.create_group(store, GroupDraft("Balint"))
    start = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    for _ in range(2):
        meeting = sessions.plan_session(store, group.id, SessionDraft(planned_start=start))
        notes.add_learning_point(
            store, meeting.id, LearningPointDraft("Plain words work better than jargon.", True)
        )
    bulletin = build_bulletin(store, group.id)
    points = [point for section in bulletin.sections for point in section.points]
    assert points == ["Plain words work better than jargon."]


def test_every_themes_bar_label_ends_inside_the_chart() -> None:
    """The longest bar's label, "10 bijeenkomsten, 120 leerpunten", ran past the right
    margin when the axis only left a fixed share of room after the bars."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from reflectdesk.export.fonts import REGULAR, register_fonts
    from reflectdesk.export.series_pdf import BAR_LABEL_GAP, BAR_LABEL_SIZE, scale_end

    register_fonts()
    values = [10, 6, 3, 1]
    labels = [
        "10 bijeenkomsten, 120 leerpunten",
        "6 bijeenkomsten, 43 leerpunten",
        "3 bijeenkomsten, 9 leerpunten",
        "1 bijeenkomst, 1 leerpunt",
    ]
    widths = [stringWidth(label, REGULAR, BAR_LABEL_SIZE) for label in labels]
    length, step = 330.0, 2
    end = scale_end(values, widths, length, step)
    assert end % step == 0
    for value, width in zip(values, widths, strict=True):
        assert value / end * length + BAR_LABEL_GAP + width <= length
    # No more room than the labels need: the longest bar still uses most of the chart.
    assert end <= scale_end([10], [0.0], length, step) * 3
