"""Finding texts the user sees cut: a label, button, check box, group title or tab
narrower than its text, a header section narrower than its title, a chart whose title,
legend entry or axis caption Qt Charts shortened to "...", and a page that scrolls.

Texts a view shortens on purpose end with "…" (one character) and are not counted;
Qt's own cut is three dots, which no string of the app uses.
"""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QTabBar,
    QWidget,
)

QT_CUT = "..."


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_cut(label: QLabel) -> bool:
    if label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText:
        return False  # wraps: only the height could cut it, and layouts give that
    text = _plain(label.text())
    if not text.strip() or "<" in text:
        return False
    room = label.contentsRect().width() - 2 * label.margin() - 2 * label.indent()
    longest = max(label.fontMetrics().horizontalAdvance(line) for line in text.splitlines())
    return longest > room


def _header_cuts(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    cuts = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        title = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not title:
            continue
        lines = str(title).splitlines() or [""]
        text_width = max(header.fontMetrics().horizontalAdvance(line) for line in lines)
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        if header.sectionSize(section) < text_width + margin:
            cuts.append(f"header {str(title)!r} ({header.sectionSize(section)} px)")
    return cuts


def _chart_cuts(view: QChartView) -> list[str]:
    chart = view.chart()
    if chart is None or view.scene() is None:
        return []
    cuts = []
    for item in view.scene().items():
        if not item.isVisible():
            continue
        if isinstance(item, QGraphicsTextItem):
            text = item.toPlainText()
        elif isinstance(item, QGraphicsSimpleTextItem):
            text = item.text()
        else:
            continue
        if text.rstrip().endswith(QT_CUT):
            cuts.append(f"chart {chart.title()[:40]!r}: {text!r}")
    return cuts


def cut_texts(root: QWidget) -> list[str]:
    """One line per text shown cut under `root` (visible widgets only)."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and _label_cut(widget):
            found.append(f"{name} label {widget.text()!r} ({widget.width()} px)")
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            if widget.width() < widget.sizeHint().width():
                found.append(f"{name} button {widget.text()!r} ({widget.width()} px)")
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(_plain(widget.title()))
            if needed > widget.width():
                found.append(f"{name} group {widget.title()!r}")
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                title = _plain(widget.tabText(tab))
                if widget.tabRect(tab).width() < widget.fontMetrics().horizontalAdvance(title):
                    found.append(f"{name} tab {title!r}")
            last = widget.tabRect(widget.count() - 1) if widget.count() else None
            if last is not None and last.right() > widget.width():
                found.append(f"{name} tabs behind scroll arrows")
        elif isinstance(widget, QHeaderView) and widget.isVisible():
            found += [f"{name} {cut}" for cut in _header_cuts(widget)]
        elif isinstance(widget, QChartView):
            found += _chart_cuts(widget)
    return found


def scrolled(root: QWidget) -> list[str]:
    """Pages that scroll down (content below the fold) and lists or tables that scroll
    sideways (columns out of sight)."""
    found = []
    for area in root.findChildren(QScrollArea):
        if area.isVisibleTo(root) and area.verticalScrollBar().maximum() > 0:
            found.append(f"page scrolls {area.verticalScrollBar().maximum()} px")
    for view in root.findChildren(QAbstractItemView):
        if view.isVisibleTo(root) and view.horizontalScrollBar().isVisible():
            name = view.objectName() or type(view).__name__
            found.append(f"{name} scrolls sideways {view.horizontalScrollBar().maximum()} px")
    return found
