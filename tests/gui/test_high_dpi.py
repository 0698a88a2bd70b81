"""High DPI at 150 %: what the window shows is painted at 1.5 device pixels per pixel, never an
image made at 100 % and stretched (which blurs)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage

from badgedesk.gui import icons

ROOT = Path(__file__).resolve().parents[2]


def probe(scale: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "tests.gui.dpi_probe"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_pages_icons_thumbnails_tour_and_steps_are_painted_at_150_percent():
    found = probe("1.5")
    assert found["screen"] == 1.5
    for name, (ratio, device_width, logical_width) in found["grabs"].items():
        assert ratio == 1.5, name
        assert device_width == round(logical_width * 1.5), name  # a device-size pixmap, not a stretched one
    # The grid's status discs were drawn by the cell's own painter at 1.5 (vector, not a 16-px image).
    assert found["status discs"] == ["16x16@1.5"]
    assert found["disc pixmap"] == [1.5, 24]  # asked for a pixmap at the window's ratio: 24 device pixels
    assert found["placeholder"] == [1.5, 48, 32]  # the badge thumbnail placeholder: 32 px at 48 device px


def test_the_same_probe_at_100_percent_paints_at_1():
    found = probe("1")
    assert found["status discs"] == ["16x16@1.0"] and found["disc pixmap"] == [1.0, 16]
    assert {ratio for ratio, _w, _l in found["grabs"].values()} == {1.0}


def test_the_apps_icons_are_scalable():
    images = [
        p for p in (ROOT / "resources").iterdir() if p.suffix.lower() in (".svg", ".png", ".ico", ".jpg")
    ]
    assert images and all(p.suffix.lower() == ".svg" for p in images), images


def test_a_status_disc_is_painted_sharp_at_the_device_size(qapp):
    """At 1.5 the disc is painted at 24 device pixels: its edge is a thin antialiased ring, where a
    16-pixel disc stretched to 24 has a blurred band about 1.5 times as wide."""
    icon = icons.status_disc(QColor("#b91c1c"), "")
    sharp = icon.pixmap(QSize(16, 16), 1.5).toImage()
    assert sharp.width() == 24
    smooth = Qt.TransformationMode.SmoothTransformation
    small = (
        icon.pixmap(QSize(16, 16), 1.0).toImage().scaled(24, 24, Qt.AspectRatioMode.IgnoreAspectRatio, smooth)
    )

    def blurred(image: QImage) -> int:  # pixels neither transparent nor opaque
        return sum(0 < image.pixelColor(x, y).alpha() < 250 for x in range(24) for y in range(24))

    assert blurred(sharp) < blurred(small)
