"""How fast the search box answers on the large demo database.

Times :func:`reflectdesk.store.search_index.search` (query building, the FTS5 match
with bm25 and the title-first ranking, reading the entries, cutting and highlighting
snippets) for 200 realistic queries: words of member names, whole and as typed prefixes,
without their accents ("huseyin" for "Hüseyin"), places, group names, words of
learning points and actions when the database has any, dates, and two-word queries.
The baseline is measured in the same run through the same store, alternating with the
queries: a plain ``SELECT rowid FROM search_index WHERE search_index MATCH ?`` with a
fixed one-term query. Exits 1 when the median search is over the bar (20 ms).

    python benchmarks/search.py                      # makes a large demo database first
    python benchmarks/search.py --db big.db --queries 500

Uses only the standard library and the project (run it with the project's venv).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BAR_MS = 20.0
BASELINE_QUERY = '"balint"'  # a word of many group names and of a format's name
WARM_UP = 20


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="database to search (default: a new large demo)")
    parser.add_argument("--queries", type=int, default=200, help="timed queries (default 200)")
    parser.add_argument(
        "--bar", type=float, default=BAR_MS, help=f"highest median in ms (default {BAR_MS:g})"
    )
    parser.add_argument("--seed", type=int, default=7, help="seed for choosing the queries")
    args = parser.parse_args(argv)
    if args.queries < 1:
        parser.error("--queries must be at least 1")
    return args


def make_demo_db(path: Path) -> None:
    print(f"making a large demo database in {path} ...", flush=True)
    start = time.perf_counter()
    env = dict(os.environ, REFLECTDESK_DATA_DIR=str(path.parent / "data"))
    cmd = [sys.executable, "-m", "reflectdesk", "demo", "--db", str(path), "--size", "large"]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise SystemExit(2)
    print(f"  done in {time.perf_counter() - start:.1f} s", flush=True)


SOURCES = {
    "name": "SELECT display_name FROM persons",
    "place": "SELECT DISTINCT place FROM sessions",
    "group": "SELECT name FROM groups",
    "note": "SELECT body FROM notes WHERE kind IN ('learning_point', 'action')",
    "date": "SELECT DISTINCT substr(planned_start, 1, 10) FROM sessions",
}


def choose_queries(texts: dict[str, list[str]], count: int, seed: int) -> list[str]:
    """``count`` queries as a facilitator would type them, from the records' text."""
    from reflectdesk.core.names import fold

    rng = random.Random(seed)

    def words(key: str, fallback: list[str]) -> list[str]:
        found = {word for line in texts[key] for word in re.findall(r"[^\W_]{3,}", line)}
        return sorted(found) or fallback

    groups = words("group", ["balint"])
    names, places, notes = words("name", groups), words("place", groups), words("note", groups)
    dates = sorted(filter(None, texts["date"])) or groups
    full_names = sorted(texts["name"]) or names
    makers = [
        (30, lambda: rng.choice(names)),
        (15, lambda: rng.choice(names)[: rng.randint(3, 5)]),  # typing a prefix
        (15, lambda: fold(rng.choice(names))),  # typed without accents
        (10, lambda: " ".join(rng.choice(full_names).split()[:2])),
        (10, lambda: rng.choice(places)),
        (5, lambda: rng.choice(groups)),
        (10, lambda: rng.choice(notes)),
        (5, lambda: rng.choice(dates)),
    ]
    weights = [weight for weight, _ in makers]
    return [rng.choices(makers, weights)[0][1]() for _ in range(count)]


def summary(times: list[float]) -> tuple[float, float]:
    median = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[18] if len(times) > 1 else times[0]
    return median, p95


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="reflectdesk-search-") as scratch:
        db = args.db
        if db is None:
            db = Path(scratch) / "large.db"
            make_demo_db(db)
        return measure(db, args)


def measure(db: Path, args: argparse.Namespace) -> int:
    from sqlalchemy import text

    from reflectdesk.store.database import open_store
    from reflectdesk.store.search_index import search

    # Read-only and without the lock: searching never writes, and the app may be open.
    with open_store(db, for_reading=True) as store:
        with store.reading() as session:
            texts = {
                key: [str(row[0]) for row in session.execute(text(sql)) if row[0]]
                for key, sql in SOURCES.items()
            }
            entries = session.execute(text("SELECT count(*) FROM search_entries")).scalar_one()
        queries = choose_queries(texts, args.queries, args.seed)
        baseline_sql = text("SELECT rowid FROM search_index WHERE search_index MATCH :q")

        def baseline() -> float:
            start = time.perf_counter()
            with store.reading() as session:
                session.execute(baseline_sql, {"q": BASELINE_QUERY}).all()
            return (time.perf_counter() - start) * 1000

        def ours(query: str) -> tuple[float, int]:
            start = time.perf_counter()
            hits = search(store, query)
            return (time.perf_counter() - start) * 1000, len(hits)

        for query in queries[:WARM_UP]:
            baseline()
            ours(query)
        base_times: list[float] = []
        our_times: list[tuple[float, int, str]] = []
        for query in queries:  # alternating, so drift in the machine's speed hits both
            base_times.append(baseline())
            elapsed, found = ours(query)
            our_times.append((elapsed, found, query))
        with store.reading() as session:
            baseline_hits = len(session.execute(baseline_sql, {"q": BASELINE_QUERY}).all())

    base_median, base_p95 = summary(base_times)
    our_median, our_p95 = summary([elapsed for elapsed, _, _ in our_times])
    hits = statistics.mean(found for _, found, _ in our_times)
    print(f"database: {db} ({entries} index entries)")
    print(
        f"baseline  MATCH {BASELINE_QUERY} ({baseline_hits} rows): "
        f"median {base_median:.2f} ms, p95 {base_p95:.2f} ms"
    )
    print(
        f"search()  {len(queries)} queries (mean {hits:.1f} hits): "
        f"median {our_median:.2f} ms, p95 {our_p95:.2f} ms"
    )
    print(f"ratio of medians: {our_median / base_median:.1f}")
    slowest = sorted(our_times, reverse=True)[:5]
    print("slowest: " + ", ".join(f"{query!r} {ms:.1f} ms" for ms, _, query in slowest))
    if our_median > args.bar:
        print(f"FAIL: median search {our_median:.2f} ms is over the bar of {args.bar:g} ms")
        return 1
    print(f"ok: median search {our_median:.2f} ms ≤ {args.bar:g} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
