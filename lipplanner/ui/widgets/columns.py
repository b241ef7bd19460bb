"""The title column of a list or tree takes the width the other columns leave free.

Qt's Stretch mode does that but locks the column (it cannot be widened by hand) and lets
it shrink to nothing when the others are wide. Here every column stays Interactive; the
title column is re-fitted whenever the view or another column changes width, and never
drops below a readable minimum (the view scrolls sideways instead).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyleOptionViewItem

# Rows measured when the other columns are first fitted (the visible ones included).
# Each row costs about ten item-data calls per column (0.04-0.07 s of a 2,000-action Plan
# view's start-up at 200 rows); 50 rows of codes, statuses, leads and dates gave the
# same widths as 200 on the 2,000-action plan (codes, statuses and dates are alike;
# a lead cut by the sample is cut at `widest` anyway, and a column stays resizable).
FIT_SAMPLE_ROWS = 50


class TitleColumn(QObject):
    """Keeps `column` of `view` as wide as the free space, at least `minimum` pixels.

    With `fit_others`, the other columns are sized to their contents (at most `widest`
    pixels each) the first time the model has rows; after that, the user's widths stay.
    A column cut to `widest` gets its full width back whenever the view is wide enough
    for every title too, and gives it up again when the view narrows.

    With `keep_whole`, the columns up to that one (the Plan's Status) stay in view when
    the view is too narrow for them and `minimum`: the title gives way, down to
    `squeeze` pixels (elided, its tooltip has it whole), before they scroll out of sight.
    """

    def __init__(
        self,
        view: QAbstractItemView,
        header: QHeaderView,
        column: int,
        *,
        minimum: int = 250,
        fit_others: bool = False,
        widest: int = 320,
        keep_whole: int | None = None,
        squeeze: int = 0,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._header = header
        self.column = column
        self.minimum = minimum
        self._widest = widest
        self._keep_whole = keep_whole
        self._squeeze = min(squeeze, minimum) if squeeze else minimum
        self._fit_others = fit_others
        self._busy = False
        # Columns cut to `widest`: their width as cut and as their contents want it.
        self._cut: dict[int, tuple[int, int]] = {}
        self._title_wants = 0
        # Columns that must show their longest label whole (see `set_floor`).
        self._floors: dict[int, int] = {}
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._section_resized)
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self._model_reset)
        if model.rowCount() > 0:
            self._model_reset()

    def _model_reset(self) -> None:
        if self._fit_others and self._view.model().rowCount() > 0:
            self._fit_others = False
            self._busy = True
            # Measuring every row of a 20,000-action plan costs a third of a second and
            # gives the same widths as a sample: codes, statuses and dates are alike.
            precision = self._header.resizeContentsPrecision()
            self._header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
            try:
                for section in range(self._header.count()):
                    if section != self.column:
                        self._view.resizeColumnToContents(section)  # type: ignore[attr-defined]
                        floor = self._floors.get(section, 0)
                        wanted = max(self._header.sectionSize(section), floor)
                        widest = max(self._widest, floor)
                        if wanted > widest:
                            self._header.resizeSection(section, widest)
                            self._cut[section] = (widest, wanted)
                        elif floor:
                            self._header.resizeSection(section, wanted)
                self._title_wants = self._view.sizeHintForColumn(self.column)
            finally:
                self._header.setResizeContentsPrecision(precision)
                self._busy = False
        self.fit()

    def set_floor(self, section: int, width: int) -> None:
        """Keep `section` at least `width` pixels wide: a column whose every label must
        show whole (statuses and their overdue mark), measured from the labels it can
        show, not from sampled rows. A new floor (another language) widens the column
        again; the same floor leaves a width chosen by hand alone."""
        if self._floors.get(section) == width:
            return
        self._floors[section] = width
        if section in self._cut:
            cut, wanted = self._cut[section]
            self._cut[section] = (max(cut, width), max(wanted, width))
        elif self._header.sectionSize(section) < width:
            self._busy = True
            try:
                self._header.resizeSection(section, width)
            finally:
                self._busy = False
        self.fit()

    def fit(self) -> None:
        """Give the title column what the view's width leaves after the other columns;
        room beyond what the titles need goes first to the columns cut to `widest`."""
        shown = [
            section
            for section in range(self._header.count())
            if section != self.column and not self._header.isSectionHidden(section)
        ]
        widths = {
            section: self._cut[section][0]
            if section in self._cut
            else self._header.sectionSize(section)
            for section in shown
        }
        free = self._view.viewport().width() - sum(widths.values())
        spare = free - max(self._title_wants, self.minimum)
        for section in shown:
            if section in self._cut:
                grow = max(0, min(self._cut[section][1] - widths[section], spare))
                widths[section] += grow
                spare -= grow
                free -= grow
        self._busy = True
        try:
            for section in self._cut:
                if section in widths:
                    self._header.resizeSection(section, widths[section])
            self._header.resizeSection(self.column, self._title_width(widths, free))
        finally:
            self._busy = False

    def _title_width(self, widths: dict[int, int], free: int) -> int:
        """The title's width: the free room, at least `minimum`, unless that would push
        `keep_whole` out of view; then what it leaves, at least `squeeze`."""
        if free >= self.minimum or self._keep_whole is None:
            return max(self.minimum, free)
        last = self._header.visualIndex(self._keep_whole)
        before = sum(
            width for section, width in widths.items() if self._header.visualIndex(section) <= last
        )
        room = self._view.viewport().width() - before
        return max(self._squeeze, min(self.minimum, room))

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        # Widening another column takes the room from the title, and narrowing one gives
        # it back; a title column resized by hand keeps its width until the view resizes.
        if not self._busy and section != self.column:
            self._cut.pop(section, None)  # sized by hand: that width stays
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def cell_width(
    view: QAbstractItemView,
    texts: Iterable[str],
    icon: QIcon | None = None,
    font: QFont | None = None,
) -> int:
    """The width a cell of `view` needs to show the widest of `texts` whole (in `font`,
    the view's by default), beside `icon`: the style's own item layout (text, icon and
    their margins), as the view paints it, so it holds for any font, style and language."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = font if font is not None else view.font()
    option.fontMetrics = QFontMetrics(option.font)
    option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
    if icon is not None:
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        option.icon = icon
        size = view.iconSize()
        if not size.isValid():
            extent = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
            size = QSize(extent, extent)
        option.decorationSize = icon.actualSize(size)
    widest = 0
    style = view.style()
    for text in texts:
        option.text = text
        size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), view)
        widest = max(widest, size.width())
    return widest


def two_lines(title: str, longest: int = 8) -> str:
    """A column title longer than `longest` characters, broken at the space nearest its
    middle: the header grows a line instead of the column a word ("Actual this period")."""
    if len(title) <= longest or " " not in title:
        return title
    middle = len(title) / 2
    spaces = [i for i, char in enumerate(title) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{title[:cut]}\n{title[cut + 1 :]}"
