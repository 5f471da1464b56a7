"""scripts/make_icons.py: the Windows, macOS and Linux icons drawn from the one SVG."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]


def make_icons_module() -> object:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts/make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_platform_gets_its_icon_at_every_size(qtbot: QtBot, tmp_path: Path) -> None:
    module = make_icons_module()
    written = module.make_icons(tmp_path)  # type: ignore[attr-defined]

    ico = Image.open(tmp_path / "reflectdesk.ico")
    assert ico.format == "ICO"
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    icns = Image.open(tmp_path / "reflectdesk.icns")
    assert icns.format == "ICNS"
    assert icns.size == (1024, 1024)
    for size in (16, 48, 256, 512):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "nl.reflectdesk.ReflectDesk.png"
        assert png in written
        image = Image.open(png)
        assert image.size == (size, size)
        # Drawn, not blank, on a transparent ground: the small sizes too (each is
        # rendered at its own size).
        alpha = image.getchannel("A")
        assert alpha.getbbox() is not None
        assert alpha.getextrema()[0] == 0
        colours = image.getcolors(maxcolors=size * size)
        assert colours is not None and len(colours) > 4
