"""Render the application icon's PNG sizes from its SVG with QtSvg.

    python -m lipplanner.tools.render_icons [--check]

Writes resources/icons/hicolor/<size>x<size>/apps/lipplanner.png for each size the
desktop needs; `--check` only says whether the committed PNGs are missing (exit 1).
Run it after editing resources/icons/lipplanner.svg and commit the PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from lipplanner.resources import resource_path

SIZES = (16, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return resource_path("icons", "hicolor", f"{size}x{size}", "apps", "lipplanner.png")


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt takes str
    buffer.close()
    return bytes(data.data())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the PNGs exist")
    options = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = resource_path("icons", "lipplanner.svg")
    missing = [size for size in SIZES if not png_path(size).is_file()]
    if options.check:
        for size in missing:
            print(f"missing: {png_path(size)}")
        return 1 if missing else 0
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render(svg, size))
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
