"""Render the app icon for the installers: PNGs (hicolor sizes), a Windows .ico and a macOS .icns.

    python packaging/render_icons.py OUT_DIR

Source: resources/icons/nals-desktop.svg (the GUI's icon) if it exists, else the placeholder
packaging/icons/nals-desktop.svg. Writes OUT_DIR/nals-desktop.svg (the source used), nals-desktop-SIZE.png,
nals-desktop.ico and nals-desktop.icns. Needs PySide6 (QtSvg) and Pillow — both are in the build venv.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def source_svg() -> Path:
    app_icon = ROOT / "resources" / "icons" / "nals-desktop.svg"
    return app_icon if app_icon.is_file() else ROOT / "packaging" / "icons" / "nals-desktop.svg"


def render(svg: Path, out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (keeps Qt alive)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    written = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"nals-desktop-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"render_icons: cannot write {path}")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(f"usage: {argv[0]} OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    svg = source_svg()
    shutil.copyfile(svg, out / "nals-desktop.svg")
    render(svg, out)

    from PIL import Image

    largest = Image.open(out / "nals-desktop-512.png")
    largest.save(out / "nals-desktop.ico", sizes=[(s, s) for s in ICO_SIZES])
    largest.save(out / "nals-desktop.icns", sizes=[(s, s) for s in ICNS_SIZES])
    print(f"icons: {svg.relative_to(ROOT)} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
