"""Build the stand-alone ReflectDesk bundle from a clean virtual environment.

    python packaging/build_bundle.py --dist dist [--work build/bundle]

On the OS it runs on (PyInstaller does not cross-compile): makes a fresh venv in the
work folder, installs the checkout with its ``bundle`` extra (PyInstaller) into it,
draws the icons (scripts/make_icons.py), and runs PyInstaller on
packaging/reflectdesk.spec. The result is ``DIST/ReflectDesk/`` with the windowed
``ReflectDesk`` and the console ``reflectdesk-cli`` executables (and, on macOS,
``DIST/ReflectDesk.app``). Prints the bundle's size and the time each step took; exits
non-zero naming the step that failed. Standard library only: this runs before anything
is installed. Test the result with packaging/smoke_bundle.py.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import venv
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "reflectdesk.spec"
BUNDLE_NAME = "ReflectDesk"


class StepFailed(Exception):
    """A build step failed; its message names the step."""


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="build_bundle.py", description="Build the stand-alone ReflectDesk bundle."
    )
    parser.add_argument(
        "--dist", required=True, type=Path, help="where the bundle goes (DIST/ReflectDesk)"
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "bundle",
        help="the build venv and PyInstaller's work files (default: build/bundle)",
    )
    return parser.parse_args(argv)


def venv_python(env_dir: Path, platform: str = sys.platform) -> Path:
    if platform == "win32":
        return env_dir / "Scripts" / "python.exe"
    return env_dir / "bin" / "python"


def clean_environment() -> dict[str, str]:
    """This process's environment without what would let another Python's packages
    into the build venv."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"}
    }
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # make_icons.py needs no screen
    return env


def folder_size(folder: Path) -> int:
    """Bytes in the files below ``folder`` (links not followed)."""
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.lstat().st_size for path in files)


def run(step: str, command: Sequence[str | os.PathLike[str]], env: dict[str, str]) -> None:
    print(f"$ {' '.join(str(part) for part in command)}", flush=True)
    result = subprocess.run([str(part) for part in command], cwd=ROOT, env=env, check=False)
    if result.returncode != 0:
        raise StepFailed(f"{step}: exit {result.returncode}")


def build(dist: Path, work: Path) -> Path:
    """Every step in order; the bundle folder made."""
    env = clean_environment()
    env_dir = work / "venv"
    python = venv_python(env_dir)

    steps: list[tuple[str, Callable[[], None] | list[str | os.PathLike[str]]]] = [
        ("clean venv", lambda: venv.EnvBuilder(clear=True, with_pip=True).create(env_dir)),
        ("pip install .[bundle]", [python, "-m", "pip", "install", "--quiet", ".[bundle]"]),
        ("icons (scripts/make_icons.py)", [python, ROOT / "scripts" / "make_icons.py"]),
        (
            "PyInstaller",
            [
                python,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level",
                "WARN",
                "--distpath",
                dist,
                "--workpath",
                work / "pyinstaller",
                SPEC,
            ],
        ),
    ]
    for name, action in steps:
        started = time.perf_counter()
        print(f"\n== {name}", flush=True)
        if callable(action):
            try:
                action()
            except Exception as error:
                raise StepFailed(f"{name}: {error}") from error
        else:
            run(name, action, env)
        print(f"== {name}: {time.perf_counter() - started:.1f} s", flush=True)
    return dist / BUNDLE_NAME


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.perf_counter()
    try:
        bundle = build(dist, work)
    except StepFailed as failure:
        print(f"\nBUNDLE BUILD FAILED in step {failure}", file=sys.stderr)
        return 1
    if not bundle.is_dir():
        print(f"\nBUNDLE BUILD FAILED: PyInstaller made no {bundle}", file=sys.stderr)
        return 1
    size_mb = folder_size(bundle) / 1e6
    print(
        f"\nbuilt {bundle}: {size_mb:.0f} MB in {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
