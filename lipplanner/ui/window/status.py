"""The status bar and the state of the window's actions: title, read-only badge, the
selected item's place and counts, and what Undo and Redo would do."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from lipplanner import APP_NAME
from lipplanner.ui import settings
from lipplanner.ui.i18n import format_period
from lipplanner.ui.widgets.elided_label import ElidedLabel


def _elided(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class StatusDisplay:
    """Mixed into MainWindow: keeps the status bar, title and actions in step with the
    open plan and the selection."""

    def _build_status_bar(self) -> None:
        self.counts = QLabel(self)
        self.read_only_badge = QLabel(self.tr("Read-only"), self)
        self.read_only_badge.setToolTip(
            self.tr("This plan was opened read-only: nothing can change")
        )
        self.path_label = ElidedLabel(self)
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.read_only_badge)
        self.statusBar().addPermanentWidget(self.counts)

    def _plan_changed(self) -> None:
        context = self.context
        has_plan = context is not None
        editable = has_plan and not (context and context.read_only)
        for action in (self.save_copy_action, self.close_action, self.find_action):
            action.setEnabled(has_plan)
        self.save_copy_action.setEnabled(bool(context and context.db.path is not None))
        for action in (
            self.new_priority_action,
            self.new_objective_action,
            self.new_action_action,
            self.new_partner_action,
            self.new_body_action,
            self.new_practice_action,
        ):
            action.setEnabled(editable)
        for action in self._period_actions:
            action.setVisible(has_plan)
        self.nav.setEnabled(has_plan)
        for action in self._view_actions:
            action.setEnabled(has_plan)
        self.read_only_badge.setVisible(bool(context and context.read_only))
        if context is None:
            self.setWindowTitle(APP_NAME)
            self.welcome.set_recent(settings.recent_files())
            self.path_label.clear()
            self.counts.clear()
        else:
            suffix = self.tr(" [read-only]") if context.read_only else ""
            self.setWindowTitle(f"{context.db.name}{suffix} — {APP_NAME}")
            self.setWindowFilePath(str(context.db.path or ""))
        self._update_undo()
        self._update_status()

    def _update_undo(self, *_args: object) -> None:
        stack = self.context.undo_stack if self.context else None
        can_undo = bool(stack and stack.canUndo())
        can_redo = bool(stack and stack.canRedo())
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        undo_text = stack.undoText() if stack and can_undo else ""
        redo_text = stack.redoText() if stack and can_redo else ""
        # Menus stay narrow with a long step ("Change Title of A2.1 …"); tooltips say it all.
        short_undo, short_redo = _elided(undo_text), _elided(redo_text)
        self.undo_action.setText(
            self.tr("&Undo %s") % short_undo.replace("&", "&&") if undo_text else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %s") % short_redo.replace("&", "&&") if redo_text else self.tr("&Redo")
        )
        self.undo_action.setToolTip(
            self.tr("Undo %s") % undo_text if undo_text else self.tr("Undo")
        )
        self.redo_action.setToolTip(
            self.tr("Redo %s") % redo_text if redo_text else self.tr("Redo")
        )

    def _update_status(self) -> None:
        page = self._page()
        if self.context is None or page is None:
            self.path_label.clear()
            self.counts.setText("")
            for action in (
                self.new_here_action,
                self.delete_action,
                self.move_up_action,
                self.move_down_action,
                self.move_to_action,
            ):
                action.setEnabled(False)
            return
        self.path_label.setText(page.item_path())
        self.counts.setText(f"{page.counts_text()}  ·  {format_period(self.context.period)}")
        editable = not self.context.read_only
        self.new_here_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and page.current_item() is not None)
        can_move = editable and page.can_move()
        self.move_up_action.setEnabled(can_move)
        self.move_down_action.setEnabled(can_move)
        current = page.current_item()
        self.move_to_action.setEnabled(
            can_move and current is not None and current[0] != "priority"
        )
