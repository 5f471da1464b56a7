"""Where the data lives on Windows, macOS and Linux, asked of platformdirs' own classes
for each platform on this one (reflectdesk/paths.py: platform_data_dir)."""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

import pytest

from reflectdesk.paths import DATA_DIR_ENV, data_dir, platform_data_dir, sample_db_path

LOCAL_APPDATA = r"C:\Users\anna\AppData\Local"


@pytest.fixture
def anna(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A user "anna" with no data-folder override and no XDG folders set."""
    import platformdirs.windows

    home = tmp_path / "anna"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))  # what ~ means on Windows
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    # Windows asks the shell for its known folders; here the answer is given.
    folders = {"CSIDL_LOCAL_APPDATA": LOCAL_APPDATA, "CSIDL_APPDATA": r"C:\Roaming"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    return home


def test_windows_keeps_the_data_in_local_appdata_not_the_roaming_profile(anna: Path) -> None:
    # Not roaming: a database must not follow the user between computers on a domain.
    # packaging/windows/reflectdesk.iss offers to remove this very folder on uninstall.
    assert PureWindowsPath(str(platform_data_dir("win32"))) == PureWindowsPath(
        LOCAL_APPDATA, "ReflectDesk"
    )


def test_macos_keeps_the_data_in_application_support(anna: Path) -> None:
    assert platform_data_dir("darwin") == anna / "Library" / "Application Support" / "ReflectDesk"


def test_linux_keeps_the_data_in_the_xdg_data_folder(
    anna: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert platform_data_dir("linux") == anna / ".local" / "share" / "ReflectDesk"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert platform_data_dir("linux") == tmp_path / "xdg" / "ReflectDesk"


def test_this_computer_uses_its_own_platform_and_the_variable_overrides_it(
    anna: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from platformdirs import user_data_path

    # The same folder platformdirs' own guess gives here (Linux behaves as before).
    assert data_dir() == platform_data_dir(sys.platform)
    assert data_dir() == user_data_path("ReflectDesk", appauthor=False)

    monkeypatch.setenv(DATA_DIR_ENV, "~/elsewhere")
    assert data_dir() == anna / "elsewhere"


def test_the_sample_groups_live_beside_the_database_and_never_in_it(tmp_path: Path) -> None:
    own = tmp_path / "reflectdesk.db"
    assert sample_db_path(own) == tmp_path / "sample-groups.db"
    named_like_it = tmp_path / "sample-groups.db"  # someone's own database, so named
    assert sample_db_path(named_like_it) not in (named_like_it, own)
    assert sample_db_path(named_like_it).parent == tmp_path
