"""The hub reads as the laptop does: one group's pages on PostgreSQL against the same
rows in the laptop's SQLite file (issue 20, "one model, two engines").

Copies the shareable tables of ``--db`` (opened read-only) into a throwaway PostgreSQL
database built by the hub's own migrations (store/hub.py), so what the hub's schema
leaves out (private notes, the vault, settings, the search index) is left out by
construction; the copy's rows a second are printed, a first look at what publishing a
whole laptop costs. Then times the reads of a group page and its results, through the
same store functions on both engines, for the group with the most sessions: alternating
laptop and hub, ``--runs`` each after one warm-up, medians. The baseline is the laptop's
file in the same run. Exits 1 when median(hub) / median(laptop) is over the bar.

The server is started like the tests' (tests/postgres_server.py: initdb into a
temporary folder, a Unix socket, stopped at the end), or given with ``--hub-url``
(an empty database; it is filled). ``--db`` must be at this version's schema: open a
copy once in the app (or with ``open_store``) to upgrade it.

    PYTHONPATH=. python benchmarks/hub_reads.py --db /tmp/reflectdesk-scale/large-1x.db
    PYTHONPATH=. python benchmarks/hub_reads.py --db big.db --runs 25 --bar 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BAR = 3.0
CHUNK = 5_000


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a laptop's database (read only)")
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (default 15)")
    parser.add_argument("--bar", type=float, default=BAR, help=f"highest ratio (default {BAR})")
    parser.add_argument("--hub-url", help="an empty PostgreSQL database instead of a new server")
    return parser.parse_args(argv)


def copy_to_hub(laptop: Any, hub: Any) -> tuple[int, float]:
    """Every row the hub's schema has room for, table by table in dependency order; the
    rows copied and the seconds it took."""
    import sqlalchemy as sa

    from reflectdesk.store.models import load_all

    hub_tables = set(sa.inspect(hub).get_table_names())
    copied = 0
    started = time.perf_counter()
    with laptop.connect() as source, hub.begin() as target:
        for table in load_all().sorted_tables:
            if table.name not in hub_tables:
                continue
            columns = [column["name"] for column in sa.inspect(hub).get_columns(table.name)]
            query = sa.select(*(table.c[name] for name in columns))
            if table.name == "notes":
                query = query.where(table.c.kind != "private")
            elif table.name == "note_themes":
                notes = load_all().tables["notes"]
                query = query.join(notes, notes.c.id == table.c.note_id).where(
                    notes.c.kind != "private"
                )
            result = source.execution_options(yield_per=CHUNK).execute(query)
            for chunk in result.mappings().partitions():
                target.execute(sa.insert(table), [dict(row) for row in chunk])
                copied += len(chunk)
    return copied, time.perf_counter() - started


def busiest_group(store: Any) -> str:
    from reflectdesk.store.groups import list_groups
    from reflectdesk.store.sessions import list_sessions

    return max(list_groups(store), key=lambda group: len(list_sessions(store, group.id))).id


def page_reads(group_id: str) -> dict[str, Callable[[Any], object]]:
    """What the group page and its results read, by name."""
    from reflectdesk.store import groups, members, notes, responses, sessions, themes

    return {
        "group list": groups.list_groups,
        "members": lambda store: members.list_members(store, group_id),
        "sessions": lambda store: sessions.list_sessions(store, group_id),
        "learning points": lambda store: notes.group_learning_points(store, group_id),
        "open actions": lambda store: notes.open_actions(store, group_id),
        "theme counts": lambda store: themes.theme_counts(store, group_id),
        "series results": lambda store: responses.series_responses(
            store, group_id, "session-evaluation"
        ),
    }


def timed(reads: dict[str, Callable[[Any], object]], store: Any) -> dict[str, float]:
    spent = {}
    for name, read in reads.items():
        started = time.perf_counter()
        read(store)
        spent[name] = (time.perf_counter() - started) * 1000
    return spent


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from reflectdesk.store.database import open_store
    from reflectdesk.store.hub import create_hub_engine, migrate_hub, open_hub_store

    laptop = open_store(args.db, for_reading=True)
    server = None
    url = args.hub_url
    try:
        if url is None:
            from tests.postgres_server import start_server

            server = start_server()
            server.execute("CREATE DATABASE hub_reads")
            url = server.url("hub_reads")
        engine = create_hub_engine(url)
        started = time.perf_counter()
        migrate_hub(engine)
        print(f"hub schema built in {time.perf_counter() - started:.2f} s")
        rows, seconds = copy_to_hub(laptop.engine, engine)
        # Statistics for the planner now, as autovacuum would make them soon after a
        # real publish; without them PostgreSQL guesses at the fresh tables' sizes.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("ANALYZE")
        engine.dispose()
        print(f"copied {rows:,} shareable rows in {seconds:.1f} s ({rows / seconds:,.0f} rows/s)")
        hub = open_hub_store(url, migrate=False)
        try:
            group_id = busiest_group(laptop)
            reads = page_reads(group_id)
            assert repr(reads["sessions"](laptop)) == repr(reads["sessions"](hub))
            assert repr(reads["series results"](laptop)) == repr(reads["series results"](hub))
            laptop_runs: list[dict[str, float]] = []
            hub_runs: list[dict[str, float]] = []
            timed(reads, laptop)
            timed(reads, hub)  # warm-ups, not counted
            for _ in range(args.runs):
                laptop_runs.append(timed(reads, laptop))
                hub_runs.append(timed(reads, hub))
        finally:
            hub.close()
    finally:
        laptop.close()
        if server is not None:
            server.stop()
    print(f"{'read':16} {'laptop ms':>10} {'hub ms':>8} {'ratio':>6}")
    for name in reads:
        mine = statistics.median(run[name] for run in laptop_runs)
        theirs = statistics.median(run[name] for run in hub_runs)
        print(f"{name:16} {mine:10.2f} {theirs:8.2f} {theirs / mine:6.2f}")
    laptop_total = statistics.median(sum(run.values()) for run in laptop_runs)
    hub_total = statistics.median(sum(run.values()) for run in hub_runs)
    ratio = hub_total / laptop_total
    verdict = "PASS" if ratio <= args.bar else "FAIL"
    print(
        f"{verdict}: the group page's reads on the hub {hub_total:.1f} ms, on the laptop "
        f"{laptop_total:.1f} ms: ratio {ratio:.2f} (bar {args.bar})"
    )
    return 0 if ratio <= args.bar else 1


if __name__ == "__main__":
    sys.exit(main())
