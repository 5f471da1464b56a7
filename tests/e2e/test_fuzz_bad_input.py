"""Bad input, fuzzed with hypothesis: format and deck files, archives, database files.

Each is refused with the documented error and a clear message, nothing else escapes, and
the user's database is byte-identical afterwards (see tests/e2e/fuzz_cases.py). A bigger
run: ``python benchmarks/fuzz_stress.py --examples 1000``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings

from tests.e2e import fuzz_cases as cases

EXAMPLES = 200
fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Iterator[cases.Workspace]:
    workspace = cases.make_workspace(tmp_path_factory.mktemp("fuzz"))
    yield workspace
    workspace.close()


@fuzz
@given(data=cases.mutated_files(cases.format_texts()))
def test_format_files(work: cases.Workspace, data: bytes) -> None:
    cases.check_format_file(work, data)


@fuzz
@given(data=cases.mutated_files(cases.deck_texts()))
def test_deck_files(work: cases.Workspace, data: bytes) -> None:
    cases.check_deck_file(work, data)


def test_archives(work: cases.Workspace) -> None:
    @fuzz
    @given(data=cases.archives(work.archive))
    def imported(data: bytes) -> None:
        cases.check_archive(work, data)

    imported()
    assert work.counts["archive: refused"] > EXAMPLES // 2


def test_archive_rows_out_of_range(work: cases.Workspace) -> None:
    """Rows holding what the forms and files refuse (names too long or hiding characters,
    phases of -3600 s or 10^15 s, 10^30, dates that are not dates, Argon2 costs of
    gigabytes) are refused naming table, row and field, before anything is written."""

    @fuzz
    @given(case=cases.out_of_range_archives(work.archive))
    def refused(case: tuple[str, str, bytes]) -> None:
        cases.check_out_of_range_archive(work, case)

    refused()
    assert work.counts["archive out of range: refused"] >= EXAMPLES


@pytest.mark.skipif(sys.platform == "win32", reason="fork, chattr")
@fuzz
@given(bad=cases.bad_databases())
# Found by this test: a file cut inside its last page passed quick_check and opened.
@example(bad=cases.BadDatabase("truncated", cut=0.999))
def test_database_files(work: cases.Workspace, bad: cases.BadDatabase) -> None:
    cases.check_database_file(work, bad)


def test_every_kind_was_seen(work: cases.Workspace) -> None:
    """The strategies above reach each kind of bad file within the examples they run,
    and the checks count what they saw under the names the fuzz tests report.

    Self-sufficient, so it passes alone or in any order: it draws its own examples (the
    same budget, derandomized, so the answer never depends on luck) instead of reading
    what the tests above happened to count."""
    drawn: set[str] = set()

    @settings(fuzz, derandomize=True, database=None)
    @given(bad=cases.bad_databases())
    def draw(bad: cases.BadDatabase) -> None:
        drawn.add(bad.kind)

    draw()
    for kind in ("truncated", "random", "newer", "read-only file", "locked"):
        assert kind in drawn, sorted(drawn)

    cases.check_format_file(work, b"\x00 not toml")
    cases.check_deck_file(work, b"\x00 not toml")
    cases.check_archive(work, b"not a zip file")
    seen = {key.split(":")[0] for key in work.counts}
    cases.check_out_of_range_archive(
        work, ("groups", "name", cases.archive_with_value(work.archive, "groups", "name", ""))
    )
    for kind in ("format.toml", "deck.toml", "archive", "archive out of range"):
        assert kind in seen, sorted(seen)
