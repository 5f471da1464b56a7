"""The programme report read from the hub by its lead against the same report from the
laptop's file (issue 20, "the programme view reads the hub"), and the series read that
made the hub slow, in its old and its new form on both engines.

A copy of ``--db`` (SQLite's backup API; the given file is never written) gets a
programme of its ``--groups`` groups with the most sessions (the scale demos have no
programmes). Its shareable tables are copied into a throwaway hub built by the hub's
migrations (``hub_reads.copy_to_hub``), each group owned by a facilitator role of its
own and a lead role made for the programme (``hub_access.publish_as_facilitators``),
then ANALYZE. Timed, alternating, ``--runs`` each after one warm-up, medians:

- ``build_programme_report`` on the hub as the lead (row-level security on) against
  the same on the laptop's file: the bar is the hub within ``--bar`` (3) times the laptop;
  "before" is the report with a register read per held session, as it was;
- the busiest group's series read (its sessions, then ``store/responses._load`` of their
  forms of the session evaluation) in the old form (``group_id = ? OR session_id IN
  (SELECT …)``) and the new (``session_id IN`` the ids just read), on the laptop, on the
  hub as the lead and as the superuser (past row-level security, as ``hub_reads.py``
  timed it): before and after, in one run.

The report's figures on the hub are checked equal to the laptop's before timing.

    PYTHONPATH=. python benchmarks/hub_programme.py --db /tmp/large-1x.db
    PYTHONPATH=. python benchmarks/hub_programme.py --db big.db --runs 9 --groups 6
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hub_access import publish_as_facilitators
from hub_reads import busiest_group, copy_to_hub

BAR = 3.0
KEY = "session-evaluation"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a laptop's database (read only)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument("--groups", type=int, default=6, help="groups in the programme (6)")
    parser.add_argument("--bar", type=float, default=BAR, help=f"highest ratio (default {BAR})")
    return parser.parse_args(argv)


def laptop_copy(path: Path, folder: Path, groups: int) -> tuple[Path, str]:
    """A copy of ``path`` at this version's schema with a programme of its busiest
    groups; the copy and the programme's id."""
    from reflectdesk.store import programmes
    from reflectdesk.store.database import open_store
    from reflectdesk.store.groups import list_groups
    from reflectdesk.store.sessions import list_sessions

    copy = folder / "laptop.db"
    source, target = sqlite3.connect(f"file:{path}?mode=ro", uri=True), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    with open_store(copy) as store:
        every = list_groups(store)
        sizes = {group.id: len(list_sessions(store, group.id)) for group in every}
        chosen = sorted(sizes, key=lambda group_id: -sizes[group_id])[:groups]
        programme = programmes.create_programme(store, "Benchmark programme")
        for group_id in chosen:
            programmes.add_group(store, programme.id, group_id)
    return copy, programme.id


def series_read(group_id: str, old: bool) -> Callable[[Any], object]:
    """The series read's queries (its sessions, then their forms with their answers) with
    the forms found the old way (``group_id = ? OR session_id IN (…)``) or the new."""
    from reflectdesk.store import responses as r

    def read(store: Any) -> object:
        with store.reading() as session:
            meetings = session.execute(
                r.select(r._sessions.c.id)
                .where(r._sessions.c.group_id == group_id)
                .order_by(r._sessions.c.planned_start, r._sessions.c.created_at, r._sessions.c.id)
            ).scalars()
            ids = list(meetings)
            if old:
                in_group = r.select(r._sessions.c.id).where(r._sessions.c.group_id == group_id)
                versions = r.select(r._q.c.id).where(r._q.c.key == KEY)
                where = (
                    (
                        (r._responses.c.group_id == group_id)
                        | r._responses.c.session_id.in_(in_group)
                    )
                    & r._responses.c.questionnaire_id.concat("").in_(versions)
                    & r._responses.c.session_id.is_not(None)
                )
            else:
                where = r._of_sessions(ids, KEY)
            return sorted(r._load(session, where), key=lambda form: form.id)

    return read


def report_before(programme_id: str) -> Callable[[Any], object]:
    """The programme report as it was before its registers were read in one go per
    group: one ``attendance`` read per held session (export/programme.headcount)."""
    from reflectdesk.core.model import ATTENDED
    from reflectdesk.core.programme_stats import GroupHeadcount
    from reflectdesk.export import programme
    from reflectdesk.export.series import held_sessions
    from reflectdesk.store import attendance, members

    def headcount(store: Any, group_id: str, name: str, required: int | None) -> Any:
        held = held_sessions(store, group_id)
        registers = [
            {entry.person_id: entry.status for entry in attendance.attendance(store, s.id)}
            for s in held
        ]
        students: dict[str, int] = {}
        facilitators: set[str] = set()
        for member in members.list_members(store, group_id, include_former=True):
            if member.role in programme.FACILITATING:
                if member.active:
                    facilitators.add(member.person_id)
                continue
            marks = [register.get(member.person_id) for register in registers]
            if member.person_id in students or not (member.active or any(marks)):
                continue
            students[member.person_id] = sum(1 for status in marks if status in ATTENDED)
        return GroupHeadcount(
            group_id, name, tuple(students.values()), len(facilitators), required, len(held)
        )

    def read(store: Any) -> object:
        now = programme.headcount
        programme.headcount = headcount  # type: ignore[assignment]
        try:
            return programme.build_programme_report(store, programme_id)
        finally:
            programme.headcount = now

    return read


def ms(read: Callable[[Any], object], store: Any) -> float:
    started = time.perf_counter()
    read(store)
    return (time.perf_counter() - started) * 1000


def _figures(report: Any) -> object:
    return (report.groups, report.questionnaires, report.changes, report.themes)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from sqlalchemy import make_url

    from reflectdesk.export.programme import build_programme_report
    from reflectdesk.store.database import open_store
    from reflectdesk.store.hub import create_hub_engine, migrate_hub, open_hub_store
    from tests.postgres_server import start_server

    folder = Path(tempfile.mkdtemp(prefix="rd-hub-programme-"))
    server = start_server()
    stores: dict[str, Any] = {}
    try:
        started = time.perf_counter()
        path, programme_id = laptop_copy(args.db, folder, args.groups)
        print(f"copied --db and made a programme in {time.perf_counter() - started:.1f} s")
        stores["laptop"] = open_store(path, for_reading=True)
        group_id = busiest_group(stores["laptop"])
        server.execute("CREATE DATABASE hub_programme")
        url = server.url("hub_programme")
        engine = create_hub_engine(url)
        migrate_hub(engine)
        rows, seconds = copy_to_hub(stores["laptop"].engine, engine)
        print(f"copied {rows:,} shareable rows in {seconds:.1f} s")
        _, lead = publish_as_facilitators(engine, group_id)
        engine.dispose()
        stores["hub"] = open_hub_store(make_url(url).set(username=lead), migrate=False)
        # The superuser passes row-level security: the series read as hub_reads.py timed it.
        stores["hub superuser"] = open_hub_store(url, migrate=False)

        def report(store: Any) -> object:
            return build_programme_report(store, programme_id)

        laptop_figures = _figures(build_programme_report(stores["laptop"], programme_id))
        assert _figures(build_programme_report(stores["hub"], programme_id)) == laptop_figures
        before = report_before(programme_id)
        assert _figures(before(stores["hub"])) == laptop_figures
        for old in (True, False):
            read = series_read(group_id, old)
            for name in ("hub", "hub superuser"):
                assert read(stores[name]) == read(stores["laptop"]), "the series read differs"
        reads: dict[str, Callable[[Any], object]] = {
            "programme report, before": before,
            "programme report": report,
            "series read, before (OR)": series_read(group_id, True),
            "series read, after": series_read(group_id, False),
        }
        spent: dict[tuple[str, str], list[float]] = {}
        for run in range(args.runs + 1):
            for read_name, read in reads.items():
                for engine_name, store in stores.items():
                    if read in (report, before) and engine_name == "hub superuser":
                        continue
                    took = ms(read, store)
                    if run:  # the first is a warm-up
                        spent.setdefault((read_name, engine_name), []).append(took)
    finally:
        for store in stores.values():
            store.close()
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    median = {key: statistics.median(values) for key, values in spent.items()}
    head = f"{'read':26} {'laptop ms':>10} {'hub (lead)':>10} {'ratio':>6}"
    print(f"{head} {'superuser':>10} {'ratio':>6}")
    for read_name in reads:
        laptop, hub = median[(read_name, "laptop")], median[(read_name, "hub")]
        su = median.get((read_name, "hub superuser"))
        line = f"{read_name:26} {laptop:10.1f} {hub:10.1f} {hub / laptop:6.2f}"
        print(line + ("" if su is None else f" {su:10.1f} {su / laptop:6.2f}"))
    for engine_name in stores:
        before = median[("series read, before (OR)", engine_name)]
        after = median[("series read, after", engine_name)]
        print(f"series read on the {engine_name}: after / before {after / before:.2f}")
    ratio = median[("programme report", "hub")] / median[("programme report", "laptop")]
    verdict = "PASS" if ratio <= args.bar else "FAIL"
    print(
        f"{verdict}: the programme report of {args.groups} groups on the hub as its lead "
        f"{median[('programme report', 'hub')]:.0f} ms, on the laptop "
        f"{median[('programme report', 'laptop')]:.0f} ms ({ratio:.2f}; bar {args.bar})"
    )
    return 0 if ratio <= args.bar else 1


if __name__ == "__main__":
    sys.exit(main())
