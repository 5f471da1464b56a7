"""The Windows and macOS packaging, checked here where it cannot be built.

The installer, the .app and the .dmg are made only on GitHub's runners
(.github/workflows/installers.yml). What is checked here: the Info.plist the spec
gives the .app (serialised with plistlib, as PyInstaller writes it), the spec's choices
per platform (run with PyInstaller's build classes faked), the .dmg script (with a
stand-in hdiutil), the Inno Setup script's text, the workflow's paths, and that no
packaging file names the version, which lives only in reflectdesk/__init__.py.
"""

from __future__ import annotations

import importlib.util
import os
import plistlib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path, PureWindowsPath
from types import ModuleType
from typing import Any

import pytest

import reflectdesk
from reflectdesk.paths import platform_data_dir

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "reflectdesk.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
VERSION = reflectdesk.__version__


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- macOS: the Info.plist and the .dmg ------------------------------------------------


def test_the_info_plist_serialises_and_names_the_archive_type() -> None:
    plist = plistlib.loads(
        plistlib.dumps(load(PACKAGING / "macos" / "info_plist.py").info_plist("9.8.7"))
    )

    assert plist["CFBundleIdentifier"] == "nl.reflectdesk.ReflectDesk"
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == "9.8.7"
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSApplicationCategoryType"] == "public.app-category.education"
    [document] = plist["CFBundleDocumentTypes"]
    [declared] = plist["UTExportedTypeDeclarations"]
    assert (
        document["LSItemContentTypes"]
        == [declared["UTTypeIdentifier"]]
        == ["nl.reflectdesk.archive"]
    )
    assert document["LSHandlerRank"] == "Owner"
    assert document["CFBundleTypeRole"] in {"Editor", "Viewer"}
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == ["rdarchive"]
    assert {"public.data", "public.archive"} <= set(declared["UTTypeConformsTo"])


class Built:
    """What a PyInstaller build class returns: every list the spec reads is empty."""

    def __init__(self, kind: str, kwargs: dict[str, Any]) -> None:
        self.kind = kind
        self.kwargs = kwargs

    def __getattr__(self, name: str) -> list[object]:
        return []


class FakeHooks(ModuleType):
    """PyInstaller.utils.hooks: every helper the spec calls gives nothing to collect."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return lambda *args, **kwargs: []


def run_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> list[Built]:
    """packaging/reflectdesk.spec run as PyInstaller runs it, on ``platform``, with the
    build classes recording what they were given."""
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, ModuleType(name))
    monkeypatch.setitem(
        sys.modules, "PyInstaller.utils.hooks", FakeHooks("PyInstaller.utils.hooks")
    )
    monkeypatch.setattr(sys, "platform", platform)
    # The icons scripts/make_icons.py draws before a build (not run before the tests).
    monkeypatch.syspath_prepend(str(PACKAGING))
    import bundle_contents

    icons = Path(tempfile.mkdtemp(prefix="spec-icons-"))
    for name in ("reflectdesk.ico", "reflectdesk.icns"):
        (icons / name).write_bytes(b"icon")
    monkeypatch.setattr(bundle_contents, "ICONS", icons)
    built: list[Built] = []

    def build_class(kind: str) -> Any:
        def build(*args: object, **kwargs: Any) -> Built:
            built.append(Built(kind, kwargs))
            return built[-1]

        return build

    namespace: dict[str, Any] = {
        "SPECPATH": str(PACKAGING),
        "workpath": tempfile.mkdtemp(prefix="spec-work-"),  # PyInstaller's build folder
        "__name__": "__main__",
    }
    namespace.update(
        {
            kind: build_class(kind)
            for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE", "MERGE")
        }
    )
    source = (PACKAGING / "reflectdesk.spec").read_text(encoding="utf-8")
    exec(compile(source, "reflectdesk.spec", "exec"), namespace)
    return built


def test_the_spec_gives_the_mac_app_its_info_plist_with_the_package_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = run_spec("darwin", monkeypatch)

    [bundle] = [item for item in built if item.kind == "BUNDLE"]
    expected = load(PACKAGING / "macos" / "info_plist.py").info_plist(VERSION)
    assert bundle.kwargs["info_plist"] == expected
    assert bundle.kwargs["bundle_identifier"] == "nl.reflectdesk.ReflectDesk"
    assert bundle.kwargs["version"] == VERSION
    assert bundle.kwargs["icon"].endswith(".icns")


@pytest.mark.parametrize(
    ("platform", "suffix"), [("win32", ".ico"), ("darwin", ".icns"), ("linux", None)]
)
def test_the_spec_picks_each_platforms_icon_and_makes_an_app_only_on_macos(
    platform: str, suffix: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = run_spec(platform, monkeypatch)

    executables = [item for item in built if item.kind == "EXE"]
    assert executables
    for executable in executables:
        icon = executable.kwargs.get("icon")
        # The platform's own format; none on Linux (the .desktop file names it).
        assert icon is None if suffix is None else str(icon).endswith(suffix)
    assert any(item.kind == "BUNDLE" for item in built) == (platform == "darwin")


def fake_app(folder: Path, version: str) -> Path:
    app = folder / "ReflectDesk.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    (app / "Contents" / "MacOS" / "ReflectDesk").write_text("#!/bin/sh\n")
    plist = load(PACKAGING / "macos" / "info_plist.py").info_plist(version)
    (app / "Contents" / "Info.plist").write_bytes(plistlib.dumps(plist))
    return app


STAND_IN_HDIUTIL = """#!/usr/bin/env bash
# Records its arguments and what the folder it was given holds, then makes the image.
printf '%s\\n' "$@" > "$RECORD/args"
while [[ $# -gt 1 ]]; do
    if [[ $1 == -srcfolder ]]; then
        ls -A "$2" > "$RECORD/contents"
        readlink "$2/Applications" > "$RECORD/applications"
    fi
    shift
done
touch "$1"
"""


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_make_dmg_puts_the_app_beside_an_applications_link_in_a_compressed_image(
    tmp_path: Path,
) -> None:
    app = fake_app(tmp_path, "9.8.7")
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "hdiutil").write_text(STAND_IN_HDIUTIL)
    (tools / "hdiutil").chmod(0o755)
    record = tmp_path / "record"
    record.mkdir()
    out = tmp_path / "out" / "ReflectDesk-9.8.7.dmg"
    env = {**os.environ, "PATH": f"{tools}{os.pathsep}{os.environ['PATH']}", "RECORD": str(record)}

    done = subprocess.run(
        ["bash", str(PACKAGING / "macos" / "make_dmg.sh"), str(app) + "/", str(out)],
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 0, done.stderr
    assert out.exists()
    args = (record / "args").read_text().splitlines()
    assert args[args.index("-volname") + 1] == "ReflectDesk 9.8.7"  # from the app's plist
    assert args[args.index("-format") + 1] == "UDZO"
    assert args[-1] == str(out)
    assert (record / "contents").read_text().split() == ["Applications", "ReflectDesk.app"]
    assert (record / "applications").read_text().strip() == "/Applications"


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_make_dmg_refuses_a_folder_that_is_no_app(tmp_path: Path) -> None:
    done = subprocess.run(
        ["bash", str(PACKAGING / "macos" / "make_dmg.sh"), str(tmp_path), str(tmp_path / "x.dmg")],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "not an app bundle" in done.stderr


# --- Windows: the Inno Setup script --------------------------------------------------


def iss_defines() -> dict[str, str]:
    text = ISS.read_text(encoding="utf-8")
    return dict(re.findall(r'^\s*#define (\w+) "([^"]*)"', text, flags=re.MULTILINE))


def iss_section(name: str) -> list[str]:
    section: list[str] = []
    inside = False
    for line in ISS.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            inside = line.strip() == f"[{name}]"
        elif inside and line.strip() and not line.lstrip().startswith(";"):
            section.append(line.strip())
    return section


def test_the_installer_is_per_user_with_a_fixed_id_and_the_version_passed_in() -> None:
    setup = dict(line.split("=", 1) for line in iss_section("Setup"))
    text = ISS.read_text(encoding="utf-8")

    assert re.fullmatch(
        r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"]
    )
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs per user
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "#ifndef AppVersion\n  #error" in text  # never built without one
    assert setup["ChangesAssociations"] == "yes"
    assert setup["SetupIconFile"] == r"..\icons\reflectdesk.ico"  # scripts/make_icons.py's
    assert [line.split(";")[0] for line in iss_section("Languages")] == ['Name: "en"', 'Name: "nl"']


def test_the_installer_associates_rdarchive_with_the_window_and_removes_it_on_uninstall() -> None:
    defines = iss_defines()
    registry = iss_section("Registry")

    assert defines["ArchiveExtension"] == ".rdarchive"
    assert defines["ArchiveProgId"] == "nl.reflectdesk.archive"
    assert defines["AppExe"] == "ReflectDesk.exe"  # the windowed executable, not the CLI
    assert all(line.startswith('Root: HKA; Subkey: "Software\\Classes\\') for line in registry)
    [open_command] = [line for line in registry if "shell\\open\\command" in line]
    assert 'ValueData: """{app}\\{#AppExe}"" ""%1"""' in open_command
    [progid] = [
        line for line in registry if 'Subkey: "Software\\Classes\\{#ArchiveProgId}";' in line
    ]
    assert "uninsdeletekey" in progid


def test_the_uninstaller_offers_to_remove_the_folder_the_app_keeps_its_data_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import platformdirs.windows

    local = r"C:\Users\anna\AppData\Local"
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda _name: local)
    monkeypatch.delenv("REFLECTDESK_DATA_DIR", raising=False)
    code = "\n".join(iss_section("Code"))

    # {localappdata} + the folder name is where paths.py puts the data on Windows.
    expected = PureWindowsPath(local, iss_defines()["DataFolderName"])
    assert PureWindowsPath(str(platform_data_dir("win32"))) == expected
    assert "ExpandConstant('{localappdata}\\{#DataFolderName}')" in code
    # Asked only when not silent, No the default button; removed only on Yes.
    assert "usPostUninstall" in code and "not UninstallSilent()" in code
    assert "MB_DEFBUTTON2" in code and "= IDYES then" in code


def test_every_installer_message_is_in_english_and_dutch() -> None:
    messages = [line.split("=", 1)[0] for line in iss_section("CustomMessages")]
    names = {message.split(".", 1)[1] for message in messages}
    assert sorted(messages) == sorted(
        f"{language}.{name}" for name in names for language in ("en", "nl")
    )
    used = set(
        re.findall(r"\{cm:(\w+)\}|CustomMessage\('(\w+)'\)", ISS.read_text(encoding="utf-8"))
    )
    assert {name for pair in used for name in pair if name} - {
        "CreateDesktopIcon",
        "AdditionalIcons",
    } <= names


# --- the workflow and the version ------------------------------------------------------

# Written by the bundle work of issue 17 (packaging/build_bundle.py, smoke_bundle.py),
# which this workflow calls; merged with it.
FROM_THE_BUNDLE_WORK = {"packaging/build_bundle.py", "packaging/smoke_bundle.py"}


def test_every_path_the_workflow_names_is_in_the_repository() -> None:
    text = WORKFLOW.read_text(encoding="utf-8").replace("\\", "/")
    named = set(
        re.findall(r"(?<![\w/.])((?:packaging|scripts|reflectdesk|\.github)/[\w./-]*\w)", text)
    )
    named = {path for path in named if "*" not in path}

    assert "packaging/windows/reflectdesk.iss" in named
    assert "packaging/macos/make_dmg.sh" in named
    missing = {path for path in named if not (ROOT / path).exists()}
    assert missing <= FROM_THE_BUNDLE_WORK


def test_the_workflow_parses_and_runs_on_windows_macos_and_linux() -> None:
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["push"]["tags"] == ["v*"] and "workflow_dispatch" in triggers
    [job] = workflow["jobs"].values()
    systems = {entry["os"] for entry in job["strategy"]["matrix"]["include"]}
    assert {"windows-latest", "macos-latest", "ubuntu-latest"} <= systems


def test_no_packaging_file_names_the_version() -> None:
    """The version lives in reflectdesk/__init__.py only; the spec, the installers and
    the workflow read it from there (AppStream's release history lists past versions
    with their dates, which is what that list is for)."""
    pattern = re.compile(rf"(?<![\d.]){re.escape(VERSION)}(?![\d.])")
    offenders = []
    for folder in (PACKAGING, ROOT / ".github"):
        for path in folder.rglob("*"):
            if (
                not path.is_file()
                or "icons" in path.relative_to(ROOT).parts
                or path.suffix == ".pyc"
            ):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if pattern.search(line) and "<release version=" not in line:
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []
