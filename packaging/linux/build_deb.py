"""Build the Debian/Ubuntu package, reflectdesk_<version>_<arch>.deb, from a bundle.

    python3 packaging/linux/build_deb.py --bundle dist/ReflectDesk --out dist

The bundle is PyInstaller's one-folder build (packaging/reflectdesk.spec); the icons
are scripts/make_icons.py's hicolor PNGs (packaging/icons/ by default). The package
installs:

    /opt/reflectdesk/                       the bundle, as built
    /usr/bin/reflectdesk                    -> /opt/reflectdesk/ReflectDesk
    /usr/bin/reflectdesk-cli                -> /opt/reflectdesk/reflectdesk-cli (if built)
    /usr/share/applications/nl.reflectdesk.ReflectDesk.desktop
    /usr/share/metainfo/nl.reflectdesk.ReflectDesk.metainfo.xml
    /usr/share/mime/packages/nl.reflectdesk.ReflectDesk.xml   (*.rdarchive)
    /usr/share/icons/hicolor/<n>x<n>/apps/nl.reflectdesk.ReflectDesk.png, scalable SVG
    /usr/share/doc/reflectdesk/copyright

No maintainer scripts: the desktop database, the icon cache and the MIME database are
refreshed by the file triggers that desktop-file-utils, hicolor-icon-theme and
shared-mime-info declare on those folders. Standard library only (plus dpkg-deb and
ldd), so it runs from any Python 3.11 without the project installed.
"""

from __future__ import annotations

import argparse
import ast
import email.utils
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "nl.reflectdesk.ReflectDesk"
PACKAGE = "reflectdesk"
INSTALL_DIR = Path("opt/reflectdesk")
# (name on PATH, executable in the bundle); the second is built only once the spec
# makes a console executable beside the window's.
COMMANDS = (("reflectdesk", "ReflectDesk"), ("reflectdesk-cli", "reflectdesk-cli"))
# The project has no public mail address yet; .invalid says so rather than invent one.
MAINTAINER = "The ReflectDesk team <maintainers@reflectdesk.invalid>"
# Not libraries the bundle links to, but what its bundled fontconfig reads at run time:
# /etc/fonts/fonts.conf and, through fontconfig-config's own Depends, one font. Without
# them a minimal system draws every label as empty boxes.
RUNTIME_DEPENDS = ("fontconfig-config",)
DESCRIPTION = """\
companion for facilitators of reflective-practice groups
 ReflectDesk keeps the structure of a Balint group, intervision or peer
 consultation in view: a calm session clock through the phases, prompt cards
 on a presenter screen, attendance, evaluations, encrypted private notes and
 PDF/CSV exports, all in one local SQLite file. It works offline.
 .
 This package carries the stand-alone build (Python and Qt inside, under
 /opt/reflectdesk)."""


def package_version(root: Path = ROOT) -> str:
    """reflectdesk.__version__, the one place the version lives, read without importing."""
    module = ast.parse((root / "reflectdesk" / "__init__.py").read_text(encoding="utf-8"))
    for node in module.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise SystemExit("reflectdesk/__init__.py has no __version__ = '...' line")


# --- Depends: the system libraries the bundle links to but does not carry ----------


def elf_files(bundle: Path) -> list[Path]:
    """Every ELF file in the bundle (executables, libraries, Qt plugins)."""
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def outside_libraries(ldd_output: str, bundle: Path) -> set[str]:
    """The absolute paths ``ldd`` resolved outside the bundle (the system's own)."""
    paths = set()
    for line in ldd_output.splitlines():
        match = re.search(r"=>\s+(/\S+)", line)
        if match and not Path(match.group(1)).is_relative_to(bundle):
            paths.add(match.group(1))
    return paths


def missing_libraries(ldd_output: str) -> set[str]:
    return {line.split()[0] for line in ldd_output.splitlines() if "=> not found" in line}


def essential(relative: Path) -> bool:
    """Whether the app cannot start without this file: anything but a Qt plugin, and of
    the plugins the X11 platform one. Qt skips other plugins that fail to load (the GTK
    theme on a machine without GTK), so a library one of them lacks is no Depends."""
    plugins = Path("_internal/PySide6/Qt/plugins")
    if not relative.is_relative_to(plugins):
        return True
    return relative.relative_to(plugins) == Path("platforms/libqxcb.so")


def path_variants(path: str) -> list[str]:
    """The names dpkg may know a library by: /lib and /usr/lib are one folder since
    the /usr merge, but dpkg's list has whichever the package shipped."""
    variants = [path, os.path.realpath(path)]
    for name in list(variants):
        if name.startswith("/usr/"):
            variants.append(name[len("/usr") :])
        else:
            variants.append("/usr" + name)
    return list(dict.fromkeys(variants))


def owners(dpkg_search_output: str) -> dict[str, str]:
    """path -> package, from ``dpkg -S`` lines such as ``libc6:amd64: /lib/.../libc.so.6``."""
    owned = {}
    for line in dpkg_search_output.splitlines():
        packages, separator, path = line.partition(": ")
        if separator and path.startswith("/") and "," not in packages and " " not in packages:
            owned[path.strip()] = packages.split(":")[0]
    return owned


def glibc_needed(files: Iterable[Path]) -> str | None:
    """The newest GLIBC_x.y symbol version any of the files asks for."""
    newest: tuple[int, ...] = ()
    for path in files:
        for match in re.finditer(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?", path.read_bytes()):
            version = tuple(int(part) for part in match.groups() if part is not None)
            newest = max(newest, version)
    return ".".join(map(str, newest)) if newest else None


def system_packages(bundle: Path) -> tuple[list[str], str | None]:
    """The packages owning the system libraries the bundle links to, and the glibc
    version it needs. Fails when a library is missing here or belongs to no package:
    the .deb would then install something that cannot start."""
    files = elf_files(bundle)
    if not files:
        raise SystemExit(f"{bundle} holds no executables or libraries: is it a bundle?")
    internal = [str(path) for path in (bundle / "_internal", bundle / "_internal/PySide6/Qt/lib")]
    environment = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(internal)}
    libraries: set[str] = set()
    for path in files:
        result = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=environment, check=False
        )
        libraries |= outside_libraries(result.stdout, bundle.resolve())
        missing = missing_libraries(result.stdout)
        if missing and essential(path.relative_to(bundle)):
            raise SystemExit(
                f"{path.relative_to(bundle)} needs {sorted(missing)}, neither in the bundle "
                "nor on this machine: install them and build the bundle again"
            )
        if missing:
            print(f"note: {path.relative_to(bundle)} will not load (needs {sorted(missing)})")
    candidates = {library: path_variants(library) for library in sorted(libraries)}
    search = subprocess.run(
        ["dpkg", "-S", *{name for names in candidates.values() for name in names}],
        capture_output=True,
        text=True,
        check=False,
    )
    owned = owners(search.stdout)
    packages = set()
    for library, names in candidates.items():
        package = next((owned[name] for name in names if name in owned), None)
        if package is None:
            raise SystemExit(f"{library} belongs to no Debian package; cannot name a Depends")
        packages.add(package)
    return sorted(packages), glibc_needed(files)


def depends_field(packages: Iterable[str], glibc: str | None) -> str:
    """The Depends line: each package once, libc6 with the glibc version the bundle
    was linked against, and what fontconfig reads at run time."""
    entries = []
    for package in sorted({*packages, *RUNTIME_DEPENDS}):
        if package == "libc6" and glibc:
            entries.append(f"libc6 (>= {glibc})")
        else:
            entries.append(package)
    return ", ".join(entries)


# --- the package's tree and control file -------------------------------------------


def icon_files(icons: Path) -> dict[str, Path]:
    """Path in the package -> source, for every hicolor size make_icons.py wrote and the SVG."""
    hicolor = icons / "hicolor"
    pngs = sorted(hicolor.glob(f"*x*/apps/{APP_ID}.png"))
    if not pngs:
        raise SystemExit(f"no icons in {hicolor}: run `python scripts/make_icons.py` first")
    files = {f"usr/share/icons/hicolor/{png.relative_to(hicolor).as_posix()}": png for png in pngs}
    svg = ROOT / "resources" / "icons" / "reflectdesk.svg"
    files[f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"] = svg
    return files


def shared_files(icons: Path) -> dict[str, Path]:
    """Path in the package -> source, for everything outside /opt and /usr/bin."""
    return {
        f"usr/share/applications/{APP_ID}.desktop": LINUX / f"{APP_ID}.desktop",
        f"usr/share/metainfo/{APP_ID}.metainfo.xml": LINUX / f"{APP_ID}.metainfo.xml",
        f"usr/share/mime/packages/{APP_ID}.xml": LINUX / f"{APP_ID}.mime.xml",
        f"usr/share/doc/{PACKAGE}/copyright": LINUX / "copyright",
        f"usr/share/lintian/overrides/{PACKAGE}": LINUX / "lintian-overrides",
        **icon_files(icons),
    }


def command_links(bundle: Path) -> dict[str, str]:
    """/usr/bin name -> absolute link target, for each executable the bundle has."""
    if not (bundle / "ReflectDesk").is_file():
        raise SystemExit(f"{bundle}/ReflectDesk is missing: not a ReflectDesk bundle")
    return {
        f"usr/bin/{command}": f"/{INSTALL_DIR.as_posix()}/{executable}"
        for command, executable in COMMANDS
        if (bundle / executable).is_file()
    }


def changelog(version: str, when: float) -> bytes:
    """A one-entry changelog.gz in Debian's format (a native package: the version has no
    Debian revision), gzipped without a name or time stamp so builds compare equal."""
    text = (
        f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
        f"  * The stand-alone build of ReflectDesk {version}.\n\n"
        f" -- {MAINTAINER}  {email.utils.formatdate(when)}\n"
    )
    return gzip.compress(text.encode(), compresslevel=9, mtime=0)


def control_text(version: str, architecture: str, installed_kib: int, depends: str) -> str:
    fields = {
        "Package": PACKAGE,
        "Version": version,
        "Architecture": architecture,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_kib),
        "Depends": depends,
        "Section": "education",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    return "".join(f"{name}: {value}\n" for name, value in fields.items())


def mode_for(source: Path) -> int:
    """0755 for executables, 0644 for the rest (shared libraries too: the loader maps them
    without the x bit), whatever the builder's umask or PyInstaller left."""
    if ".so" in source.suffixes or source.suffix == ".so":
        return 0o644
    return 0o755 if source.stat().st_mode & 0o111 else 0o644


def copy_file(source: Path, target: Path, mode: int) -> None:
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o755)
    shutil.copyfile(source, target)
    target.chmod(mode)


def lay_out(bundle: Path, icons: Path, stage: Path, version: str) -> int:
    """Write the package's tree (without DEBIAN/) into stage; its size in KiB."""
    for source in sorted(bundle.rglob("*")):
        target = stage / INSTALL_DIR / source.relative_to(bundle)
        if source.is_symlink():
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o755)
            target.symlink_to(source.readlink())
        elif source.is_dir():
            target.mkdir(parents=True, exist_ok=True, mode=0o755)
        else:
            copy_file(source, target, mode_for(source))
    for name, source in shared_files(icons).items():
        copy_file(source, stage / name, 0o644)
    changes = stage / f"usr/share/doc/{PACKAGE}/changelog.gz"
    when = float(os.environ.get("SOURCE_DATE_EPOCH") or time.time())
    changes.write_bytes(changelog(version, when))
    changes.chmod(0o644)
    for name, executable in command_links(bundle).items():
        (stage / name).parent.mkdir(parents=True, exist_ok=True, mode=0o755)
        (stage / name).symlink_to(executable)
    for folder in [stage, *(path for path in stage.rglob("*") if path.is_dir())]:
        if not folder.is_symlink():
            folder.chmod(0o755)
    size = sum(path.lstat().st_size for path in stage.rglob("*") if not path.is_dir())
    return (size + 1023) // 1024


def build(bundle: Path, out: Path, icons: Path) -> Path:
    version = package_version()
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    packages, glibc = system_packages(bundle)
    depends = depends_field(packages, glibc)
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{PACKAGE}_{version}_{architecture}.deb"
    with tempfile.TemporaryDirectory(prefix="reflectdesk-deb.") as temporary:
        stage = Path(temporary) / "root"
        stage.mkdir(mode=0o755)
        installed_kib = lay_out(bundle, icons, stage, version)
        (stage / "DEBIAN").mkdir(mode=0o755)
        control = stage / "DEBIAN" / "control"
        control.write_text(control_text(version, architecture, installed_kib, depends))
        control.chmod(0o644)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    print(f"Depends: {depends}")
    print(f"{deb}: {deb.stat().st_size / 1e6:.1f} MB ({installed_kib / 1024:.0f} MiB installed)")
    return deb


def lint(deb: Path) -> None:
    """Lintian's view, printed for the reader, when it is installed. A bundled Python
    and Qt under /opt break several of its rules for distribution packages (embedded
    libraries, no man page, no changelog), so it informs and does not fail the build."""
    if shutil.which("lintian") is None:
        print("lintian is not installed; lint skipped")
        return
    result = subprocess.run(["lintian", str(deb)], capture_output=True, text=True, check=False)
    tags = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    print("\n".join(tags) if tags else "lintian: no errors or warnings (see lintian-overrides)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, required=True, help="the PyInstaller folder")
    parser.add_argument("--out", type=Path, required=True, help="where the .deb goes")
    parser.add_argument("--icons", type=Path, default=ROOT / "packaging" / "icons")
    parser.add_argument("--lint", action="store_true", help="run lintian when installed")
    args = parser.parse_args(argv)
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb is missing: build the .deb on Debian or Ubuntu")
    deb = build(args.bundle.resolve(), args.out.resolve(), args.icons.resolve())
    if args.lint:
        lint(deb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
