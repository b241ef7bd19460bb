"""The detail panel's editing form: fill from the stored item, check as the user
types, apply through one undoable EditCommand, settle conflicts with other writers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.changes import PROGRESS, Changes
from lipplanner.core.errors import UserError
from lipplanner.core.services.plan_view import PlanView
from lipplanner.core.typed_numbers import UnreadableNumber
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs.editing import ConflictDialog
from lipplanner.ui.i18n import format_amount, plain_label, read_typed_number
from lipplanner.ui.style import standard_icon
from lipplanner.ui.undo import EditCommand, push_command
from lipplanner.ui.widgets.fields import CheckListField, LineField

CENT = Decimal("0.01")


class MoneyField(LineField):
    """An amount of dollars, typed and shown as the interface language writes it
    (1 500,50 / 1,500.50); empty for none. Unreadable text is kept as typed so the
    form can say what is wrong next to it."""

    def value(self) -> Any:
        try:
            amount = read_typed_number(self.text())
        except UnreadableNumber:
            return self.text()
        if amount is None:
            return None
        # Cents are the finest an amount holds: more decimals would be dropped silently.
        if amount != amount.quantize(CENT):
            return self.text()
        return amount.quantize(CENT)

    def set_value(self, value: Any) -> None:
        super().set_value(format_amount(None if value is None else Decimal(value)))


class YearField(LineField):
    """A calendar year, or empty."""

    def value(self) -> Any:
        text = self.text().strip()
        if not text:
            return None
        return int(text) if text.isdigit() else self.text()


class FieldError(QLabel):
    """The inline message under a field: a warning icon and one sentence."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_message(self, text: str, *, gentle: bool = False) -> None:
        """`gentle`: a doubt that does not stop the save, in blue without the ⚠ (the
        default fonts have no ⓘ glyph)."""
        self.setText(text if gentle else f"⚠ {text}" if text else "")
        self.setStyleSheet("QLabel { color: #0d47a1; }" if gentle else "")
        self.setVisible(bool(text))


class ItemForm(QWidget):
    """Edits one item of `entity`. Subclasses build their rows in `build()`."""

    entity = ""
    lists_actions = False  # whether a choice list names the plan's actions
    applied = Signal()

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: int | None = None
        self._stored: dict[str, Any] = {}
        self._stored_links: dict[str, list[int]] = {}
        self._version: int | None = None
        self._fields: dict[str, Any] = {}
        self._links: dict[str, CheckListField] = {}
        self._labels: dict[str, str] = {}
        self._errors: dict[str, FieldError] = {}
        self._applying = False
        self._problems: dict[str, str] = {}  # as shown by the last check or save

        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel(self)
        self.subheading.setWordWrap(True)
        self.subheading.setEnabled(False)  # the palette's muted text colour
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # A narrow panel shortens every tab title ("Historique des pro…") rather than
        # hiding the last tabs behind scroll arrows.
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.message = FieldError(self)

        self.revert_button = QPushButton(
            standard_icon(QStyle.StandardPixmap.SP_DialogResetButton), self.tr("&Revert"), self
        )
        self.revert_button.setToolTip(self.tr("Put back the stored values"))
        self.apply_button = QPushButton(
            standard_icon(QStyle.StandardPixmap.SP_DialogApplyButton), self.tr("&Apply"), self
        )
        self.apply_button.setToolTip(self.tr("Save these changes (Ctrl+Enter); Ctrl+Z undoes"))
        self.apply_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self.revert)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.apply)
        self.build()
        # Lists (partners, statuses, …) are refilled only when the form is next used.
        self._choices_stale = True
        context.changed.connect(self._mark_stale)
        self._update_buttons()

    def _mark_stale(self, changes: Changes = None) -> None:
        # Actions and their progress are no choice in most forms: editing one leaves the
        # lists (2,800 partners on a big plan) as they are.
        if changes and all(
            c.entity == PROGRESS or (c.entity == "action" and not self.lists_actions)
            for c in changes
        ):
            return
        self._choices_stale = True

    def _refresh_choices_if_stale(self) -> None:
        if self._choices_stale:
            self._choices_stale = False
            self.refresh_choices(self.context.view())

    # -- building -----------------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def preferred_width(self) -> int:
        """The width that shows its fields and every tab title whole (with the counts
        the titles have now, like "Progress history (11)")."""
        return max(self.sizeHint().width(), self.tabs_width())

    def tabs_width(self) -> int:
        """The width that shows every tab title whole."""
        margins = self.layout().contentsMargins()
        return self.tabs.tabBar().sizeHint().width() + margins.left() + margins.right() + 8

    def add_page(self, title: str, *, labels_above: bool = False) -> QFormLayout:
        """A tab holding a form (scrolls when the panel is short). `labels_above` puts
        each label over its field, for pages of long lists that need the whole width."""
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows
            if labels_above
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, title)
        return form

    def add_field(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        editor: Any,
        *,
        link: bool = False,
        wide: bool = False,
    ) -> Any:
        """A row: the label (with its mnemonic), the editor, and room for its message.
        A `wide` editor (a long list) goes under its label, across the whole form."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        error = FieldError(holder)
        column.addWidget(error)
        caption = QLabel(label, holder)
        caption.setBuddy(editor)
        if wide:
            form.addRow(caption)
            form.addRow(holder)
        else:
            form.addRow(caption, holder)
        plain = plain_label(label)
        editor.setAccessibleName(plain)
        self._labels[name] = plain
        self._errors[name] = error
        (self._links if link else self._fields)[name] = editor
        editor.edited.connect(self._edited)
        return editor

    def refresh_choices(self, view: PlanView) -> None:
        """Fill the lists (statuses, partners, …) from the current plan."""

    # -- loading ------------------------------------------------------------------------
    def load(self, item_id: int) -> None:
        """Fill the form from the stored item; remembers its version for conflicts."""
        from lipplanner.core.services import editing

        self.item_id = item_id
        self._refresh_choices_if_stale()
        self._stored = editing.get_values(self.context.db, self.entity, item_id)
        self._version = self._stored.get("version")
        self._stored_links = {
            name: editing.get_links(self.context.db, name, item_id) for name in self._links
        }
        self._fill(self._stored, self._stored_links)
        self.show_item(self.context.view())

    def _fill(self, values: dict[str, Any], links: dict[str, list[int]]) -> None:
        for name, editor in self._fields.items():
            editor.set_value(values.get(name))
        for name, editor in self._links.items():
            editor.set_value(links.get(name, []))
        self._show_errors({})
        self._update_buttons()

    def show_item(self, view: PlanView) -> None:
        """Update the heading and read-only parts (roll-ups, history) for the item."""

    def reload_if_clean(self) -> None:
        """After a change elsewhere: reload unless the user is in the middle of an edit
        (then the version check on Apply notices any conflict)."""
        if self._applying or self.item_id is None:
            return
        self._refresh_choices_if_stale()
        if self.is_dirty():
            self.show_item(self.context.view())
            return
        try:
            self.load(self.item_id)
        except UserError:
            self.item_id = None  # it was deleted; the page shows something else

    # -- state --------------------------------------------------------------------------
    def changes(self) -> tuple[dict[str, Any], dict[str, list[int]]]:
        fields = {
            name: editor.value()
            for name, editor in self._fields.items()
            if not self._same(editor.value(), self._stored.get(name))
        }
        links = {
            name: editor.value()
            for name, editor in self._links.items()
            if sorted(editor.value()) != sorted(self._stored_links.get(name, []))
        }
        return fields, links

    @staticmethod
    def _same(value: Any, stored: Any) -> bool:
        if isinstance(value, str) and (stored is None or isinstance(stored, str)):
            return " ".join(value.split()) == " ".join((stored or "").split())
        return bool(value == stored)

    def is_dirty(self) -> bool:
        fields, links = self.changes()
        return bool(fields or links)

    def check(self) -> dict[str, str]:
        """Problems the form can see before saving: {field: message}."""
        return {}

    def warnings(self) -> dict[str, str]:
        """Doubts worth a word next to a field that do not stop the save: {field: message}."""
        return {}

    def value(self, name: str) -> Any:
        editor = self._fields.get(name) or self._links[name]
        return editor.value()

    def _edited(self) -> None:
        self._show_errors(self.check())
        self._update_buttons()

    def _show_errors(self, errors: dict[str, str]) -> None:
        doubts = self.warnings() if self.item_id is not None else {}
        for name, label in self._errors.items():
            if name in errors:
                label.show_message(errors[name])
            else:
                label.show_message(doubts.get(name, ""), gentle=True)
        general = errors.get("", "")
        self.message.show_message(general)
        self._has_errors = bool(errors)
        self._problems = dict(errors)

    def _update_buttons(self) -> None:
        editable = self.item_id is not None and not self.context.read_only
        dirty = self.item_id is not None and self.is_dirty()
        self.apply_button.setEnabled(editable and dirty and not getattr(self, "_has_errors", False))
        self.revert_button.setEnabled(dirty)
        for editor in (*self._fields.values(), *self._links.values()):
            editor.setEnabled(editable)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a one-line field applies, as Apply does (the fields pass it on: a
        # multi-line box keeps it for a new line, an open list for its choice).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
            ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.apply()
            return
        super().keyPressEvent(event)

    def item_label(self) -> str:
        return str(self._stored.get("code") or self._stored.get("name_en") or "")

    def command_text(self, fields: dict[str, Any], links: dict[str, list[int]]) -> str:
        names = [*fields, *links]
        if len(names) == 1:
            what = self._labels.get(names[0], names[0])
            return self.tr("Change %s of %s") % (what[:1].lower() + what[1:], self.item_label())
        return self.tr("Edit %s") % self.item_label()

    # -- saving -------------------------------------------------------------------------
    def apply(self) -> bool:
        """Save the changes as one undoable command; True when saved (or nothing to do)."""
        if self.item_id is None or self.context.read_only:
            return False
        problems = self.check()
        if problems:
            self._show_errors(problems)
            return False
        fields, links = self.changes()
        if not fields and not links:
            return True
        return self._push(fields, links, self._version)

    def _push(self, fields: dict[str, Any], links: dict[str, list[int]], version: Any) -> bool:
        from lipplanner.core.services import editing

        assert self.item_id is not None
        command = EditCommand(
            self.context,
            self.entity,
            self.item_id,
            fields,
            self.command_text(fields, links),
            links=links,
            expected_version=version,
        )
        self._applying = True
        try:
            error = push_command(self.context, command)
        finally:
            self._applying = False
        if isinstance(error, editing.ConflictError):
            return self._settle_conflict(fields, links, error.theirs)
        if error is not None:
            self._show_errors(
                {error.field or "": error.message}
                if error.field in self._errors
                else {"": error.message}
            )
            return False
        self.load(self.item_id)
        self.applied.emit()
        return True

    def _settle_conflict(
        self, fields: dict[str, Any], links: dict[str, list[int]], theirs: dict[str, Any]
    ) -> bool:
        changed = [
            self._labels[name]
            for name in self._fields
            if name in theirs and not self._same(theirs[name], self._stored.get(name))
        ]
        summary = self.tr("They changed: %s.") % ", ".join(changed) if changed else ""
        choice = ConflictDialog.ask(self, self.item_label(), summary)
        if choice == "theirs":
            assert self.item_id is not None
            self.context.reload()
            self.load(self.item_id)
            return False
        if choice == "mine":
            return self._push(fields, links, None)
        return False

    def revert(self) -> None:
        self._fill(self._stored, self._stored_links)

    def keep_pending(self) -> str:
        """Save what was typed and not yet applied (the plan is closing): "" when it is
        saved or there was nothing to save, else a phrase saying what stops it (the form
        keeps the text and shows the problem beside the field)."""
        if self.item_id is None or self.context.read_only or not self.is_dirty():
            return ""
        if self.apply():
            return ""
        problems = self._problems or self.check()
        reasons = "; ".join(
            f"{self._labels[name]}: {text}" if name in self._labels else text
            for name, text in problems.items()
        )
        if not reasons:  # a conflict the user left unsettled
            reasons = self.tr("someone else changed it meanwhile")
        return self.tr("the changes to %s cannot be saved (%s).") % (
            self.item_label(),
            reasons.rstrip("."),
        )
