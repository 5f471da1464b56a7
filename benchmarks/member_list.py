"""How fast a pasted list of people is read and added (Add Several Members).

Two figures, each against a baseline measured in the same run, alternating:

- Reading and checking a pasted list (``read_pasted`` + ``check`` against 30 members),
  which the dialog does on every keystroke in its text box, for lists of 11, 110 and
  1,100 people; the baseline is splitting the same text into lines and folding each
  (``names.fold``), the least any reading must do. Bar: the 110-line median ≤ 16 ms
  (one frame at 60 Hz).
- Adding 11 people to a new group in a copy of ``--db`` in one go
  (``operations.member_list.add_listed_members``: one transaction), against adding the
  same 11 one by one with ``store.members.add_member`` (what eleven Add Member dialogs
  did). Bar: one go ≤ one by one (ratio ≤ 1).

    python benchmarks/member_list.py --db /work/scale/1x.db
    python benchmarks/member_list.py --db /work/scale/10x.db --runs 9

Without ``--db`` a new database with the built-ins is used. The given file is copied
(SQLite's backup API) and never written.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

READ_BAR_MS = 16.0
PEOPLE = [
    "IJsbrand de Vries\tParticipant",
    "Hüseyin Yılmaz\tDeelnemer",
    "Eertwegh, van den, Anna\tBegeleider",
    "Sanne van 't Hof\t",
    "Νίκος Παπαδόπουλος\tMember",
    "Ayşe Çelik\tlid",
    "Pieter Jansen\tco-begeleider",
    "\u200fMaria\u00a0Bakker\u200e\tlid",
    "Jan-Willem ter Horst\tlid",
    "Renée Müller\tlid",
    "Femke de Jong\tlid",
]


def pasted(count: int, run: int) -> str:
    """``count`` different people (numbered so that none repeats), with a header."""
    lines = ["Naam\tRol"]
    for number in range(count):
        name, _, role = PEOPLE[number % len(PEOPLE)].partition("\t")
        lines.append(f"{name} {run}-{number}\t{role}")
    return "\n".join(lines)


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def timed(action: Callable[..., object], *arguments: object) -> float:
    start = time.perf_counter()
    action(*arguments)
    return time.perf_counter() - start


def split_and_fold(text: str) -> list[str]:
    from reflectdesk.core.names import fold

    return [fold(line) for line in text.split("\n")]


def reading(runs: int) -> float:
    from reflectdesk.core.member_list import check, read_pasted

    existing = [f"Lid {number} de Groot" for number in range(30)]
    result = 0.0
    for count in (11, 110, 1100):
        text = pasted(count, 0)
        app: list[float] = []
        base: list[float] = []
        for _ in range(runs):
            base.append(timed(split_and_fold, text))
            app.append(timed(lambda text: check(read_pasted(text), existing), text))
        ratio = median_ms(app) / median_ms(base)
        print(
            f"read + check {count:>5} lines: median {median_ms(app):7.2f} ms"
            f"  (baseline split + fold {median_ms(base):6.2f} ms, {ratio:.1f}x)"
        )
        if count == 110:
            result = median_ms(app)
    return result


def copy_database(source: Path, target: Path) -> None:
    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


def adding(db: Path | None, runs: int) -> float:
    from reflectdesk.core.member_list import read_pasted
    from reflectdesk.core.model import GroupDraft, MemberDraft
    from reflectdesk.operations.member_list import add_listed_members
    from reflectdesk.store import groups, members
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.store.database import open_store

    with tempfile.TemporaryDirectory(prefix="reflectdesk-members-") as folder:
        path = Path(folder) / "copy.db"
        if db is not None:
            started = time.perf_counter()
            copy_database(db, path)
            print(f"copied {db.name} in {time.perf_counter() - started:.1f} s")
        with open_store(path, seed=seed_builtins if db is None else None) as store:
            one_go: list[float] = []
            one_by_one: list[float] = []
            for run in range(runs + 1):  # the first round warms up and is not counted
                rows = read_pasted(pasted(11, run))
                group_a = groups.create_group(store, GroupDraft(f"Bench paste {run}")).id
                group_b = groups.create_group(store, GroupDraft(f"Bench dialogs {run}")).id
                drafts = [MemberDraft(row.name) for row in rows]
                one = timed(
                    lambda group, drafts: [members.add_member(store, group, d) for d in drafts],
                    group_b,
                    drafts,
                )
                go = timed(add_listed_members, store, group_a, rows)
                if run:
                    one_by_one.append(one)
                    one_go.append(go)
    ratio = median_ms(one_go) / median_ms(one_by_one)
    print(
        f"add 11 people: in one go median {median_ms(one_go):.1f} ms, one by one "
        f"{median_ms(one_by_one):.1f} ms (ratio {ratio:.2f})"
    )
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="a database to copy (default: a new one)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    args = parser.parse_args(argv)
    read_ms = reading(args.runs)
    ratio = adding(args.db, args.runs)
    failed = False
    if read_ms > READ_BAR_MS:
        print(f"FAIL: reading 110 lines took {read_ms:.1f} ms, over {READ_BAR_MS:g} ms")
        failed = True
    if ratio > 1.0:
        print(f"FAIL: adding in one go took {ratio:.2f} times adding one by one")
        failed = True
    if not failed:
        print(f"ok: 110 lines read in {read_ms:.1f} ms; one go / one by one {ratio:.2f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
