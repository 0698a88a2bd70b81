"""Rasterise resources/badgedesk.svg with Qt's own SVG renderer (no ImageMagick or librsvg needed).

    python packaging/render_icons.py OUT_DIR

writes OUT_DIR/hicolor/<N>x<N>/apps/badgedesk.png at the usual sizes, the SVG as
hicolor/scalable/apps/badgedesk.svg, and OUT_DIR/badgedesk.ico (256 px) for Windows.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SVG = Path(__file__).resolve().parent.parent / "resources" / "badgedesk.svg"


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    written = []

    def image(size: int) -> QImage:
        img = QImage(size, size, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        painter = QPainter(img)
        renderer.render(painter)
        painter.end()
        return img

    for size in SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / "badgedesk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image(size).save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / "badgedesk.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    ico = out / "badgedesk.ico"
    if not image(256).save(str(ico), "ICO"):  # Qt's qico image plugin
        raise SystemExit(f"cannot write {ico}")
    return [*written, scalable, ico]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for path in render(Path(sys.argv[1])):
        print(path)
