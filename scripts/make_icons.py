"""Make the app's icons for Windows, macOS and Linux from its one SVG.

    python scripts/make_icons.py [--out packaging/icons]

Writes, from ``resources/icons/reflectdesk.svg``:

- ``reflectdesk.ico``: Windows, with the 16, 24, 32, 48, 64, 128 and 256 px images
  Explorer and the taskbar ask for;
- ``reflectdesk.icns``: macOS, 16 to 1024 px (Pillow picks the ICNS types by size);
- ``hicolor/<n>x<n>/apps/nl.reflectdesk.ReflectDesk.png``: the freedesktop sizes a
  .deb installs under /usr/share/icons.

Each size is drawn by Qt's SVG renderer at that size (not scaled down from one large
image, which blurs the small ones), then written by Pillow, which knows the .ico and
.icns containers. Both are already in the dependency tree (PySide6, and Pillow through
reportlab). The output is made, not kept in git: a packaging step runs this first.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "reflectdesk.svg"
APP_ID = "nl.reflectdesk.ReflectDesk"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int) -> object:
    """The SVG drawn at ``size`` × ``size`` px, as a Pillow RGBA image."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    import io

    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def make_icons(out: Path, svg: Path = SVG) -> list[Path]:
    """Write every icon into ``out``; the files written."""
    from PySide6.QtGui import QGuiApplication

    _ = QGuiApplication.instance() or QGuiApplication([])
    out.mkdir(parents=True, exist_ok=True)
    images = {size: render(svg, size) for size in sorted({*ICO_SIZES, *ICNS_SIZES, *HICOLOR_SIZES})}
    written = []
    ico = out / "reflectdesk.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(ico, sizes=[(n, n) for n in ICO_SIZES])  # type: ignore[attr-defined]
    written.append(ico)
    icns = out / "reflectdesk.icns"
    images[max(ICNS_SIZES)].save(  # type: ignore[attr-defined]
        icns, append_images=[images[n] for n in ICNS_SIZES[:-1]]
    )
    written.append(icns)
    for size in HICOLOR_SIZES:
        png = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        png.parent.mkdir(parents=True, exist_ok=True)
        images[size].save(png)  # type: ignore[attr-defined]
        written.append(png)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "icons")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in make_icons(args.out):
        print(path.relative_to(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
