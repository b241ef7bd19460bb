"""Field editors for the detail forms. Each has `value()`, `set_value()` and an
`edited` signal that fires only on the user's changes, so forms know what is dirty."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lipplanner.ui.i18n import percent_suffix
from lipplanner.ui.style import status_swatch


class LineField(QLineEdit):
    """One line of text."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.textEdited.connect(lambda _text: self.edited.emit())

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))
        self.setCursorPosition(0)


class TextField(QPlainTextEdit):
    """Several lines of text (descriptions, notes)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on through the form, as people expect
        # Their natural height; extra room in the panel goes below the form, not into them.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._lines = lines
        self._loading = False
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * self._lines + 12)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        self._loading = True
        self.setPlainText("" if value is None else str(value))
        self._loading = False


class DateEdit(QDateEdit):
    """A date box that behaves like one field: Tab leaves it (Qt's own steps through
    year, month and day first), and a click selects the part clicked, so typing a year
    replaces the year instead of being thrown away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().installEventFilter(self)  # clicks land on the text, not on self

    def focusNextPrevChild(self, next: bool) -> bool:
        # QDateTimeEdit's own moves to the next section; a field's Tab moves to the next field.
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # "Not set" (the special value) is not a date to edit: the first digit typed
        # starts from today's date with the year selected, so "2025-06-30" lands whole.
        if self.specialValueText() and self.date() == self.minimumDate() and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)
        # A full year moves on to the month by itself: the "-" typed next must not
        # then unselect the month (which made the digits after it vanish).
        text = self.lineEdit()
        if (
            event.text() in ("-", "/", ".")
            and text.hasSelectedText()
            and text.selectedText() == self.sectionText(self.currentSection())
        ):
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.lineEdit()
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and not self.lineEdit().hasSelectedText()
        ):
            self.setSelectedSection(self.currentSection())
        return super().eventFilter(watched, event)


class DateField(QWidget):
    """A date picker with an explicit "no date" choice (a checkbox before the date)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.has_date = QCheckBox(self)
        self.has_date.setToolTip(self.tr("Untick for no date"))
        self.editor = DateEdit(self)
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("yyyy-MM-dd")
        self.editor.setDate(QDate.currentDate())
        self.editor.setMinimumDate(QDate(1990, 1, 1))
        self.editor.setMaximumDate(QDate(2100, 12, 31))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.has_date)
        layout.addWidget(self.editor, 1)
        self.setFocusProxy(self.editor)
        self.has_date.toggled.connect(self._toggled)
        self.editor.userDateChanged.connect(lambda _d: self.edited.emit())

    def _toggled(self, checked: bool) -> None:
        self.editor.setEnabled(checked)
        self.edited.emit()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.editor.setAccessibleName(name)
        self.has_date.setAccessibleName(self.tr("%s is set") % name)

    def value(self) -> date | None:
        if not self.has_date.isChecked():
            return None
        day = self.editor.date()
        return date(day.year(), day.month(), day.day())

    def set_value(self, value: date | None) -> None:
        with QSignalBlocker(self.has_date), QSignalBlocker(self.editor):
            self.has_date.setChecked(value is not None)
            self.editor.setEnabled(value is not None)
            if value is not None:
                self.editor.setDate(QDate(value.year, value.month, value.day))
            self.editor.setSpecialValueText("")


class PercentSpin(QSpinBox):
    """A percent box that keeps what was typed: "150" stays 150 (for the form to say
    that a percent is 0 to 100) instead of losing its last digit and reading 15. The
    sign is the language's own (42% / 42 %)."""

    LIMIT = 999  # room to type a mistake; the forms refuse more than 100

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, self.LIMIT)
        self.setSuffix(percent_suffix())


class PercentField(QWidget):
    """Percent complete: a spin box and a slider kept in step."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = PercentSpin(self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        # One Tab stop per field: the spin box takes typed values, the slider the mouse.
        self.slider.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addWidget(self.slider, 1)
        self.setFocusProxy(self.spin)
        self.spin.valueChanged.connect(self._from_spin)
        self.slider.valueChanged.connect(self._from_slider)

    def _from_spin(self, value: int) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(value)
        self.edited.emit()

    def _from_slider(self, value: int) -> None:
        with QSignalBlocker(self.spin):
            self.spin.setValue(value)
        self.edited.emit()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.spin.setAccessibleName(name)
        self.slider.setAccessibleName(name)

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.spin), QSignalBlocker(self.slider):
            self.spin.setValue(int(value or 0))
            self.slider.setValue(int(value or 0))


class ChoiceField(QComboBox):
    """A closed list: (value, label[, icon colour]) entries; `None` may be one of them."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.activated.connect(lambda _i: self.edited.emit())

    def set_choices(
        self, choices: Sequence[tuple[Any, str]], *, colours: Sequence[str] = ()
    ) -> None:
        current = self.value()
        with QSignalBlocker(self):
            self.clear()
            for n, (value, label) in enumerate(choices):
                if n < len(colours):
                    self.addItem(status_swatch(colours[n]), label, value)
                else:
                    self.addItem(label, value)
            self.set_value(current)

    def value(self) -> Any:
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            for n in range(self.count()):
                if self.itemData(n) == value:
                    self.setCurrentIndex(n)
                    return
            self.setCurrentIndex(0 if self.count() else -1)


class PickerField(ChoiceField):
    """A long list with type-ahead: typing filters the list and completes the name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        completer.activated[str].connect(self._completed)  # type: ignore[index]
        editor = self.lineEdit()
        assert editor is not None
        editor.editingFinished.connect(self._typed)

    def set_value(self, value: Any) -> None:
        super().set_value(value)
        editor = self.lineEdit()
        if editor is not None:
            editor.setCursorPosition(0)  # show the start of a long name

    def _completed(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
        self.edited.emit()

    def _typed(self) -> None:
        """Typed text that names no entry falls back to the current one."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            self.setEditText(self.itemText(self.currentIndex()))
        elif index != self.currentIndex():
            self.setCurrentIndex(index)
            self.edited.emit()


class CheckListField(QWidget):
    """Many of a list: checkable entries with a filter box above them."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, rows: int = 6) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        # A name too long for the panel ends in "…" (its tooltip has it whole) rather
        # than scrolling the whole list sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._rows = rows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.setFocusProxy(self.filter)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._item_changed)
        self._loading = False
        # The ticked values and each value's row, kept as they change: a form reads and
        # sets its lists on every load, and a big plan's partner list has 2,800 entries.
        self._checked: set[int] = set()
        self._row: dict[int, int] = {}

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        row = self.list.fontMetrics().height() + 6
        return QSize(hint.width(), row * self._rows + self.filter.sizeHint().height() + 8)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.list.setAccessibleName(name)
        self.filter.setAccessibleName(self.tr("Filter %s") % name)

    def set_choices(self, choices: Sequence[tuple[int, str]], icon: QIcon | None = None) -> None:
        checked = self._checked
        self.list.blockSignals(True)
        self.list.clear()
        self._row = {}
        for value, label in choices:
            item = QListWidgetItem(label, self.list)
            item.setToolTip(label)  # long names are elided in a narrow panel
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked
            )
            self._row[value] = len(self._row)
        self._checked = checked & set(self._row)
        self.list.blockSignals(False)
        self._filter(self.filter.text())

    def _item_changed(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._checked.add(value)
        else:
            self._checked.discard(value)
        self.edited.emit()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for n in range(self.list.count()):
            item = self.list.item(n)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def value(self) -> list[int]:
        """The ticked values, in list order."""
        return sorted(self._checked, key=self._row.__getitem__)

    def set_value(self, values: Sequence[int]) -> None:
        # Another item's list starts unfiltered: a filter left from the last one would
        # hide ticked entries.
        self.filter.clear()
        wanted = {v for v in values if v in self._row}
        self.list.blockSignals(True)
        for value in wanted ^ self._checked:  # only the entries that change
            item = self.list.item(self._row[value])
            item.setCheckState(
                Qt.CheckState.Checked if value in wanted else Qt.CheckState.Unchecked
            )
        self._checked = wanted
        self.list.blockSignals(False)

    def set_checked(self, value: int, checked: bool = True) -> None:
        """Tick or untick one entry as a user would (emits `edited`)."""
        for n in range(self.list.count()):
            item = self.list.item(n)
            if item.data(Qt.ItemDataRole.UserRole) == value:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
