"""No page holds a single row of a table: a table split across pages keeps at least two
of its rows on each side (and its header with the first two)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from reflectdesk.export.pdf import page_size, write_session_summary
from reflectdesk.export.pdf_blocks import keep_rows_together
from reflectdesk.export.summary import ActionLine, AttendanceLine, PhaseLine, SessionSummary
from tests.export.pdfcheck import page_texts
from tests.export.sample import golden_summary


def _summary(members: int, phases: int) -> SessionSummary:
    return dataclasses.replace(
        golden_summary(),
        attendance=tuple(AttendanceLine(f"Member {n:02d}", "present") for n in range(members)),
        phases=tuple(PhaseLine(f"Stage {n:02d}", 5, 6, 6) for n in range(phases)),
    )


def _rows_per_page(path: Path, prefixes: tuple[str, ...]) -> list[int]:
    return [
        sum(line.startswith(prefixes) for line in page.splitlines()) for page in page_texts(path)
    ]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_page_holds_a_single_row(tmp_path: Path, paper: str) -> None:
    lone = []
    # Enough sizes that, before keep-together, some left one row over (A4: 35 members).
    for members, phases in [(m, 4) for m in range(30, 42)] + [(24, p) for p in range(3, 14)]:
        out = tmp_path / f"{paper}-{members}-{phases}.pdf"
        write_session_summary(_summary(members, phases), out, page_size(paper))
        for prefix in (("Member ",), ("Stage ", "Total")):
            counts = [n for n in _rows_per_page(out, prefix) if n]
            if 1 in counts and len(counts) > 1:
                lone.append((members, phases, prefix, counts))

    assert not lone


def test_a_long_register_starts_on_the_first_page_rather_than_leaving_it_empty(
    tmp_path: Path,
) -> None:
    out = tmp_path / "long.pdf"
    write_session_summary(_summary(35, 4), out, page_size("a4"))

    first, second, *_ = [*_rows_per_page(out, ("Member ",)), 0]
    assert first >= 20  # moved whole, the 35 rows used to leave page 1 with the facts only
    assert second == 0 or second >= 2


def test_rows_too_tall_to_keep_together_may_still_split() -> None:
    assert keep_rows_together([20, 15, 15, 15, 15]) == [
        ("NOSPLIT", (0, 0), (-1, 2)),
        ("NOSPLIT", (0, 3), (-1, 4)),
    ]
    assert keep_rows_together([20, 15, 15, 15, 15], total=True) == [
        ("NOSPLIT", (0, 0), (-1, 2)),
        ("NOSPLIT", (0, 2), (-1, 4)),
    ]
    assert keep_rows_together([20, 300, 300, 300]) == []
    assert keep_rows_together([20, 15]) == []


def test_a_table_of_a_few_very_long_rows_is_still_written(tmp_path: Path) -> None:
    long_text = "A long agreed action that goes on and on. " * 60
    summary = dataclasses.replace(
        golden_summary(),
        actions=tuple(ActionLine(long_text, "Anna de Vries", "", done=False) for _ in range(3)),
    )
    out = tmp_path / "long-rows.pdf"
    write_session_summary(summary, out)

    assert len(page_texts(out)) >= 2
