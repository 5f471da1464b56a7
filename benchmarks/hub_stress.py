"""Publishing under load and faults (issue 20, "Proved under load and faults"): N
laptops (separate processes, as real laptops are) publish a term each to one hub at the
same moment; then a fresh laptop's publish is cut by the server being killed
(``pg_ctl stop -m immediate``) and resumed after a restart; then the canary of every
private note is looked for in every text column of every hub table, in the server's log
(``log_statement=all``) and in a packet capture of all the hub's traffic.

Checks, each printed PASS or FAIL (exit 1 on any FAIL):
- every shareable row of every laptop is on the hub exactly once (keys per table: the
  rows the hub gained are the union of the laptops' planned rows, and their sum);
- the programme figures the lead reads from the hub equal the sum of each laptop's own;
- after the kill and the restart, no row is marked published that the hub lacks, and
  the resumed publish leaves exactly the rows of one clean publish of a copy of the same
  laptop to a second hub, row for row;
- no canary anywhere; as controls, a shareable point's text is in the log and the capture.

Figures: wall time per laptop and overall, rows a second, the server's most client
connections at once, and the baseline in the same run: the same term published by one
laptop alone (before and after), with the ratio of the median laptop's time at N at once.

The server is the tests' (tests/postgres_server.py), listening on 127.0.0.1 at a free
port without TLS (so the capture can read it). tcpdump needs root; without it the run
says so and keeps the table and log checks.

    PYTHONPATH=. python benchmarks/hub_stress.py [--laptops 20] [--scale 1] [--keep]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from hub_stress_capture import Capture
from hub_stress_term import canary, open_laptop, planned_keys, run_laptop, shared_text

CHECKS: list[tuple[str, bool, str]] = []


def check(name: str, passed: bool, detail: str = "") -> None:
    CHECKS.append((name, passed, detail))
    print(f"{'PASS' if passed else 'FAIL'}  {name}{f': {detail}' if detail else ''}", flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--laptops", type=int, default=20, help="laptops at once (20)")
    parser.add_argument("--scale", type=int, default=1, help="groups per laptop's term (1)")
    parser.add_argument("--keep", action="store_true", help="keep the folder (log, capture)")
    return parser.parse_args(argv)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Hub:
    """The throwaway server and the hub databases of the run."""

    def __init__(self, folder: Path, laptops: int) -> None:
        from tests.postgres_server import start_server

        settings = ("log_statement=all", f"max_connections={laptops + 20}")
        self.server = start_server(port=free_port(), settings=settings)
        self.folder = folder

    def database(self, name: str) -> str:
        """A new hub database, set up by `hub init` over TCP; its address (the admin's)."""
        from reflectdesk.store.hub_setup import init_hub

        self.server.execute(f"CREATE DATABASE {name}")
        url = str(self.server.tcp_url(name))
        init_hub(url)
        return url

    def admin(self, url: str) -> str:
        """The superuser's address of the database of ``url``, through the Unix socket
        (the checks' own reads stay out of the capture)."""
        from sqlalchemy import make_url

        return str(self.server.url(str(make_url(url).database)))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="rd-stress-"))
    hub = Hub(folder, args.laptops)
    capture = Capture(folder / "hub.pcap", hub.server.port or 0)
    try:
        run(args, hub, capture, folder)
    finally:
        capture.stop()
        if args.keep:
            print(f"kept: {folder} (laptops, hub.pcap) and {hub.server.folder} (server.log)")
            hub.server.kill()
        else:
            hub.server.stop()
            shutil.rmtree(folder, ignore_errors=True)
    failed = [name for name, passed, _detail in CHECKS if not passed]
    print(f"\n{len(CHECKS) - len(failed)} of {len(CHECKS)} checks passed")
    return 1 if failed else 0


def run(args: argparse.Namespace, hub: Hub, capture: Capture, folder: Path) -> None:
    from reflectdesk.store import hub_roles

    url = hub.database("hub")
    lead = hub_roles.add_lead(url, "Programme Lead", "Stress term")
    logins = [hub_roles.add_facilitator(url, f"Facilitator {n}") for n in range(args.laptops)]
    if not capture.start():
        print(f"NOTE  no packet capture: {capture.problem}")
    before = hub_keys(hub.admin(url))
    outcomes, overall, connections = at_once(args, logins, lead.programme_id, folder, hub)
    solo = [solo_publish(hub, folder / "laptop-0-twin.db", f"solo_{n}") for n in range(2)]
    report_speed(args, outcomes, overall, connections, solo)
    check_rows(hub.admin(url), before, outcomes)
    check_figures(lead, outcomes)
    fault_laptop = killed_and_resumed(hub, url, args, folder, lead.programme_id)
    capture.stop()
    check_canaries(hub, url, capture, args.laptops + 1, fault_laptop)


def at_once(
    args: argparse.Namespace, logins: list[Any], programme: str | None, folder: Path, hub: Hub
) -> tuple[list[dict[str, Any]], float, int]:
    """Every laptop built and published in a process of its own; the publishes start
    together (a barrier). Returns the outcomes, the overall wall time and the most
    client connections the server had at once."""
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(args.laptops)
    jobs = []
    for number, login in enumerate(logins):
        jobs.append(
            {
                "number": number,
                "path": str(folder / f"laptop-{number}.db"),
                "twin": str(folder / "laptop-0-twin.db") if number == 0 else "",
                "result": str(folder / f"laptop-{number}.json"),
                "groups": args.scale,
                "programme": programme,
                "url": login.connection_string,
            }
        )
    workers = [spawn.Process(target=run_laptop, args=(job, barrier)) for job in jobs]
    for worker in workers:
        worker.start()
    watcher = ConnectionWatcher(hub.server.folder, hub.server.port or 5432)
    watcher.start()
    for worker in workers:
        worker.join()
    watcher.stop()
    outcomes = [json.loads(Path(job["result"]).read_text()) for job in jobs]
    errors = [f"laptop {o['number']}: {o['error']}" for o in outcomes if "error" in o]
    name = f"{args.laptops} laptops published at once without an error"
    check(name, not errors, "; ".join(errors))
    if errors:
        raise SystemExit(1)
    overall = max(o["end"] for o in outcomes) - min(o["start"] for o in outcomes)
    return outcomes, overall, watcher.most


class ConnectionWatcher(threading.Thread):
    """Counts the hub's client connections every 20 ms (through the Unix socket, so
    the capture never sees it), keeping the most."""

    def __init__(self, socket_folder: Path, port: int) -> None:
        super().__init__(daemon=True)
        self.socket_folder, self.port = str(socket_folder), port
        self.most = 0
        self._done = threading.Event()

    def run(self) -> None:
        import psycopg

        from tests.postgres_server import SUPERUSER

        with psycopg.connect(
            host=self.socket_folder,
            port=self.port,
            user=SUPERUSER,
            dbname="postgres",
            autocommit=True,
        ) as db:
            while not self._done.wait(0.02):
                row = db.execute(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = 'hub' AND backend_type = 'client backend'"
                ).fetchone()
                self.most = max(self.most, int(row[0]) if row else 0)

    def stop(self) -> None:
        self._done.set()
        self.join()


def solo_publish(hub: Hub, twin: Path, name: str) -> float:
    """The baseline: a copy of laptop 0, published alone to a hub of its own."""
    from reflectdesk.operations.hub_publish import publish
    from reflectdesk.store import hub_roles
    from tests.hub.publish_compare import copy_laptop

    url = hub.database(name)
    login = hub_roles.add_facilitator(url, "Solo Facilitator")
    copy = copy_laptop(twin, twin.with_name(f"{name}.db"))
    store = open_laptop(copy, new=False)
    try:
        started = time.monotonic()
        publish(store, login.connection_string)
        return time.monotonic() - started
    finally:
        store.close()


def report_speed(
    args: argparse.Namespace,
    outcomes: list[dict[str, Any]],
    overall: float,
    connections: int,
    solo: list[float],
) -> None:
    walls = sorted(o["end"] - o["start"] for o in outcomes)
    sent = sum(o["sent"] for o in outcomes)
    builds = [o["build_s"] for o in outcomes]
    print(f"\nlaptops: {args.laptops}, each a term of {args.scale} group(s) of 12 sessions")
    print(f"built each laptop in: median {statistics.median(builds):.1f} s (in parallel)")
    print(f"rows sent: {sent:,} ({sent // args.laptops:,} a laptop)")
    print(
        f"wall time a laptop: median {statistics.median(walls):.2f} s, "
        f"min {walls[0]:.2f} s, max {walls[-1]:.2f} s"
    )
    print(f"overall (first start to last end): {overall:.2f} s; {sent / overall:,.0f} rows/s")
    print(f"most client connections at once on the hub: {connections}")
    alone = statistics.median(solo)
    print(f"baseline, laptop 0's term published alone: {', '.join(f'{t:.2f}' for t in solo)} s")
    print(f"ratio median laptop at once / alone: {statistics.median(walls) / alone:.2f}")
    print(f"ratio overall / ({args.laptops} x alone): {overall / (args.laptops * alone):.2f}\n")


def hub_keys(admin_url: str) -> dict[str, set[str]]:
    from tests.hub.publish_compare import hub_keys as keys

    return keys(admin_url)


def check_rows(admin_url: str, before: dict[str, set[str]], outcomes: list[dict[str, Any]]) -> None:
    """Every laptop's rows on the hub once: what the hub gained is the union of the
    planned keys, and no two laptops planned one key (so none can be there twice)."""
    after = hub_keys(admin_url)
    lost, extra, shared = {}, {}, {}
    for table, there in after.items():
        planned = [set(o["planned"].get(table, ())) for o in outcomes]
        union = set().union(*planned)
        gained = there - before.get(table, set())
        if union - there:
            lost[table] = len(union - there)
        if gained - union:
            extra[table] = len(gained - union)
        if sum(len(keys) for keys in planned) != len(union):
            shared[table] = sum(len(keys) for keys in planned) - len(union)
    rows = sum(len(o["planned"].get(t, ())) for o in outcomes for t in after)
    check(
        "every laptop's shareable rows are on the hub (0 lost)",
        not lost,
        f"{rows:,} rows" + (f", lost: {lost}" if lost else ""),
    )
    check("no row on the hub that no laptop planned (0 extra)", not extra, str(extra or ""))
    check("no key sent by two laptops (0 duplicated)", not shared, str(shared or ""))


def check_figures(lead: Any, outcomes: list[dict[str, Any]]) -> None:
    from reflectdesk.store.hub import open_hub_store
    from tests.hub.publish_compare import programme_figures, summed

    store = open_hub_store(lead.connection_string, migrate=False)
    started = time.monotonic()
    try:
        on_hub = programme_figures(store, lead.programme_id)
    finally:
        store.close()
    # Not barred here: the programme view's reads on the hub are the programme part's.
    print(f"the lead's programme report read from the hub in {time.monotonic() - started:.1f} s")
    expected = summed([o["figures"] for o in outcomes])
    differ = {
        k: (on_hub.get(k), expected.get(k))
        for k in {*on_hub, *expected}
        if on_hub.get(k) != expected.get(k)
    }
    shown = ", ".join(
        f"{k} {on_hub[k]:,}"
        for k in ("groups", "students", "sessions held", "sessions attended")
        if k in on_hub
    )
    forms = on_hub.get("session-evaluation forms", 0)
    check(
        "the lead's programme figures equal the sum of the laptops'",
        not differ,
        f"{shown}, session forms {forms:,}" if not differ else str(differ),
    )


def killed_and_resumed(
    hub: Hub, url: str, args: argparse.Namespace, folder: Path, programme: str | None
) -> int:
    """A fresh laptop's publish, the server killed a third of the way (after whole
    batches were committed), restarted, and the publish run again; compared with a
    copy of that laptop published cleanly to a hub of its own. Returns its number."""
    from hub_stress_term import build_term

    from reflectdesk.operations.hub_publish import publish
    from reflectdesk.store import hub_roles
    from reflectdesk.store.hub_errors import HubUnreachableError
    from tests.hub.publish_compare import copy_laptop, ledger_keys, rows_with_keys

    number = args.laptops
    login = hub_roles.add_facilitator(url, f"Facilitator {number}")
    path = folder / f"laptop-{number}.db"
    store = open_laptop(path, new=True)
    build_term(store, number, args.scale, programme)
    planned = planned_keys(store)
    store.close()
    twin = copy_laptop(path, folder / f"laptop-{number}-twin.db")
    killed: list[int] = []

    def kill_a_third_of_the_way(done: int, total: int) -> None:
        if done * 3 >= total and not killed:
            hub.server.kill()
            killed.append(done)

    store = open_laptop(path, new=False)
    try:
        try:
            publish(store, login.connection_string, progress=kill_a_third_of_the_way)
            failed = ""
        except HubUnreachableError as error:
            failed = str(error)
        total = sum(len(keys) for keys in planned.values())
        check(
            "the publish cut by the killed server fails in one line",
            bool(failed) and "\n" not in failed,
            f"after {killed[0] if killed else 0:,} of {total:,} rows",
        )
        hub.server.run()
        marked = ledger_keys(store)
        there = hub_keys(hub.admin(url))
        ahead = {t: len(keys - there[t]) for t, keys in marked.items() if keys - there[t]}
        check(
            "after the restart, nothing is marked published that the hub lacks",
            not ahead,
            str(ahead or f"{sum(len(k) for k in marked.values()):,} rows marked"),
        )
        publish(store, login.connection_string)
    finally:
        store.close()
    clean_url = hub.database("clean_hub")
    clean = hub_roles.add_facilitator(clean_url, f"Facilitator {number}")
    store = open_laptop(twin, new=False)
    try:
        publish(store, clean.connection_string)
    finally:
        store.close()
    resumed = rows_with_keys(hub.admin(url), planned)
    once = rows_with_keys(hub.admin(clean_url), planned)
    differ = [t for t in planned if resumed[t] != once[t]]
    check(
        "the resumed publish equals one clean publish, row for row",
        not differ and sum(map(len, once.values())) == total,
        f"{total:,} rows" if not differ else f"differs in {differ}",
    )
    return number


def check_canaries(hub: Hub, url: str, capture: Capture, laptops: int, fault: int) -> None:
    """No laptop's canary in any text column of any hub table, in the server's log or
    in the capture; the controls: a shareable point's text is in the log and capture."""
    from tests.hub.access_helpers import as_superuser

    canaries = [canary(number) for number in range(laptops)]
    found = []
    with as_superuser(hub.admin(url)) as admin:
        columns = admin.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')"
        ).fetchall()
        for table, column in columns:
            for mark in canaries:
                hit = admin.execute(
                    f'SELECT count(*) FROM "{table}" WHERE "{column}" LIKE %s', (f"%{mark}%",)
                ).fetchone()
                if hit != (0,):
                    found.append(f"{table}.{column}")
    check(
        "no canary in any text column of any hub table",
        not found,
        f"{len(columns)} columns x {len(canaries)} canaries" if not found else str(found),
    )
    # The scan above names the canaries in its own statements: only the log before it.
    log = hub.server.log.read_bytes()
    log = (
        log[: log.find(b"information_schema.columns")]
        if b"information_schema.columns" in log
        else log
    )
    point = shared_text(fault, 0, 0).encode()
    in_log = [mark for mark in canaries if mark.encode() in log]
    check("no canary in the server's log (log_statement=all)", not in_log, f"{len(log):,} bytes")
    check("control: a shareable point's text is in the server's log", point in log)
    if capture.problem:
        print(f"NOTE  packet capture skipped: {capture.problem}")
        return
    streams = capture.streams()
    size = sum(len(stream) for stream in streams)
    in_capture = [mark for mark in canaries if any(mark.encode() in s for s in streams)]
    check(
        "no canary in the packet capture of the hub's traffic",
        not in_capture,
        f"{len(streams)} streams, {size:,} bytes",
    )
    seen = sum(any(shared_text(n, 0, 0).encode() in s for s in streams) for n in range(laptops))
    check(
        "control: every laptop's first shareable point is in the capture",
        seen == laptops,
        f"{seen} of {laptops}",
    )


if __name__ == "__main__":
    sys.exit(main())
