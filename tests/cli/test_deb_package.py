"""packaging/linux/build_deb.py and the files the .deb installs: the control file, the
package's tree, and the desktop registration of .rdarchive files. Fast: no bundle, no
dpkg; ci_deb.sh builds, installs and removes the real package in CI."""

from __future__ import annotations

import configparser
import gzip
import importlib.util
import stat
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

import reflectdesk

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "nl.reflectdesk.ReflectDesk"
MIME = "application/x-reflectdesk-archive"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


@pytest.fixture(scope="module")
def build_deb() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_deb", LINUX / "build_deb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def control_fields(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    name = ""
    for line in text.splitlines():
        if line.startswith(" "):
            fields[name] += "\n" + line
        else:
            name, _, value = line.partition(": ")
            fields[name] = value
    return fields


def test_the_version_is_read_from_the_package_init(build_deb: ModuleType, tmp_path: Path) -> None:
    assert build_deb.package_version() == reflectdesk.__version__
    (tmp_path / "reflectdesk").mkdir()
    (tmp_path / "reflectdesk" / "__init__.py").write_text('"""Doc."""\n__version__ = "2.3.4"\n')
    assert build_deb.package_version(tmp_path) == "2.3.4"


def test_the_control_file_names_package_version_architecture_and_depends(
    build_deb: ModuleType,
) -> None:
    depends = build_deb.depends_field(["libxcb1", "libc6", "libegl1", "libxcb1"], "2.36")
    fields = control_fields(build_deb.control_text("0.1.0", "amd64", 262127, depends))

    assert fields["Package"] == "reflectdesk"
    assert fields["Version"] == "0.1.0"
    assert fields["Architecture"] == "amd64"
    assert fields["Installed-Size"] == "262127"
    assert fields["Depends"] == "fontconfig-config, libc6 (>= 2.36), libegl1, libxcb1"
    assert {"Maintainer", "Section", "Priority", "Description"} <= set(fields)
    # A synopsis, then an extended description whose every line starts with a space.
    synopsis, *extended = fields["Description"].splitlines()
    assert synopsis and len(synopsis) < 80 and extended
    assert all(line.startswith(" ") and line.strip() for line in extended)


def test_depends_come_from_the_libraries_ldd_finds_outside_the_bundle(
    build_deb: ModuleType,
) -> None:
    bundle = Path("/opt/build/ReflectDesk")
    ldd = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibQt6Gui.so.6 => /opt/build/ReflectDesk/_internal/libQt6Gui.so.6 (0x7f)\n"
        "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x7f)\n"
        "\tlibEGL.so.1 => /usr/lib/x86_64-linux-gnu/libEGL.so.1 (0x7f)\n"
        "\tlibmissing.so.2 => not found\n"
    )
    assert build_deb.outside_libraries(ldd, bundle) == {
        "/lib/x86_64-linux-gnu/libxcb.so.1",
        "/usr/lib/x86_64-linux-gnu/libEGL.so.1",
    }
    assert build_deb.missing_libraries(ldd) == {"libmissing.so.2"}
    # dpkg knows a library under /lib or /usr/lib, whichever its package shipped.
    assert "/usr/lib/x86_64-linux-gnu/libxcb.so.1" in build_deb.path_variants(
        "/lib/x86_64-linux-gnu/libxcb.so.1"
    )
    dpkg_search = (
        "libxcb1:amd64: /usr/lib/x86_64-linux-gnu/libxcb.so.1\n"
        "libegl1:amd64: /usr/lib/x86_64-linux-gnu/libEGL.so.1\n"
        "diversion by foo from: /usr/lib/x86_64-linux-gnu/libEGL.so.1\n"
        "dpkg-query: no path found matching pattern /lib/x86_64-linux-gnu/libxcb.so.1\n"
    )
    assert build_deb.owners(dpkg_search) == {
        "/usr/lib/x86_64-linux-gnu/libxcb.so.1": "libxcb1",
        "/usr/lib/x86_64-linux-gnu/libEGL.so.1": "libegl1",
    }


def test_libc6_is_asked_for_at_the_newest_glibc_version_the_files_use(
    build_deb: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "a.so").write_bytes(b"\x7fELF\0GLIBC_2.17\0GLIBC_2.34\0")
    (tmp_path / "b.so").write_bytes(b"\x7fELF\0GLIBC_2.4\0GLIBC_2.3.4\0")
    assert build_deb.glibc_needed([tmp_path / "a.so", tmp_path / "b.so"]) == "2.34"
    assert build_deb.glibc_needed([tmp_path / "b.so"]) == "2.4"
    assert build_deb.elf_files(tmp_path) == [tmp_path / "a.so", tmp_path / "b.so"]


def fake_bundle(tmp_path: Path, *, cli: bool) -> tuple[Path, Path]:
    bundle = tmp_path / "ReflectDesk"
    (bundle / "_internal").mkdir(parents=True)
    for executable in ["ReflectDesk", "reflectdesk-cli"] if cli else ["ReflectDesk"]:
        (bundle / executable).write_bytes(b"\x7fELF program")
        (bundle / executable).chmod(0o700)
    (bundle / "_internal" / "libQt6Core.so.6").write_bytes(b"\x7fELF library")
    (bundle / "_internal" / "libQt6Core.so.6").chmod(0o775)  # as PyInstaller may leave it
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    (bundle / "_internal" / "libQt6Core.so").symlink_to("libQt6Core.so.6")
    icons = tmp_path / "icons"
    for size in (16, 48):
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        png.parent.mkdir(parents=True)
        png.write_bytes(b"\x89PNG")
    return bundle, icons


def tree(stage: Path) -> set[str]:
    return {path.relative_to(stage).as_posix() for path in stage.rglob("*") if not path.is_dir()}


def test_the_package_lays_out_the_bundle_the_links_and_the_desktop_files(
    build_deb: ModuleType, tmp_path: Path
) -> None:
    bundle, icons = fake_bundle(tmp_path, cli=False)
    stage = tmp_path / "stage"
    stage.mkdir()

    kib = build_deb.lay_out(bundle, icons, stage, "0.1.0")

    assert tree(stage) == {
        "opt/reflectdesk/ReflectDesk",
        "opt/reflectdesk/_internal/libQt6Core.so.6",
        "opt/reflectdesk/_internal/libQt6Core.so",
        "opt/reflectdesk/_internal/base_library.zip",
        "usr/bin/reflectdesk",
        f"usr/share/applications/{APP_ID}.desktop",
        f"usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"usr/share/mime/packages/{APP_ID}.xml",
        f"usr/share/icons/hicolor/16x16/apps/{APP_ID}.png",
        f"usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
        f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        "usr/share/doc/reflectdesk/copyright",
        "usr/share/doc/reflectdesk/changelog.gz",
        "usr/share/lintian/overrides/reflectdesk",
    }
    assert (stage / "usr/bin/reflectdesk").readlink() == Path("/opt/reflectdesk/ReflectDesk")
    assert (stage / "opt/reflectdesk/_internal/libQt6Core.so").readlink() == Path("libQt6Core.so.6")

    def mode(name: str) -> int:
        return stat.S_IMODE((stage / name).stat().st_mode)

    assert mode("opt/reflectdesk/ReflectDesk") == 0o755
    assert mode("opt/reflectdesk/_internal/libQt6Core.so.6") == 0o644
    assert mode(f"usr/share/applications/{APP_ID}.desktop") == 0o644
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o755 for path in stage.rglob("*/"))
    changelog = gzip.decompress((stage / "usr/share/doc/reflectdesk/changelog.gz").read_bytes())
    assert changelog.startswith(b"reflectdesk (0.1.0) unstable; urgency=medium\n")
    assert kib >= 1


def test_the_console_command_is_linked_when_the_bundle_has_it(
    build_deb: ModuleType, tmp_path: Path
) -> None:
    bundle, _icons = fake_bundle(tmp_path, cli=True)
    assert build_deb.command_links(bundle) == {
        "usr/bin/reflectdesk": "/opt/reflectdesk/ReflectDesk",
        "usr/bin/reflectdesk-cli": "/opt/reflectdesk/reflectdesk-cli",
    }


def test_a_folder_without_the_app_or_without_icons_is_refused(
    build_deb: ModuleType, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit, match="not a ReflectDesk bundle"):
        build_deb.command_links(tmp_path)
    with pytest.raises(SystemExit, match=r"make_icons\.py"):
        build_deb.icon_files(tmp_path)


def test_the_mime_type_names_rdarchive_files_in_english_and_dutch() -> None:
    root = ElementTree.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == MIME
    assert [glob.get("pattern") for glob in mime_type.findall(f"{MIME_NS}glob")] == ["*.rdarchive"]
    # An archive is a zip inside: file managers fall back to zip tools, not to "unknown".
    assert mime_type.find(f"{MIME_NS}sub-class-of").get("type") == "application/zip"  # type: ignore[union-attr]
    comments = {
        comment.get("{http://www.w3.org/XML/1998/namespace}lang"): comment.text
        for comment in mime_type.findall(f"{MIME_NS}comment")
    }
    assert comments == {None: "ReflectDesk archive", "nl": "ReflectDesk-archief"}


def test_the_desktop_entry_opens_archives_with_the_file_as_argument() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]

    assert desktop["Exec"] == "reflectdesk %f"
    assert MIME in desktop["MimeType"].split(";")
    assert desktop["Icon"] == APP_ID


def test_the_metainfo_declares_the_archive_type() -> None:
    root = ElementTree.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert [element.text for element in root.iter("mediatype")] == [MIME]


def test_only_a_library_the_app_cannot_start_without_stops_the_build(
    build_deb: ModuleType,
) -> None:
    plugins = Path("_internal/PySide6/Qt/plugins")
    assert build_deb.essential(Path("ReflectDesk"))
    assert build_deb.essential(Path("_internal/libQt6Gui.so.6"))
    assert build_deb.essential(plugins / "platforms/libqxcb.so")
    # Qt passes over a plugin it cannot load, such as the GTK theme without GTK.
    assert not build_deb.essential(plugins / "platformthemes/libqgtk3.so")
    assert not build_deb.essential(plugins / "platforms/libqwayland.so")
