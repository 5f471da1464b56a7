"""How fast the identifier check reads long, repetitive text (no catastrophic backtracking).

Times :func:`reflectdesk.core.identifiers.find_identifiers` on 10,000 characters of each
of the repetitive texts that once made a pattern backtrack ("1.1.1 " again and again, an
e-mail address without its end, runs of titles, digits and dashes), with the user's place
names. The baseline is measured in the same run, alternating with them: 10,000 characters
of an ordinary learning point, with a date and an age in it. Exits 1 when the slowest
text's median is over the bar (2 s; the unit tests used to hold this bar).

    python benchmarks/identifiers.py
    python benchmarks/identifiers.py --runs 9 --bar 1

Uses only the standard library and the project (run it with the project's venv).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

BAR_SECONDS = 2.0
LENGTH = 10_000
UNITS = ("1.1.1 ", "a" * 50 + "@", "0 6 1 2 3 ", "Mr " * 5, "12 ", "-" * 20, "1" * 40 + " ")
PROSE = (
    "We talked about the woman of 67 seen on 12-03-2026 who kept coming back; the group "
    "noticed how the registrar felt responsible for her loneliness. "
)
PLACES = ["LUMC", "a a"]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument(
        "--bar",
        type=float,
        default=BAR_SECONDS,
        help=f"highest median of any text in seconds (default {BAR_SECONDS:g})",
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def repeated(unit: str) -> str:
    return (unit * (LENGTH // len(unit) + 1))[:LENGTH]


def timed(text: str) -> float:
    from reflectdesk.core.identifiers import find_identifiers

    start = time.perf_counter()
    find_identifiers(text, place_names=PLACES)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    timed(repeated(PROSE))  # warm-up: imports and compiled patterns
    texts = {unit: repeated(unit) for unit in UNITS}
    baseline: list[float] = []
    times: dict[str, list[float]] = {unit: [] for unit in UNITS}
    for _ in range(args.runs):
        for unit, text in texts.items():
            baseline.append(timed(repeated(PROSE)))
            times[unit].append(timed(text))
    base = statistics.median(baseline)
    print(f"baseline (ordinary prose, {LENGTH:,} characters): median {base * 1000:.1f} ms")
    worst = 0.0
    for unit, found in times.items():
        median = statistics.median(found)
        worst = max(worst, median)
        print(f"  {unit[:24]!r:28} median {median * 1000:8.1f} ms  ({median / base:.1f}x)")
    if worst > args.bar:
        print(f"FAIL: the slowest text took {worst:.2f} s, over the bar of {args.bar:g} s")
        return 1
    print(f"ok: the slowest text took {worst * 1000:.0f} ms, under the bar of {args.bar:g} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
