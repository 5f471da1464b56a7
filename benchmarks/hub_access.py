"""What row-level security costs the hub's reads (issue 20, migration 0017): one group's
page read as its facilitator's role and as its programme lead's role, against the same
reads as the server's superuser (who passes row-level security: the baseline, in the
same run, on the same rows).

The hub is built as benchmarks/hub_reads.py builds it (a throwaway server, the hub's
migrations, the shareable rows of ``--db`` copied), then published as if by one
facilitator per group: each group's ``hub_group_owners`` row names its own login role,
each person's ``hub_row_owners`` row the author of their first group, and the busiest
group's programme gets a lead (a programme is made for it if it has none). The reads are
the group page's and its results' through the store's own functions; alternating
superuser, facilitator, lead, ``--runs`` each after one warm-up, medians. Each role's
results must equal the superuser's (the group list excepted: a facilitator sees one
group). Exits 1 when a role's median total over the superuser's is over the bar.

``--db`` at an older schema is copied and upgraded first (the copy is deleted after).

    PYTHONPATH=. python benchmarks/hub_access.py --db /tmp/reflectdesk-scale/large-1x.db
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hub_reads import busiest_group, copy_to_hub, page_reads, timed

BAR = 2.0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a laptop's database (read only)")
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (default 15)")
    parser.add_argument("--bar", type=float, default=BAR, help=f"highest ratio (default {BAR})")
    return parser.parse_args(argv)


def laptop_at_head(path: Path, folder: Path) -> Path:
    from reflectdesk.store.database import open_store
    from reflectdesk.store.schema import HEAD_REVISION
    from reflectdesk.store.sqlite_file import inspect_database_file

    if inspect_database_file(path).revision == HEAD_REVISION:
        return path
    copy = folder / "laptop.db"
    shutil.copyfile(path, copy)
    started = time.perf_counter()
    open_store(copy).close()
    print(f"copied and upgraded --db in {time.perf_counter() - started:.1f} s")
    return copy


def publish_as_facilitators(engine: Any, group_id: str) -> tuple[str, str]:
    """One login role per group, owning it; a lead for the busiest group's programme.
    Returns (the busiest group's facilitator role, its lead's role)."""
    import uuid

    with engine.begin() as connection:
        groups = [row[0] for row in connection.exec_driver_sql("SELECT id FROM groups")]
        roles = {}
        for number, group in enumerate(groups):
            role = roles[group] = f"rd_bench_{number}"
            connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN IN ROLE reflectdesk_facilitator")
            connection.exec_driver_sql(
                "INSERT INTO hub_group_owners (group_id, author_role, laptop_id) "
                f"VALUES ('{group}', '{role}', 'bench')"
            )
        connection.exec_driver_sql(
            "INSERT INTO hub_row_owners (table_name, row_id, author_role, laptop_id) "
            "SELECT DISTINCT ON (m.person_id) 'persons', m.person_id, o.author_role, 'bench' "
            "FROM memberships m JOIN hub_group_owners o ON o.group_id = m.group_id "
            "ORDER BY m.person_id, m.group_id"
        )
        programme = connection.exec_driver_sql(
            f"SELECT programme_id FROM groups WHERE id = '{group_id}'"
        ).scalar()
        if programme is None:
            programme = str(uuid.uuid4())
            connection.exec_driver_sql(
                "INSERT INTO programmes (id, name, description, created_at, updated_at) "
                f"VALUES ('{programme}', 'bench', '', now(), now())"
            )
            connection.exec_driver_sql(
                f"UPDATE groups SET programme_id = '{programme}' WHERE id = '{group_id}'"
            )
        connection.exec_driver_sql("CREATE ROLE rd_bench_lead LOGIN IN ROLE reflectdesk_lead")
        connection.exec_driver_sql(
            "INSERT INTO hub_leads (role_name, programme_id, display_name) "
            f"VALUES ('rd_bench_lead', '{programme}', 'lead')"
        )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("ANALYZE")
    return roles[group_id], "rd_bench_lead"


def _canonical(result: object) -> object:
    """A read's result to compare, a session's responses in any order and their answers
    too (read with no ORDER BY, so another plan may return them in another)."""
    sessions = getattr(result, "sessions", None)
    if sessions is None:
        return repr(result)
    return [(item.session_id, sorted(item.responses, key=repr_id)) for item in sessions]


def repr_id(response: Any) -> str:
    return str(response.id)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from sqlalchemy import make_url

    from reflectdesk.store.database import open_store
    from reflectdesk.store.hub import create_hub_engine, migrate_hub, open_hub_store
    from tests.postgres_server import start_server

    folder = Path(tempfile.mkdtemp(prefix="rd-hub-access-"))
    server = start_server()
    stores: dict[str, Any] = {}
    try:
        laptop = open_store(laptop_at_head(args.db, folder), for_reading=True)
        try:
            group_id = busiest_group(laptop)
            server.execute("CREATE DATABASE hub_access")
            url = server.url("hub_access")
            engine = create_hub_engine(url)
            migrate_hub(engine)
            rows, seconds = copy_to_hub(laptop.engine, engine)
            print(f"copied {rows:,} shareable rows in {seconds:.1f} s")
        finally:
            laptop.close()
        facilitator, lead = publish_as_facilitators(engine, group_id)
        engine.dispose()
        for name, role in (("superuser", None), ("facilitator", facilitator), ("lead", lead)):
            role_url = url if role is None else make_url(url).set(username=role)
            stores[name] = open_hub_store(role_url, migrate=False)
        reads = page_reads(group_id)
        for name in ("facilitator", "lead"):
            for read, function in reads.items():
                if read != "group list":
                    mine, theirs = function(stores[name]), function(stores["superuser"])
                    assert _canonical(mine) == _canonical(theirs), (name, read)
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in stores}
        for store in stores.values():
            timed(reads, store)  # warm-ups, not counted
        for _ in range(args.runs):
            for name, store in stores.items():
                runs[name].append(timed(reads, store))
    finally:
        for store in stores.values():
            store.close()
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{'read':16} {'superuser ms':>12} {'facilitator':>12} {'lead':>8}")
    for read in reads:
        medians = [statistics.median(run[read] for run in runs[name]) for name in runs]
        print(f"{read:16} {medians[0]:12.2f} {medians[1]:12.2f} {medians[2]:8.2f}")
    totals = {name: statistics.median(sum(run.values()) for run in runs[name]) for name in runs}
    worst = max(totals["facilitator"], totals["lead"]) / totals["superuser"]
    verdict = "PASS" if worst <= args.bar else "FAIL"
    print(
        f"{verdict}: the group page's reads as its facilitator {totals['facilitator']:.1f} ms "
        f"({totals['facilitator'] / totals['superuser']:.2f}), as its lead "
        f"{totals['lead']:.1f} ms ({totals['lead'] / totals['superuser']:.2f}), against "
        f"{totals['superuser']:.1f} ms past row-level security (bar {args.bar})"
    )
    return 0 if worst <= args.bar else 1


if __name__ == "__main__":
    sys.exit(main())
