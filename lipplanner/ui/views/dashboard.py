"""The dashboard a council looks at: key counts, actions by status per priority, plan
progress over the quarters, and indicators against their targets. Exports as a PNG."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QIODevice, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.errors import UserError
from lipplanner.core.files import write_atomically
from lipplanner.core.services.dashboard import Dashboard, indicator_results, load_dashboard
from lipplanner.core.services.plan_view import PlanView
from lipplanner.ui.context import PlanContext
from lipplanner.ui.i18n import format_fiscal_year, format_percent, format_period, percent_suffix
from lipplanner.ui.views.deferred import refresh_when_shown
from lipplanner.ui.views.progress_common import OK_STYLE, message_label, show_message

PLAN_COLOUR = "#263238"
PRIORITY_COLOURS = ("#1e88e5", "#8e24aa", "#fb8c00", "#43a047", "#e53935", "#00acc1", "#6d4c41")
MET_COLOUR, NOT_MET_COLOUR = "#2e7d32", "#ef6c00"
MAX_INDICATORS = 12  # more would not be readable in one chart
# The status and progress charts: room for a two-line title, seven legend entries and
# the axes, with the indicator chart below, inside a 1280x800 window without scrolling.
TOP_CHART_HEIGHT = 220
LEGEND_WIDTH = 130  # a status name wider than this goes on two lines
LEGEND_FONT = 9


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _percent_axis_format() -> str:
    """A value axis's printf label format for whole percents: 40% / 40 %. QtCharts
    formats it as 8-bit text (a no-break space shows as �), so French gets a plain
    space here: an axis label never wraps anyway."""
    return "%d" + percent_suffix().replace("\u00a0", " ").replace("%", "%%")


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleFont(_font(11, bold=True))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setFont(_font(LEGEND_FONT))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 8, 4))
    chart.setBackgroundRoundness(4)
    return chart


def _wrapped(text: str, metrics: QFontMetrics, width: float) -> str:
    """`text` as HTML lines no wider than `width` (a chart prints what does not fit as
    "..."); a word longer than the width stays whole on its own line."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def _legend_label(text: str, width: float) -> str:
    """A legend entry wider than `width` on two lines instead of ending in "...". Set on
    the series, not on the legend's markers: Python wrappers of those markers deleted
    them (a crash at exit, "shared QObject was deleted directly")."""
    metrics = QFontMetrics(_font(LEGEND_FONT))
    if metrics.horizontalAdvance(text) > width and " " in text:
        return _wrapped(text, metrics, width)
    return text


class ChartView(QChartView):
    """A chart whose title wraps onto more lines when the view is too narrow for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._title = ""

    def set_chart(self, chart: QChart) -> None:
        self._title = chart.title()
        self.setChart(chart)
        self._fit_title()

    def title(self) -> str:
        """The whole title, as one line."""
        return self._title

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        chart = self.chart()
        margins = chart.margins()
        room = self.width() - margins.left() - margins.right() - 16
        chart.setTitle(_wrapped(self._title, QFontMetrics(chart.titleFont()), room))


def _style_axis(axis: QValueAxis | QBarCategoryAxis | QCategoryAxis, title: str = "") -> None:
    axis.setLabelsFont(_font(9))
    if title:
        axis.setTitleText(title)
        axis.setTitleFont(_font(9))


class Tile(QFrame):
    """A big number with what it counts."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(
            "#tile { background: #ffffff; border: 1px solid #d0d7de; border-radius: 6px; }"
        )
        self.value = QLabel("–")
        self.value.setFont(_font(20, bold=True))
        self.value.setStyleSheet("color: #1f2937;")
        self.caption = QLabel(caption)
        self.caption.setFont(_font(9.5))
        self.caption.setStyleSheet("color: #4b5563;")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: str, caption: str | None = None) -> None:
        self.value.setText(value)
        if caption is not None:
            self.caption.setText(caption)


class DashboardView(QWidget):
    """Charts and tiles for the current period; refreshed on every change."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dashboard: Dashboard | None = None
        self.setAutoFillBackground(True)
        self.setStyleSheet("DashboardView { background: #f5f7fa; }")
        self.heading = QLabel()
        self.heading.setFont(_font(14, bold=True))
        self.by_priority = QCheckBox(self.tr("Show each priority"))
        self.export_button = QPushButton(self.tr("Export as PNG…"))
        self.message = message_label()

        self.tiles = {
            "actions": Tile(self.tr("actions in the plan")),
            "on_track": Tile(self.tr("on track, ongoing or completed")),
            "completed": Tile(self.tr("completed this fiscal year")),
            "overdue": Tile(self.tr("overdue")),
            "due": Tile(self.tr("updates still due")),
            "partners": Tile(self.tr("partners engaged")),
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)

        self.status_chart = ChartView()
        self.progress_chart = ChartView()
        self.indicator_chart = ChartView()
        for chart_view in (self.status_chart, self.progress_chart):
            chart_view.setMinimumHeight(TOP_CHART_HEIGHT)
        grid = QGridLayout()
        grid.addWidget(self.status_chart, 0, 0)
        grid.addWidget(self.progress_chart, 0, 1)
        grid.addWidget(self.indicator_chart, 1, 0, 1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)

        self.content = QWidget()  # what the PNG shows: everything but the buttons
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.heading)
        content_layout.addLayout(tiles)
        content_layout.addLayout(grid, 1)
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.by_priority)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        # On a small screen the charts keep the height their labels need and the page
        # scrolls, instead of squeezing every indicator name down to "…".
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.content)
        layout.addWidget(self.scroll, 1)

        self.by_priority.toggled.connect(lambda _on: self._draw_progress())
        self.export_button.clicked.connect(self.export_png)
        context.changed.connect(refresh_when_shown(self, self.refresh))
        context.language_changed.connect(self.refresh)  # bound: dropped when deleted
        self.refresh()

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        view = self.context.view()
        self.dashboard = load_dashboard(self.context.db, view)
        title = view.partnership.name(self.context.lang) or view.plan.title(self.context.lang)
        self.heading.setText(
            self.tr("{0} — where the plan stands at {1}").format(title, format_period(view.period))
        )
        self._fill_tiles(view, self.dashboard)
        self._draw_statuses(view)
        self._draw_progress()
        self._draw_indicators(view)

    def _fill_tiles(self, view: PlanView, dashboard: Dashboard) -> None:
        counts = dashboard.counts
        share = counts.on_track_share
        self.tiles["actions"].set(f"{counts.actions}")
        self.tiles["on_track"].set("–" if share is None else format_percent(share))
        self.tiles["completed"].set(
            f"{counts.completed_this_year}",
            self.tr("completed in {0}").format(format_fiscal_year(view.period.year)),
        )
        self.tiles["overdue"].set(f"{counts.overdue}")
        self.tiles["due"].set(
            f"{counts.stale}",
            self.tr("updates still due for {0}").format(format_period(view.period)),
        )
        self.tiles["partners"].set(f"{counts.partners_engaged}")

    def _draw_statuses(self, view: PlanView) -> None:
        lang = self.context.lang
        chart = _new_chart(self.tr("Actions by status, per priority"))
        series = QStackedBarSeries()
        priorities = view.ordered_priorities
        statuses = sorted(view.statuses.values(), key=lambda s: (s.position, s.id))
        counts = {p.id: view.rollup_priority(p.id).by_status for p in priorities}
        highest = 0
        for status in statuses:
            values = [counts[p.id].get(status.key, 0) for p in priorities]
            if not any(values):
                continue  # an unused status would only clutter the legend
            bar_set = QBarSet(_legend_label(status.label(lang), LEGEND_WIDTH))
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(status.colour))
            bar_set.setBorderColor(QColor("#ffffff"))
            series.append(bar_set)
        for p in priorities:
            highest = max(highest, sum(counts[p.id].values()))
        series.setBarWidth(0.6)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([p.code for p in priorities] or [""])
        _style_axis(categories)
        axis = QValueAxis()
        axis.setRange(0, max(1, highest))
        axis.setTickCount(min(max(1, highest), 8) + 1 if highest <= 8 else 6)
        axis.setLabelFormat("%d")
        _style_axis(axis, self.tr("actions"))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(axis)
        chart.legend().setShowToolTips(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # room for whole labels
        self.status_chart.set_chart(chart)
        self.status_chart.setToolTip("\n".join(f"{p.code}: {p.title(lang)}" for p in priorities))

    def _draw_progress(self) -> None:
        if self.dashboard is None:
            return
        view = self.context.view()
        history = self.dashboard.history
        chart = _new_chart(self.tr("Plan progress over the quarters (percent complete)"))
        # Only the quarters up to the period: the future would be an empty stretch.
        shown = [i for i, q in enumerate(history.quarters) if q.key <= view.period.key]
        lines: list[tuple[str, tuple[float | None, ...], str, float]] = [
            (self.tr("Whole plan"), history.plan, PLAN_COLOUR, 3.5)
        ]
        if self.by_priority.isChecked():
            for n, priority in enumerate(view.ordered_priorities):
                colour = PRIORITY_COLOURS[n % len(PRIORITY_COLOURS)]
                lines.append((priority.code, history.priorities[priority.id], colour, 1.8))
        # One label per fiscal year, centred under its quarters: never cut, however many.
        axis_x = QCategoryAxis()
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        axis_x.setStartValue(-0.5)
        axis_x.setRange(-0.5, max(len(shown), 1) - 0.5)
        for x, index in enumerate(shown):
            quarter = history.quarters[index]
            if quarter.quarter == 4 or x == len(shown) - 1:
                axis_x.append(format_fiscal_year(quarter.year), x + 0.5)
        _style_axis(axis_x, self.tr("fiscal year (one point per quarter)"))
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        axis_y.setTickCount(6)
        axis_y.setLabelFormat(_percent_axis_format())
        _style_axis(axis_y)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for name, values, colour, width in lines:
            series = QLineSeries()
            series.setName(name)
            series.setPen(QPen(QColor(colour), width))
            series.setPointsVisible(True)
            for x, index in enumerate(shown):
                value = values[index]
                if value is not None:
                    series.append(QPointF(x, value))
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        last = next((history.plan[i] for i in reversed(shown) if history.plan[i] is not None), None)
        if last is not None:
            chart.setTitle(
                self.tr("Plan progress over the quarters — now {0} complete").format(
                    format_percent(last / 100)
                )
            )
        chart.legend().setVisible(len(lines) > 1)
        self.progress_chart.set_chart(chart)

    def _draw_indicators(self, view: PlanView) -> None:
        lang = self.context.lang
        chart = _new_chart(self.tr("Indicators: latest actual as a share of the target"))
        results = [
            r for r in indicator_results(view) if r.indicator.target_value not in (None, 0.0)
        ][:MAX_INDICATORS]
        met_set = QBarSet(self.tr("Target met"))
        not_met_set = QBarSet(self.tr("Not met yet"))
        met_set.setColor(QColor(MET_COLOUR))
        not_met_set.setColor(QColor(NOT_MET_COLOUR))
        categories: list[str] = []
        highest = 100.0
        # Horizontal bars list bottom-up: reverse so the first indicator is on top.
        for result in reversed(results):
            indicator = result.indicator
            target = indicator.target_value or 1.0
            name = indicator.name(lang)
            short = name if len(name) <= 46 else name[:45].rsplit(" ", 1)[0] + "…"  # a word
            actual = result.variance.actual
            if actual is None:
                categories.append(f"{indicator.code} {short} " + self.tr("(no data)"))
                met_set.append(0.0)
                not_met_set.append(0.0)
                continue
            share = float(round(max(0.0, actual / target * 100)))
            highest = max(highest, share)
            direction = "↓" if indicator.direction == "decrease" else ""
            categories.append(f"{indicator.code} {short} {direction}".rstrip())
            met_set.append(share if result.variance.met else 0.0)
            not_met_set.append(0.0 if result.variance.met else share)
        series = QHorizontalStackedBarSeries()
        series.append(met_set)
        series.append(not_met_set)
        series.setBarWidth(0.65)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value" + percent_suffix())
        series.setLabelsPosition(QHorizontalStackedBarSeries.LabelsPosition.LabelsInsideEnd)
        for bar_set in (met_set, not_met_set):
            bar_set.setLabelColor(QColor("#ffffff"))
            bar_set.setLabelFont(_font(8.5, bold=True))
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(categories or [self.tr("No indicator with a target")])
        _style_axis(axis_y)
        axis_x = QValueAxis()
        axis_x.setRange(0, min(400.0, (int(highest / 25) + 1) * 25))
        axis_x.setLabelFormat(_percent_axis_format())
        axis_x.setTickCount(int(axis_x.max() / 25) + 1 if axis_x.max() <= 200 else 5)
        _style_axis(
            axis_x,
            self.tr("{0} = target reached (↓ lower is better: under {0} meets it)").format(
                format_percent(1)
            ),
        )
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        # Qt Charts turns a category label into "..." once its row is shorter than the text:
        # give each indicator a row of one and a half lines, plus title and axis (the
        # legend goes beside the bars, where the wide chart has room to spare).
        line = QFontMetrics(_font(9)).height()
        self.indicator_chart.setMinimumHeight(max(200, round(len(categories) * 1.5 * line) + 95))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.indicator_chart.set_chart(chart)

    # -- export ----------------------------------------------------------------------------
    def export_png(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the dashboard"),
            f"dashboard-{self.context.period.label}.png",
            self.tr("PNG image (*.png)"),
        )
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        try:
            self.save_png(path)
        except UserError as error:  # a full disk, a folder one cannot write: one sentence
            show_message(self.message, str(error))
            return
        show_message(self.message, self.tr("Saved {0}.").format(path), OK_STYLE)

    def save_png(self, path: str) -> None:
        """Write the dashboard (without its buttons) as a PNG image, whole or not at all:
        encoded in memory, then written beside `path` and moved into place."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.content.grab().save(buffer, "PNG")
        image = bytes(buffer.data().data())
        write_atomically(Path(path), lambda part: part.write_bytes(image))
