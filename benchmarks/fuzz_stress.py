"""Bad input at scale: the fuzzing properties of tests/e2e/test_fuzz_bad_input.py with
more examples.

Runs the same hypothesis properties (tests/e2e/fuzz_cases.py) for format files, deck
files, archives, archive rows holding values out of the app's ranges (each refused naming
its table, row and field) and database files (truncated, random bytes, damaged, newer
schema, read-only, locked by another process): each must be refused with the documented
error and a clear message, let no other exception escape, and leave the user's database
byte-identical. Prints the examples run per kind and how each ended; exits 1 on the
first property that fails (hypothesis prints the smallest failing input).

    python benchmarks/fuzz_stress.py --examples 1000
    python benchmarks/fuzz_stress.py --examples 5000 --kinds archive archive-rows database

Needs fork (and chattr when run as root). Run it with the project's venv.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.e2e

KINDS = ("format", "deck", "archive", "archive-rows", "database")


def _property(work: Any, check: Callable[[Any, Any], None], runs: list[int]) -> Any:
    def prop(value: Any) -> None:
        runs[0] += 1
        check(work, value)

    return prop


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=1000, help="examples a kind (1000)")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed")
    args = parser.parse_args(argv)

    from hypothesis import HealthCheck, given, seed, settings

    from tests.e2e import fuzz_cases as cases

    config = settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    failed = 0
    with tempfile.TemporaryDirectory(prefix="reflectdesk-fuzz-") as folder:
        work = cases.make_workspace(Path(folder))
        properties: dict[str, tuple[Any, Callable[[cases.Workspace, Any], None]]] = {
            "format": (cases.mutated_files(cases.format_texts()), cases.check_format_file),
            "deck": (cases.mutated_files(cases.deck_texts()), cases.check_deck_file),
            "archive": (cases.archives(work.archive), cases.check_archive),
            # Rows out of the app's ranges (names, phases, 10^30, dates, Argon2 costs):
            # each refused naming its table, row and field.
            "archive-rows": (
                cases.out_of_range_archives(work.archive),
                cases.check_out_of_range_archive,
            ),
            "database": (cases.bad_databases(), cases.check_database_file),
        }
        try:
            for kind in args.kinds:
                strategy, check = properties[kind]
                runs = [0]
                prop = _property(work, check, runs)
                test = config(given(strategy)(prop))
                if args.seed is not None:
                    test = seed(args.seed)(test)
                started = time.perf_counter()
                try:
                    test()
                except Exception as error:  # the property failed: report and go on
                    failed += 1
                    print(f"{kind}: FAILED after {runs[0]} examples: {error!r}"[:2000])
                took = time.perf_counter() - started
                print(f"{kind}: {runs[0]} examples in {took:.1f} s")
        finally:
            work.close()
    print("outcomes:")
    for outcome, count in sorted(work.counts.items()):
        print(f"  {outcome}: {count}")
    print(f"failed properties: {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
