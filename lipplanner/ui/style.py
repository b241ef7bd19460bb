"""Icons, status swatches and the text forms of values shared by every view."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from lipplanner.ui.i18n import format_percent

ICON_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "icons"
NO_VALUE = "—"


def tr(text: str) -> str:
    return QCoreApplication.translate("style", text)


@cache
def icon(name: str) -> QIcon:
    """One of our SVG icons from resources/icons (empty if it is missing)."""
    path = ICON_FOLDER / f"{name}.svg"
    if not path.exists():
        return QIcon()
    result = QIcon(str(path))
    # Keep the drawn colours on a selected row instead of the style's tint.
    result.addFile(str(path), QSize(), QIcon.Mode.Selected)
    return result


def standard_icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    """A Qt standard icon in the current style (follows the platform and theme)."""
    return QApplication.style().standardIcon(pixmap)


@cache
def status_swatch(colour: str, size: int = 14) -> QIcon:
    """A small square of the status colour with a dark outline (readable on any palette)."""
    icon = QIcon()
    for scale in (1, 2):  # sharp on high-DPI screens
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(colour) if QColor.isValidColorName(colour) else QColor("#9e9e9e")
        painter.setBrush(fill)
        painter.setPen(QPen(fill.darker(160), 1))
        painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3)
        painter.end()
        icon.addPixmap(pixmap)
        icon.addPixmap(pixmap, QIcon.Mode.Selected)  # the true colour on a selected row
    return icon


def date_text(value: date | None) -> str:
    """Dates as ISO text: unambiguous in English and French, and it sorts."""
    return value.isoformat() if value else ""


def percent_text(value: float | None) -> str:
    return NO_VALUE if value is None else format_percent(round(value) / 100)
