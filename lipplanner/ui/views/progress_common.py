"""Small pieces the progress views share: status swatches, number formats, messages."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from lipplanner.core.periods import Period
from lipplanner.core.services.plan_view import PlanView
from lipplanner.ui import i18n
from lipplanner.ui.i18n import format_fiscal_year, format_period

ERROR_STYLE = "QLabel { color: #b71c1c; background: #fdecea; padding: 6px; border-radius: 4px; }"
INFO_STYLE = "QLabel { color: #0d47a1; background: #e8f0fe; padding: 6px; border-radius: 4px; }"
OK_STYLE = "QLabel { color: #1b5e20; background: #e8f5e9; padding: 6px; border-radius: 4px; }"


def tr(text: str) -> str:
    return QCoreApplication.translate("progress", text)


@cache
def swatch(colour: str, size: int = 12) -> QIcon:
    """A filled square with a dark border, so the colour reads on any background."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#424242"))
    painter.setBrush(QColor(colour if QColor.isValidColorName(colour) else "#9e9e9e"))
    painter.drawRoundedRect(0, 0, size - 1, size - 1, 2, 2)
    painter.end()
    return QIcon(pixmap)


def format_number(value: float | None, unit: str = "") -> str:
    """An indicator value as the interface language writes it, at most two decimals:
    1,500 clients / 31.5% in English, 1 500 clients / 31,5 % in French."""
    if value is None:
        return ""
    rounded = round(value, 2)
    decimals = next(d for d in (0, 1, 2) if round(rounded, d) == rounded)
    if unit == "%":
        return i18n.format_percent(rounded / 100, decimals)
    text = i18n.format_number(rounded, decimals)
    return f"{text} {unit}" if unit else text


def editable_number(value: float | None) -> str:
    """A value put back in an edit box: as `format_number` writes it but without the
    thousands separator (1500,5 in French), a form `typed_number` reads back unchanged."""
    return i18n.editable_number(value)


def format_signed(value: float | None, unit: str = "") -> str:
    if value is None:
        return ""
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return sign + format_number(abs(value), unit)


def typed_number(text: str) -> float | None:
    """A number typed as the interface language writes it; None for an empty box.
    Raises `UnreadableNumber` for any other form (`number_hint()` says what to type)."""
    number = i18n.read_typed_number(text)
    return None if number is None else float(number)


def number_hint() -> str:
    """What to type in a number box, with examples in the forms it accepts."""
    return tr("Type a number like {0} or {1}.").format(
        i18n.format_number(1500.5, 1), i18n.editable_number(1500.5)
    )


def percent_problem(percent: int) -> str:
    """Why a typed percent complete cannot be saved, or "" when it can."""
    if 0 <= percent <= 100:
        return ""
    return tr("A percent complete is 0 to 100, not {0}.").format(i18n.format_number(percent))


def status_percent_warning(status_kind: str, percent: int) -> str:
    """A gentle word when the status and the percent contradict each other (they are
    saved as typed: the coordinator may know better), or "" when they agree."""
    done = i18n.format_percent(percent / 100)
    if status_kind == "not_started" and percent > 0:
        return tr("Not started, yet {0} done: check the status or the percent.").format(done)
    if status_kind == "completed" and percent < 100:
        return tr(
            "Completed, yet only {0} done: check the status or the percent (a completed "
            "action counts as {1} done)."
        ).format(done, i18n.format_percent(1))
    return ""


def period_problem(view: PlanView, period: Period, *, quarter_needed: bool) -> str:
    """Why progress cannot be recorded for `period`, or "" when it can."""
    if quarter_needed and period.quarter is None:
        return tr(
            "Progress is recorded per quarter: choose a quarter (for example {0}) in the "
            "reporting period selector."
        ).format(format_period(Period(period.year, 1)))
    plan = view.plan
    if not plan.first_year <= period.year <= plan.last_year:
        return tr("The period {0} is outside the plan's years ({1} to {2}).").format(
            format_period(period),
            format_fiscal_year(plan.first_year),
            format_fiscal_year(plan.last_year),
        )
    return ""


def row_table(model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    """A read-only table that selects whole rows, one at a time, sized to its contents."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def message_label(parent: QWidget | None = None) -> QLabel:
    """A label for one clear sentence (an error or a note), hidden while empty."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_message(label: QLabel, text: str, style: str = ERROR_STYLE) -> None:
    label.setStyleSheet(style)
    label.setText(text)
    label.setVisible(bool(text))
