"""Participants and facilitators apart, the response rate and a questionnaire given once,
with figures worked out by hand.

The group: 9 participants, 1 facilitator and 1 co-facilitator.

    session   participants present     facilitators    session forms   rate
    1         9 (all present)          2 present       6               6/9 = 66.7 %
    2         7 (5 + 1 late + 1 left   2 present       7               7/7 = 100 %
              early; 2 absent)
    3         no register              —               2               –

Overall: forms of the sessions with a register 6 + 7 = 13, participants present
9 + 7 = 16, rate 13/16 = 81.25 % (the 2 forms of session 3 are not set against anyone).
The conditions chart counts 9 and 7 (never 11 and 9), and "–" for session 3.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.export.csv_export import write_csv
from reflectdesk.export.evaluation import build_evaluation
from reflectdesk.export.pdf import write_session_summary
from reflectdesk.export.series import build_series_report
from reflectdesk.export.series_pdf import write_series_report
from reflectdesk.export.summary import build_session_summary
from reflectdesk.store.database import Store
from reflectdesk.store.evaluation_overview import attended_counts
from reflectdesk.store.groups import get_group, list_groups
from reflectdesk.store.responses import record_response
from tests.export.participation_sample import Group, build_participation_group, qid
from tests.export.pdfcheck import text


@pytest.fixture
def group(store: Store) -> Group:
    return build_participation_group(store)


def test_the_group_counts_participants_and_facilitators_apart(store: Store, group: Group) -> None:
    record = get_group(store, group.id)
    assert (record.participant_count, record.facilitator_count, record.member_count) == (9, 2, 11)
    assert [(g.participant_count, g.facilitator_count) for g in list_groups(store)] == [(9, 2)]


def test_attended_counts_leave_the_facilitators_out(store: Store, group: Group) -> None:
    counts = attended_counts(store, group.id)
    first, second, third = group.sessions
    assert counts[first] == (9, 9)
    assert counts[second] == (7, 9)  # 5 present, 1 late, 1 left early of 9 marked
    assert third not in counts


def test_the_conditions_chart_counts_the_participants_who_attended(
    store: Store, group: Group
) -> None:
    conditions = next(r for r in build_evaluation(store, group.id) if r.purpose == "conditions")
    assert conditions.attended == (9, 7, None)


def test_the_response_rate_by_hand(store: Store, group: Group) -> None:
    session = next(r for r in build_evaluation(store, group.id) if r.purpose == "session")
    turnout = session.turnout
    assert turnout is not None
    assert (turnout.participants, turnout.facilitators) == (9, 2)
    rows = [(row.number, row.present, row.forms) for row in turnout.sessions]
    assert rows == [(1, 9, 6), (2, 7, 7), (3, None, 2)]
    assert [row.rate for row in turnout.sessions] == [pytest.approx(600 / 9), 100.0, None]
    assert (turnout.forms, turnout.counted_forms, turnout.present) == (15, 13, 16)
    assert turnout.rate == pytest.approx(81.25)


def test_the_series_report_states_people_rate_and_table(
    store: Store, group: Group, tmp_path: Path
) -> None:
    out = tmp_path / "series.pdf"
    write_series_report(build_series_report(store, group.id), out)
    content = " ".join(text(out).split())
    assert "The group: 9 participants and 2 facilitators." in content
    assert "Response rate: 13 forms returned by 16 participants present (81%)." in content
    for header in ("Participants present", "Forms returned", "Response rate"):
        assert header in content
    assert "Participants who attended" in content
    assert "Members who attended" not in content


def test_a_series_questionnaire_given_once_is_one_time_point(
    store: Store, group: Group, tmp_path: Path
) -> None:
    series = qid(store, "series-evaluation")
    for value in (4, 5, 2):
        record_response(
            store,
            series,
            {"discuss-difficult-cases": value},
            group_id=group.id,
            timepoint="start",
        )
    once = next(r for r in build_evaluation(store, group.id) if r.purpose == "series")
    assert (once.once, once.change, once.series) == ("start", None, None)
    item = once.overall.item("discuss-difficult-cases")
    assert item is not None
    assert (item.n, item.missing, item.mean) == (3, 0, pytest.approx(11 / 3))
    assert once.overall.responses == 3

    out = tmp_path / "series.pdf"
    write_series_report(build_series_report(store, group.id), out)
    content = " ".join(text(out).split())
    assert "3 forms, given once, at the start of the series." in content
    assert "n start" not in content and "n end" not in content  # no start/end table


def test_attendance_csv_carries_the_role(store: Store, group: Group, tmp_path: Path) -> None:
    paths = write_csv(store, group.id, tmp_path / "csv")
    path = next(p for p in paths if p.name.endswith("attendance.csv"))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    first = [row for row in rows if row["session_id"] == group.sessions[0]]
    roles = sorted(row["role"] for row in first)
    assert roles == ["co_facilitator", "facilitator"] + ["member"] * 9
    lead = next(row for row in first if row["person_id"] == group.facilitators[0])
    assert (lead["display_name"], lead["role"], lead["status"]) == (
        "Lead",
        "facilitator",
        "present",
    )


def test_list_groups_json_gives_participants_and_facilitators(
    store: Store, group: Group, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["list", "groups", "--db", str(db_path), "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["participants"], listed["facilitators"], listed["members"]) == (9, 2, 11)

    assert cli.main(["list", "groups", "--db", str(db_path)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[-2:] == ["Participants", "Facilitators"]
    assert table[1].split()[-2:] == ["9", "2"]


def test_the_session_summary_counts_participants_present(
    store: Store, group: Group, tmp_path: Path
) -> None:
    second = build_session_summary(store, group.sessions[1])
    assert second.present == (7, 9, 2)  # of 9 participants 7 came; both facilitators
    assert build_session_summary(store, group.sessions[2]).present is None  # no register
    out = tmp_path / "summary.pdf"
    write_session_summary(second, out)
    content = " ".join(text(out).split())
    assert "Present 7 of 9 participants, 2 facilitators" in content
