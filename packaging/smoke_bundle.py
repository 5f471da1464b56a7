"""Smoke-test a built stand-alone bundle, as a user without Python would run it.

    python packaging/smoke_bundle.py dist/ReflectDesk [--strace] [--checkout DIR]

Runs from a new temporary folder outside the checkout, with an empty data folder
(REFLECTDESK_DATA_DIR, the XDG folders and APPDATA inside it) and a PATH of system
folders that hold no Python, and without PYTHONPATH, PYTHONHOME or VIRTUAL_ENV:
``--version`` (must equal ``__version__`` in the checkout's reflectdesk/__init__.py),
``demo``, ``check``, ``list groups --json``, the window on that database
(``--quit-after-load``), ``export session`` to a PDF (checked with ``qpdf --check``
when qpdf is installed), the window on the default database of the empty data folder,
and the upgrade of a database made as an old release made it (from the SQL the store's
tests pin, tests/store/fixtures/schema-NNNN.sql) to the checkout's newest schema.
Commands go through the console executable (reflectdesk-cli), the window
through ReflectDesk. On Linux the window uses the xcb platform when DISPLAY is set (run
this under ``xvfb-run -a``), else offscreen.

``--strace`` (Linux): every step runs under ``strace -f``, and the test fails if any
``.py`` file inside the bundle was opened: the bundle must run from bytecode alone.
It also fails if any ``.py`` file lies under ``_internal/reflectdesk``.

Prints each step with its time; exits non-zero naming the step that failed. Standard
library only.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUI = "ReflectDesk"
CLI = "reflectdesk-cli"
POSIX_SYSTEM_DIRS = ("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin")


class SmokeFailed(Exception):
    """A step failed; the message says why."""


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="smoke_bundle.py", description="Smoke-test a built ReflectDesk bundle."
    )
    parser.add_argument("bundle", type=Path, help="the bundle folder (dist/ReflectDesk)")
    parser.add_argument(
        "--checkout",
        type=Path,
        default=HERE.parent,
        help="the checkout that names the expected version and newest schema and pins an "
        "old one (default: the one this script is in)",
    )
    parser.add_argument(
        "--strace",
        action="store_true",
        help="Linux: fail if any .py file inside the bundle is opened (needs strace)",
    )
    parser.add_argument(
        "--timeout", type=float, default=300, help="seconds for each command (default 300)"
    )
    return parser.parse_args(argv)


def read_version(checkout: Path) -> str | None:
    """``__version__`` from the checkout's reflectdesk/__init__.py, without importing it;
    None without a checkout there."""
    init = checkout / "reflectdesk" / "__init__.py"
    if not init.is_file():
        return None
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise SmokeFailed(f"{init} has no __version__ = '...' line")


def head_revision(checkout: Path) -> str | None:
    """The newest schema revision, the last of KNOWN_REVISIONS in the checkout's
    reflectdesk/store/schema.py; None without a checkout there."""
    schema = checkout / "reflectdesk" / "store" / "schema.py"
    if not schema.is_file():
        return None
    for node in ast.parse(schema.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.AnnAssign | ast.Assign) and "KNOWN_REVISIONS" in ast.unparse(node):
            assert node.value is not None
            return str(ast.literal_eval(node.value)[-1])
    raise SmokeFailed(f"{schema} has no KNOWN_REVISIONS")


def pinned_schema(checkout: Path) -> Path | None:
    """The SQL a released schema revision creates, pinned by the store's tests
    (tests/store/fixtures/schema-NNNN.sql), the oldest if several; None without one."""
    pinned = sorted((checkout / "tests" / "store" / "fixtures").glob("schema-*.sql"))
    return pinned[0] if pinned else None


def make_old_database(path: Path, schema_sql: Path) -> str:
    """A database as that release made it, from its pinned SQL (blocks of ``-- kind
    name on table`` and the statement SQLite stored); its revision. Tables go first (the
    file is in name order), and the tables an FTS5 table makes for itself are left to
    it."""
    revision = schema_sql.stem.removeprefix("schema-")
    blocks = schema_sql.read_text(encoding="utf-8").split("\n\n")
    # An index SQLite makes itself (sqlite_autoindex_...) has a head and no statement.
    entries = [block.strip().partition("\n")[::2] for block in blocks if block.strip()]
    virtual = [head.split()[2] for head, sql in entries if "CREATE VIRTUAL TABLE" in sql]
    connection = sqlite3.connect(path)
    try:
        for head, sql in sorted(entries, key=lambda entry: entry[0].split()[1] != "table"):
            name = head.split()[2]
            if sql.strip() and not any(name.startswith(f"{table}_") for table in virtual):
                connection.executescript(sql)
        connection.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (revision,))
        connection.commit()
    finally:
        connection.close()
    return revision


def stored_revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def executable(bundle: Path, name: str, platform: str = sys.platform) -> Path:
    return bundle / (f"{name}.exe" if platform == "win32" else name)


def holds_python(folder: Path) -> bool:
    return any(
        path.name.lower().startswith("python") for path in folder.iterdir() if not path.is_dir()
    )


def python_free_path(candidates: Iterable[str]) -> str:
    """A PATH of the existing ``candidates`` that hold no python executable, in order."""
    kept: list[str] = []
    for folder in candidates:
        path = Path(folder)
        if folder not in kept and path.is_dir() and not holds_python(path):
            kept.append(folder)
    return os.pathsep.join(kept)


def system_dirs(platform: str = sys.platform) -> list[str]:
    if platform == "win32":
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        return [rf"{root}\System32", root, rf"{root}\System32\Wbem"]
    return list(POSIX_SYSTEM_DIRS)


def smoke_environment(home: Path, platform: str = sys.platform) -> dict[str, str]:
    """The environment every step runs in: no Python reachable, every folder the app
    writes to inside ``home``, whose ``data`` folder starts empty."""
    dropped = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"}
    dropped.add("PYTHONDONTWRITEBYTECODE")
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in dropped and not name.startswith(("XDG_", "REFLECTDESK_", "QT_"))
    }
    env["PATH"] = python_free_path(system_dirs(platform))
    folders = {
        "REFLECTDESK_DATA_DIR": "data",
        "XDG_DATA_HOME": "xdg-data",
        "XDG_CONFIG_HOME": "xdg-config",
        "XDG_CACHE_HOME": "xdg-cache",
        "XDG_STATE_HOME": "xdg-state",
        "APPDATA": "appdata",
        "LOCALAPPDATA": "localappdata",
    }
    for name, folder in folders.items():
        (home / folder).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / folder)
    if platform.startswith("linux"):
        env["XDG_RUNTIME_DIR"] = str(home / "runtime")
        (home / "runtime").mkdir(mode=0o700, exist_ok=True)
        env["QT_QPA_PLATFORM"] = "xcb" if env.get("DISPLAY") else "offscreen"
        # Without a session bus (xvfb-run starts none), Qt's xcb plugin would have
        # libdbus autolaunch a dbus-daemon that outlives the app, and `strace -f` waits
        # for it forever: give it an address that leads nowhere instead.
        env.setdefault("DBUS_SESSION_BUS_ADDRESS", f"unix:path={home / 'no-session-bus'}")
    return env


_OPEN = re.compile(
    r"^(?:\[pid\s+)?(?P<pid>\d+)?\]?\s*(?P<call>open|openat|openat2)\("
    r'(?:(?P<dirfd>AT_FDCWD|-?\d+)(?:<[^>]*>)?, )?"(?P<path>(?:[^"\\]|\\.)*)"'
    r"(?P<rest>.*)$"
)
_RESUMED = re.compile(r"^(?P<pid>\d+)\s+<\.\.\. (?:open|openat|openat2) resumed>(?P<rest>.*)$")
_RESULT = re.compile(r"\)\s+=\s+(?P<result>-?\d+)")


def opened_paths(log: Iterable[str], cwd: Path) -> list[Path]:
    """The paths an ``strace -f -e trace=open,openat,openat2`` log shows opened
    successfully (a result of 0 or more), relative ones taken from ``cwd``. A call
    split by another process's line ("<unfinished ...>", "<... openat resumed>")
    counts by its resumed result."""
    opened: list[Path] = []
    pending: dict[str, str] = {}
    for raw in log:
        line = raw.rstrip("\n")
        resumed = _RESUMED.match(line)
        if resumed:
            path = pending.pop(resumed["pid"], None)
            result = _RESULT.search(")" + resumed["rest"])
            if path is not None and result and int(result["result"]) >= 0:
                opened.append(_absolute(path, cwd))
            continue
        call = _OPEN.match(line)
        if not call:
            continue
        path = call["path"].encode("utf-8").decode("unicode_escape")
        if call["rest"].endswith("<unfinished ...>"):
            pending[call["pid"] or ""] = path
            continue
        result = _RESULT.search(call["rest"])
        if result and int(result["result"]) >= 0:
            opened.append(_absolute(path, cwd))
    return opened


def _absolute(path: str, cwd: Path) -> Path:
    return Path(path) if Path(path).is_absolute() else cwd / path


def sources_opened(log: Iterable[str], cwd: Path, bundle: Path) -> list[Path]:
    """The ``.py`` files inside ``bundle`` that the log shows opened."""
    inside = bundle.resolve()
    return sorted(
        {
            path
            for path in opened_paths(log, cwd)
            if path.suffix == ".py" and Path(os.path.normpath(path)).is_relative_to(inside)
        }
    )


def sources_shipped(bundle: Path) -> list[Path]:
    return sorted((bundle / "_internal" / "reflectdesk").rglob("*.py"))


def run_bounded(
    command: list[str], cwd: Path, env: dict[str, str], timeout: float
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` to its end, or past ``timeout`` kill it with everything it
    started (its own process group on POSIX), so a hung app leaves nothing running."""
    posix = os.name == "posix"
    with subprocess.Popen(
        command,
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        start_new_session=posix,
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            if posix:
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.communicate(timeout=10)
            raise
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


@dataclass
class Runner:
    bundle: Path
    home: Path
    env: dict[str, str]
    timeout: float
    strace: str | None = None
    runs: int = 0

    def __call__(self, program: str, *args: str) -> str:
        """Run one of the bundle's executables in ``home``; its standard output."""
        command = [str(executable(self.bundle, program)), *args]
        log = self.home / f"strace-{self.runs}.log"
        self.runs += 1
        if self.strace:
            command = [self.strace, "-f", "-qq", "-e", "trace=open,openat,openat2", "-o", str(log)]
            command += [str(executable(self.bundle, program)), *args]
        print(f"  $ {program} {' '.join(args)}", flush=True)
        try:
            result = run_bounded(command, self.home, self.env, self.timeout)
        except subprocess.TimeoutExpired as error:
            shown = f"{program} {' '.join(args)}"
            raise SmokeFailed(f"{shown}: no exit in {self.timeout:.0f} s") from error
        if result.returncode != 0:
            sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
            raise SmokeFailed(f"{program} {' '.join(args)}: exit {result.returncode}")
        if self.strace:
            with log.open(encoding="utf-8", errors="replace") as lines:
                read = sources_opened(lines, self.home, self.bundle)
            if read:
                shown = "\n    ".join(str(path) for path in read)
                raise SmokeFailed(f"the bundle read its Python sources:\n    {shown}")
        return result.stdout


def steps(run: Runner, checkout: Path) -> list[tuple[str, Callable[[], object]]]:
    home = run.home
    version = read_version(checkout)

    def no_sources() -> None:
        shipped = sources_shipped(run.bundle)
        if shipped:
            raise SmokeFailed(f"sources in the bundle: {[str(path) for path in shipped[:10]]}")

    def check_version() -> None:
        printed = run(CLI, "--version").strip()
        if version is not None and printed.split()[-1] != version:
            raise SmokeFailed(f"--version printed {printed!r}, the checkout says {version}")
        print(f"  {printed}")

    def list_groups() -> None:
        groups = json.loads(run(CLI, "list", "groups", "--db", "demo.db", "--json"))
        if not isinstance(groups, list) or not groups:
            raise SmokeFailed(f"expected a non-empty JSON array, got {groups!r:.200}")
        print(f"  {len(groups)} groups")

    def export_session() -> None:
        sessions = json.loads(run(CLI, "list", "sessions", "--db", "demo.db", "--json"))
        finished = [session for session in sessions if session.get("status") == "finished"]
        if not finished:
            raise SmokeFailed("the demo database has no finished session to export")
        pdf = home / "session.pdf"
        args = ["--db", "demo.db", "--session", finished[0]["id"], "--out", str(pdf)]
        run(CLI, "export", "session", *args)
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-"):
            raise SmokeFailed(f"{pdf} is not a PDF")
        qpdf = shutil.which("qpdf")
        if qpdf is None:
            print("  qpdf is not installed: the PDF's structure is not checked")
            return
        checked = subprocess.run(
            [qpdf, "--check", str(pdf)], capture_output=True, text=True, check=False
        )
        if checked.returncode != 0:
            raise SmokeFailed(f"qpdf --check: {checked.stdout[-2000:]}{checked.stderr[-2000:]}")
        print(f"  qpdf --check: {pdf.stat().st_size // 1024} KB, no errors")

    def default_database() -> None:
        database = Path(run.env["REFLECTDESK_DATA_DIR"]) / "reflectdesk.db"
        if database.exists():
            raise SmokeFailed(f"{database} exists before the first start")
        run(GUI, "--quit-after-load")
        if not database.is_file():
            raise SmokeFailed(f"the first start made no {database}")

    def upgrade_old_database() -> None:
        # Alembic's scripts ship as bytecode only: the upgrade runs them.
        schema_sql, head = pinned_schema(checkout), head_revision(checkout)
        if schema_sql is None or head is None:
            print(f"  no pinned schema in {checkout}: skipped")
            return
        old = make_old_database(home / "old.db", schema_sql)
        run(GUI, "--db", "old.db", "--quit-after-load")
        if stored_revision(home / "old.db") != head:
            raise SmokeFailed(f"schema {old} not upgraded to {head}")
        run(CLI, "check", "--db", "old.db")
        print(f"  schema {old} upgraded to {head}")

    return [
        ("no .py files under _internal/reflectdesk", no_sources),
        ("--version", check_version),
        ("demo --size small", lambda: run(CLI, "demo", "--db", "demo.db", "--size", "small")),
        ("check", lambda: run(CLI, "check", "--db", "demo.db")),
        ("list groups --json", list_groups),
        ("the window on demo.db", lambda: run(GUI, "--db", "demo.db", "--quit-after-load")),
        ("export session to a PDF", export_session),
        ("the default database in an empty data folder", default_database),
        ("an old database upgraded", upgrade_old_database),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    bundle = args.bundle.resolve()
    strace = None
    if args.strace:
        strace = shutil.which("strace")
        if not sys.platform.startswith("linux") or strace is None:
            print("SMOKE TEST FAILED: --strace needs Linux and strace", file=sys.stderr)
            return 2
    for name in (GUI, CLI):
        if not executable(bundle, name).is_file():
            print(f"SMOKE TEST FAILED: no {executable(bundle, name)}", file=sys.stderr)
            return 1
    checkout = args.checkout.resolve()
    home = Path(tempfile.mkdtemp(prefix="reflectdesk-smoke-"))
    env = smoke_environment(home)
    print(f"bundle {bundle}, in {home}; PATH={env['PATH']}; Qt: {env.get('QT_QPA_PLATFORM')}")
    run = Runner(bundle, home, env, args.timeout, strace)
    started = time.perf_counter()
    try:
        for name, check in steps(run, checkout):
            step_started = time.perf_counter()
            print(f"== {name}", flush=True)
            try:
                check()
            except (SmokeFailed, OSError, ValueError, subprocess.SubprocessError) as error:
                print(f"\nSMOKE TEST FAILED in step '{name}': {error}", file=sys.stderr)
                return 1
            print(f"   ok in {time.perf_counter() - step_started:.1f} s", flush=True)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    checked = " (no .py source opened, by strace)" if strace else ""
    print(f"\nbundle smoke test passed in {time.perf_counter() - started:.0f} s{checked}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
