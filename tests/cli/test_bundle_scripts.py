"""The stand-alone bundle's build and smoke scripts and its spec, checked without
building: their arguments, the version they expect, the strace log reader that proves
no source is read, the smoke test's Python-free environment, and the spec's two
executables."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import reflectdesk
from tests.cli.bundle_scripts import PACKAGING, ROOT, load

build_bundle = load("build_bundle")
smoke_bundle = load("smoke_bundle")
bundle_contents = load("bundle_contents")

BUNDLE = Path("/opt/dist/ReflectDesk")
MIGRATIONS = f"{BUNDLE}/_internal/reflectdesk/store/migrations"
# What `strace -f -qq -e trace=open,openat,openat2 -o LOG` writes: one line per call,
# the pid first; a call another process interrupts is split in two lines.
SAMPLE_LOG = f"""\
101 openat(AT_FDCWD, "{BUNDLE}/_internal/base_library.zip", O_RDONLY|O_CLOEXEC) = 3
101 openat(AT_FDCWD, "{MIGRATIONS}/env.py", O_RDONLY) = -1 ENOENT (No such file or directory)
101 openat(AT_FDCWD, "{MIGRATIONS}/env.pyc", O_RDONLY|O_CLOEXEC) = 7
102 openat(AT_FDCWD, "{BUNDLE}/_internal/reflectdesk/notes.py", O_RDONLY|O_CLOEXEC <unfinished ...>
101 openat(AT_FDCWD, "/usr/lib/python3.11/os.py", O_RDONLY|O_CLOEXEC) = 4
102 <... openat resumed>) = 9
103 open("{BUNDLE}/_internal/reflectdesk/core/clock.py", O_RDONLY) = 5
103 openat2(AT_FDCWD, "{BUNDLE}/_internal/reflectdesk/a.py", {{flags=O_RDONLY}}, 24) = 6
104 openat(AT_FDCWD, "demo.db", O_RDWR|O_CREAT|O_CLOEXEC, 0644) = 3
104 openat(AT_FDCWD, "{BUNDLE}/_internal/../_internal/reflectdesk/b.py", O_RDONLY) = 8
104 openat(AT_FDCWD, "{BUNDLE}-old/_internal/reflectdesk/c.py", O_RDONLY) = 8
104 +++ exited with 0 +++
openat(AT_FDCWD, "{BUNDLE}/_internal/reflectdesk/d.py", O_RDONLY|O_CLOEXEC) = 3
"""


def test_the_build_script_takes_dist_and_an_optional_work_folder(tmp_path: Path) -> None:
    args = build_bundle.parse_args(["--dist", str(tmp_path / "dist")])
    assert args.dist == tmp_path / "dist"
    assert args.work == ROOT / "build" / "bundle"  # ignored by git, ruff and pytest
    args = build_bundle.parse_args(["--dist", "d", "--work", str(tmp_path)])
    assert args.work == tmp_path
    with pytest.raises(SystemExit):
        build_bundle.parse_args([])  # --dist is required


def test_the_build_venv_python_is_found_on_each_os(tmp_path: Path) -> None:
    assert build_bundle.venv_python(tmp_path, "win32") == tmp_path / "Scripts" / "python.exe"
    assert build_bundle.venv_python(tmp_path, "darwin") == tmp_path / "bin" / "python"


def test_the_build_keeps_other_pythons_packages_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    monkeypatch.setenv("VIRTUAL_ENV", "/a/venv")
    env = build_bundle.clean_environment()
    assert "PYTHONPATH" not in env and "VIRTUAL_ENV" not in env
    assert env["PATH"]


def test_the_build_installs_pyinstaller_and_pillow_through_the_bundle_extra() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extra = project["optional-dependencies"]["bundle"]
    assert any(requirement.startswith("pyinstaller>=6.10") for requirement in extra)
    assert any(requirement.lower().startswith("pillow") for requirement in extra)


def test_the_smoke_script_takes_the_bundle_and_optional_strace() -> None:
    args = smoke_bundle.parse_args(["dist/ReflectDesk"])
    assert args.bundle == Path("dist/ReflectDesk")
    assert args.strace is False
    assert args.checkout == ROOT
    assert smoke_bundle.parse_args(["b", "--strace"]).strace is True
    with pytest.raises(SystemExit):
        smoke_bundle.parse_args([])


def test_both_scripts_read_the_one_version_without_importing(tmp_path: Path) -> None:
    assert smoke_bundle.read_version(ROOT) == reflectdesk.__version__
    assert bundle_contents.package_version(ROOT) == reflectdesk.__version__
    assert smoke_bundle.read_version(tmp_path) is None  # not a checkout: nothing to compare
    (tmp_path / "reflectdesk").mkdir()
    (tmp_path / "reflectdesk" / "__init__.py").write_text('__version__ = "9.8.7rc1"\n')
    assert smoke_bundle.read_version(tmp_path) == "9.8.7rc1"
    assert bundle_contents.package_version(tmp_path) == "9.8.7rc1"


def test_the_strace_log_shows_which_files_were_opened() -> None:
    opened = smoke_bundle.opened_paths(SAMPLE_LOG.splitlines(), Path("/tmp/smoke"))
    internal = BUNDLE / "_internal"
    assert internal / "reflectdesk/store/migrations/env.pyc" in opened
    assert internal / "reflectdesk/store/migrations/env.py" not in opened  # ENOENT
    assert internal / "reflectdesk/notes.py" in opened  # split in two lines
    assert Path("/tmp/smoke/demo.db") in opened  # relative: from the working folder


def test_only_sources_inside_the_bundle_that_were_opened_fail_the_smoke_test() -> None:
    read = smoke_bundle.sources_opened(SAMPLE_LOG.splitlines(), Path("/tmp/smoke"), BUNDLE)
    internal = BUNDLE / "_internal"
    assert read == sorted(
        [
            internal / "reflectdesk/notes.py",
            internal / "reflectdesk/core/clock.py",
            internal / "reflectdesk/a.py",
            internal / "../_internal/reflectdesk/b.py",
            internal / "reflectdesk/d.py",  # a log of one process has no pids
        ]
    )


def test_sources_shipped_in_the_bundle_are_found(tmp_path: Path) -> None:
    package = tmp_path / "_internal" / "reflectdesk" / "store"
    package.mkdir(parents=True)
    (package / "schema_shapes.json").write_text("{}")
    (package / "env.pyc").write_bytes(b"")
    assert smoke_bundle.sources_shipped(tmp_path) == []
    (package / "builtins.py").write_text("")
    assert smoke_bundle.sources_shipped(tmp_path) == [package / "builtins.py"]


def test_the_smoke_environment_has_no_python_and_an_empty_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.setenv("REFLECTDESK_DATA_DIR", "/home/me/real-data")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    env = smoke_bundle.smoke_environment(tmp_path, "linux")
    assert "PYTHONPATH" not in env
    for python in ("python", "python3"):
        assert shutil.which(python, path=env["PATH"]) is None
    data = Path(env["REFLECTDESK_DATA_DIR"])
    assert data.parent == tmp_path and list(data.iterdir()) == []
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "APPDATA"):
        assert Path(env[name]).parent == tmp_path
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    # No dbus-daemon autolaunched to outlive the app (and hang `strace -f`).
    assert env["DBUS_SESSION_BUS_ADDRESS"].startswith("unix:path=")
    monkeypatch.setenv("DISPLAY", ":99")
    assert smoke_bundle.smoke_environment(tmp_path, "linux")["QT_QPA_PLATFORM"] == "xcb"


def test_path_folders_holding_a_python_are_left_out(tmp_path: Path) -> None:
    with_python, without = tmp_path / "a", tmp_path / "b"
    with_python.mkdir()
    without.mkdir()
    (with_python / "python3.11").write_text("")
    (without / "qpdf").write_text("")
    folders = [str(with_python), str(without), str(tmp_path / "missing"), str(without)]
    assert smoke_bundle.python_free_path(folders) == str(without)


def test_the_executables_are_named_per_os() -> None:
    assert smoke_bundle.executable(BUNDLE, "reflectdesk-cli", "win32").name == "reflectdesk-cli.exe"
    assert smoke_bundle.executable(BUNDLE, "ReflectDesk", "linux").name == "ReflectDesk"


def test_the_platform_icon_must_exist_where_the_os_uses_one(tmp_path: Path) -> None:
    assert bundle_contents.platform_icon("linux", tmp_path) is None
    for platform in ("win32", "darwin"):
        with pytest.raises(SystemExit, match=r"make_icons\.py"):
            bundle_contents.platform_icon(platform, tmp_path)
    (tmp_path / "reflectdesk.ico").write_bytes(b"")
    (tmp_path / "reflectdesk.icns").write_bytes(b"")
    assert bundle_contents.platform_icon("win32", tmp_path) == str(tmp_path / "reflectdesk.ico")
    assert bundle_contents.platform_icon("darwin", tmp_path) == str(tmp_path / "reflectdesk.icns")


def _calls(tree: ast.Module, name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
    ]


def _keyword(call: ast.Call, name: str) -> object:
    for keyword in call.keywords:
        if keyword.arg == name:
            return ast.literal_eval(keyword.value) if name != "icon" else ast.unparse(keyword.value)
    raise AssertionError(f"no {name}= in {ast.unparse(call)[:80]}")


def test_the_spec_makes_a_windowed_and_a_console_executable_in_one_folder() -> None:
    tree = ast.parse((PACKAGING / "reflectdesk.spec").read_text(encoding="utf-8"))
    executables = {_keyword(call, "name"): call for call in _calls(tree, "EXE")}
    assert set(executables) == {"ReflectDesk", "reflectdesk-cli"}
    assert _keyword(executables["ReflectDesk"], "console") is False
    assert _keyword(executables["reflectdesk-cli"], "console") is True
    for call in executables.values():
        assert _keyword(call, "icon") == "icon"
    (collect,) = _calls(tree, "COLLECT")
    collected = {ast.unparse(argument) for argument in collect.args}
    assert {"exe", "cli_exe"} <= collected
    assert len(_calls(tree, "Analysis")) == 1
    assert [ast.unparse(argument) for argument in collect.args[:2]] == ["exe", "cli_exe"]
    source = ast.unparse(tree)
    # The macOS .app is the window's, not a background-only console program.
    assert "coll.console = exe.console" in source
    assert "icon = platform_icon()" in source
    # Imported by the version scripts, which the import analysis cannot see.
    assert "'reflectdesk.store.migrations.tables'" in source


@pytest.mark.skipif(os.name != "posix", reason="process groups are POSIX")
def test_a_hung_step_is_killed_with_everything_it_started(tmp_path: Path) -> None:
    pid_file = tmp_path / "grandchild.pid"
    command = ["sh", "-c", f"sleep 60 & echo $! > {pid_file}; wait"]
    with pytest.raises(subprocess.TimeoutExpired):
        smoke_bundle.run_bounded(command, tmp_path, dict(os.environ), timeout=1)
    grandchild = pid_file.read_text().strip()
    stat = Path("/proc", grandchild, "stat")
    # Gone, or a zombie waiting for init to reap it: not running either way.
    assert not stat.exists() or stat.read_text().split(")")[-1].split()[0] == "Z"
