"""The reporting period: the toolbar's fiscal-year and quarter selectors, which every
view follows, and the quarter a plan opens at."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QToolBar

from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period, fiscal_year_of, quarter_of
from lipplanner.ui.i18n import format_fiscal_year, format_period


def default_period(
    first_year: int,
    last_year: int,
    today: date | None = None,
    last_reported: Period | None = None,
) -> Period:
    """This quarter; for a plan whose years are over, the last quarter reported in it
    (`last_reported`); else the nearest quarter inside the plan's years."""
    today = today or date.today()
    year = fiscal_year_of(today)
    if year < first_year:
        return Period(first_year, 1)
    if year > last_year:
        return last_reported or Period(last_year, 4)
    return Period(year, quarter_of(today))


def plan_is_over(last_year: int, today: date | None = None) -> bool:
    return fiscal_year_of(today or date.today()) > last_year


class PeriodSelector:
    """Mixed into MainWindow: choosing the period every view shows."""

    def _build_period_selector(self, bar: QToolBar) -> None:
        # Alt+P is the Plan menu: the period takes Alt+R.
        self.period_label = QLabel(self.tr("  &Reporting period: "), self)
        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("Fiscal year"))
        self.year_combo.setToolTip(self.tr("Fiscal year (April to March) shown in every view"))
        self.quarter_combo = QComboBox(self)
        self.quarter_combo.setAccessibleName(self.tr("Quarter"))
        self.quarter_combo.setToolTip(self.tr("Quarter of the fiscal year, or the whole year"))
        for quarter, text in (
            (1, self.tr("Q1 (Apr–Jun)")),
            (2, self.tr("Q2 (Jul–Sep)")),
            (3, self.tr("Q3 (Oct–Dec)")),
            (4, self.tr("Q4 (Jan–Mar)")),
            (0, self.tr("Whole year")),
        ):
            self.quarter_combo.addItem(text, quarter)
        self.period_label.setBuddy(self.year_combo)
        self._period_actions = [
            bar.addWidget(self.period_label),
            bar.addWidget(self.year_combo),
            bar.addWidget(self.quarter_combo),
        ]
        self.year_combo.activated.connect(self._period_chosen)
        self.quarter_combo.activated.connect(self._period_chosen)

    def _fill_period(self, first: int, last: int) -> None:
        assert self.context is not None
        self.year_combo.clear()
        for year in range(first, last + 1):
            self.year_combo.addItem(format_fiscal_year(year), year)
        period = self.context.period
        self.year_combo.setCurrentIndex(self.year_combo.findData(period.year))
        self.quarter_combo.setCurrentIndex(self.quarter_combo.findData(period.quarter or 0))

    def _period_chosen(self, *_args: object) -> None:
        if self.context is None or self.year_combo.currentIndex() < 0:
            return
        quarter = int(self.quarter_combo.currentData())
        self.set_period(Period(int(self.year_combo.currentData()), quarter or None))

    def set_period(self, period: Period) -> None:
        """Show every view as of `period` (the combos follow)."""
        if self.context is None:
            return
        # What was typed belongs to the period it was typed for: saved there first (a
        # progress form left as it was would be saved to the new period).
        unsaved = self._keep_pending_edits()
        if unsaved is not None:
            self._show_period_in_combos(self.context.period)
            sentence = self.tr(
                "The period was not changed: in %s, %s Correct the change or revert it, "
                "then choose the period again."
            )
            self.show_error(UserError(sentence % unsaved))
            return
        self._leave_forms()
        self.context.set_period(period)
        self._show_period_in_combos(period)
        self.statusBar().showMessage(self.tr("Showing %s") % format_period(period), 4000)

    def _show_period_in_combos(self, period: Period) -> None:
        self.year_combo.setCurrentIndex(self.year_combo.findData(period.year))
        self.quarter_combo.setCurrentIndex(self.quarter_combo.findData(period.quarter or 0))
