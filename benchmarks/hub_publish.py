"""What publishing a laptop costs (issue 20, "Publish, never merge"): the first publish
of every group of ``--db`` through operations/hub_publish.py, as one facilitator's login
role under row-level security, with the identifier check, the owner rows, batches and
the ledger, against the baseline in the same run: a plain bulk copy of the same shareable
tables into an empty hub by the server's superuser (benchmarks/hub_reads.py's copy: no
security, no ledger, one transaction). Alternating copy and publish, ``--runs`` each, a
fresh hub database (and a fresh copy of ``--db``) every time; medians. Then the second
publish with nothing changed (the ledger's comparison only) and the publish after one
learning point changed. Exits 1 when median(publish) / median(copy) is over the bar.

The server is started like the tests' (tests/postgres_server.py). ``--db`` is copied
(a publish writes its ledger to the laptop); an older schema is upgraded in the copy.

    PYTHONPATH=. python benchmarks/hub_publish.py --db /tmp/reflectdesk-scale/large-1x.db
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hub_access import laptop_at_head
from hub_reads import copy_to_hub

BAR = 6.0
_numbers = itertools.count(1)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a laptop's database (read only)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each (default 3)")
    parser.add_argument("--bar", type=float, default=BAR, help=f"highest ratio (default {BAR})")
    return parser.parse_args(argv)


def fresh_hub(server: Any) -> str:
    from reflectdesk.store.hub import create_hub_engine, migrate_hub

    name = f"bench_{next(_numbers)}"
    server.execute(f"CREATE DATABASE {name}")
    engine = create_hub_engine(server.url(name))
    try:
        migrate_hub(engine)
    finally:
        engine.dispose()
    return str(server.url(name))


def timed_copy(laptop: Path, server: Any) -> tuple[float, int]:
    from sqlalchemy import create_engine

    from reflectdesk.store.hub import create_hub_engine

    hub = create_hub_engine(fresh_hub(server))
    source = create_engine(f"sqlite:///{laptop}")
    try:
        rows, seconds = copy_to_hub(source, hub)
    finally:
        hub.dispose()
        source.dispose()
    return seconds, rows


def laptop_copy(laptop: Path, folder: Path) -> Any:
    from reflectdesk.store import publish_ledger
    from reflectdesk.store.database import open_store
    from reflectdesk.store.groups import list_groups

    copy = folder / f"publish-{next(_numbers)}.db"
    shutil.copyfile(laptop, copy)
    store = open_store(copy)
    for group in [*list_groups(store), *list_groups(store, archived=True)]:
        publish_ledger.choose_group(store, group.id, None)
    return store


def timed_publish(laptop: Path, server: Any, folder: Path) -> tuple[float, Any, Any, str]:
    from reflectdesk.operations.hub_publish import publish
    from reflectdesk.store import hub_roles

    url = fresh_hub(server)
    login = hub_roles.add_facilitator(url, "Bench Facilitator")
    store = laptop_copy(laptop, folder)
    started = time.perf_counter()
    report = publish(store, login.connection_string)
    return time.perf_counter() - started, report, store, login.connection_string


def main(argv: list[str] | None = None) -> int:
    from tests.postgres_server import start_server

    args = parse_args(argv)
    server = start_server()
    folder = Path(tempfile.mkdtemp(prefix="rd-publish-"))
    try:
        laptop = laptop_at_head(args.db, folder)
        copies, publishes = [], []
        last: Any = None
        for _run in range(args.runs):
            seconds, rows = timed_copy(laptop, server)
            copies.append(seconds)
            seconds, report, store, url = timed_publish(laptop, server, folder)
            publishes.append(seconds)
            if last is not None:
                last[1].close()
            last = (report, store, url)
        report, store, url = last
        sent = sum(report.sent.values())
        print(f"laptop: {args.db.name}; shareable rows copied by the baseline: {rows}")
        print(f"published: {sent} rows, {len(report.held_back)} notes held back")
        for name, times in (("bulk copy (baseline)", copies), ("first publish", publishes)):
            print(f"{name:>22}: median {statistics.median(times):.2f} s  ({_list(times)})")
        ratio = statistics.median(publishes) / statistics.median(copies)
        print(f"ratio publish / copy: {ratio:.2f} (bar {args.bar})")
        print(f"rows a second: {sent / statistics.median(publishes):,.0f} published")
        again = _again(store, url)
        print(f"second publish, nothing changed: {_list(again)} (median {_median_ms(again)})")
        print(f"ratio republish / copy: {statistics.median(again) / statistics.median(copies):.2f}")
        changed = _one_point_changed(store, url)
        print(f"one learning point changed: {_list(changed)} (median {_median_ms(changed)})")
        store.close()
        return 0 if ratio <= args.bar else 1
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _again(store: Any, url: str) -> list[float]:
    from reflectdesk.operations.hub_publish import publish

    times = []
    for _ in range(3):
        started = time.perf_counter()
        report = publish(store, url)
        times.append(time.perf_counter() - started)
        assert not report.sent and not report.deleted, "a second publish sent rows"
    return times


def _one_point_changed(store: Any, url: str) -> list[float]:
    from sqlalchemy import select

    from reflectdesk.core.notes import LearningPointDraft
    from reflectdesk.operations.hub_publish import publish
    from reflectdesk.store import notes
    from reflectdesk.store.models.notes import Note

    with store.reading() as session:
        point = session.scalar(
            select(Note.id).where(Note.kind == "learning_point", Note.shareable.is_(True))
        )
    times = []
    for number in range(3):
        notes.update_learning_point(store, point, LearningPointDraft(f"Changed {number}", True))
        started = time.perf_counter()
        report = publish(store, url)
        times.append(time.perf_counter() - started)
        assert report.sent == {"notes": 1}, report.sent
    return times


def _list(times: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in times)


def _median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.0f} ms"


if __name__ == "__main__":
    sys.exit(main())
