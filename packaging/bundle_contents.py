"""What goes into the stand-alone bundle, for packaging/reflectdesk.spec.

Plain functions with the standard library only, so the tests check them without
PyInstaller (tests/cli/test_bundle_scripts.py) and the spec stays a list of decisions.
"""

from __future__ import annotations

import ast
import py_compile
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = ROOT / "reflectdesk" / "store" / "migrations"
ICONS = ROOT / "packaging" / "icons"


def package_version(root: Path = ROOT) -> str:
    """reflectdesk.__version__, the one place the version lives (pyproject.toml reads it
    through hatch, so its [project] table has no version), read without importing it."""
    init = root / "reflectdesk" / "__init__.py"
    module = ast.parse(init.read_text(encoding="utf-8"))
    for node in module.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise SystemExit(f"{init} has no __version__ = '...' line")


def tree(source: Path, target: str) -> list[tuple[str, str]]:
    """(file, folder-in-bundle) pairs for every file below source, without caches."""
    pairs = []
    for path in sorted(source.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            folder = Path(target, path.parent.relative_to(source))
            pairs.append((str(path), folder.as_posix()))
    return pairs


def package_data(package: Path, target: str, skip: Path) -> list[tuple[str, str]]:
    """The package's own data files (store/schema_shapes.json, ...): everything but its
    Python sources and the folder ``skip``, which ships otherwise."""
    return [
        (file, folder)
        for file, folder in tree(package, target)
        if not file.endswith(".py") and not Path(file).is_relative_to(skip)
    ]


def compile_migrations(out: Path, source: Path = MIGRATIONS) -> Path:
    """Alembic's scripts as bytecode only, in the legacy layout Alembic's sourceless
    mode finds (``env.pyc``, ``versions/0001_x.pyc``; no ``__pycache__``, no ``.py``).

    Alembic runs env.py and the version scripts by file name, not by import, so they
    would otherwise ship as sources. ``tables.py`` is imported by the version scripts as
    a module and goes into the archive like any module; ``script.py.mako`` only writes
    new migrations. Compiled by the interpreter that runs PyInstaller, which is the one
    the bundle carries, so the bytecode's magic number matches. Returns ``out``.
    """
    if out.exists():
        shutil.rmtree(out)
    scripts = [source / "env.py", *sorted((source / "versions").glob("*.py"))]
    for script in scripts:
        target = out / script.relative_to(source).with_suffix(".pyc")
        target.parent.mkdir(parents=True, exist_ok=True)
        # The bundle's bytecode names the script by its place in the package, as a
        # traceback from an installed copy would.
        shown = Path("reflectdesk", "store", "migrations", script.relative_to(source))
        py_compile.compile(str(script), cfile=str(target), dfile=shown.as_posix(), doraise=True)
    return out


def platform_icon(platform: str | None = None, icons: Path | None = None) -> str | None:
    """The executable's icon where the OS uses one (the .ico on Windows, the .icns on
    macOS; on Linux the .desktop file names the icon). Missing, the build stops: an
    app without its icon must not ship by accident. (The defaults are read at each call,
    not at import: the spec's tests run it for several platforms in one process.)"""
    platform = sys.platform if platform is None else platform
    icons = ICONS if icons is None else icons
    if platform == "win32":
        icon = icons / "reflectdesk.ico"
    elif platform == "darwin":
        icon = icons / "reflectdesk.icns"
    else:
        return None
    if not icon.is_file():
        raise SystemExit(
            f"{icon} is missing: run `python scripts/make_icons.py` first "
            "(packaging/build_bundle.py does)"
        )
    return str(icon)
