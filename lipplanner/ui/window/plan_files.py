"""Opening, creating, copying and closing plans: the File menu's commands, handing an
open plan from one window to another, and the recent-files list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from lipplanner.core.errors import DataFileError, UserError
from lipplanner.ui import collection, i18n, settings
from lipplanner.ui.window.period import default_period, plan_is_over

# The database layer (and so SQLAlchemy) is imported when a plan is first opened, not
# before the window shows: each command below imports what it uses.
if TYPE_CHECKING:
    from lipplanner.core.db import PlanDatabase
    from lipplanner.core.db.locks import LockInfo
    from lipplanner.core.db.opening import Choice
    from lipplanner.ui.context import PlanContext


class PlanFiles:
    """Mixed into MainWindow: which plan the window shows, and the files behind it."""

    def open_plan(self, location: str, *, create: bool = False, read_only: bool = False) -> bool:
        """Open a plan file or server URL in this window; False (after telling the user
        why) when it cannot be opened. The plan open before is closed first."""
        from lipplanner.core.db.opening import open_for_work
        from lipplanner.core.db.server import PasswordNeeded
        from lipplanner.core.services.plan_view import plan_years

        if not self.pending_edits_saved():
            return False
        try:
            opened = open_for_work(
                location,
                create=create,
                read_only=read_only,
                ask=self._ask_open_elsewhere,
                keep_backups=settings.backups_to_keep(),
            )
        except PasswordNeeded:
            from lipplanner.ui.safety_actions import ask_server_password

            address = ask_server_password(self, location)
            return address is not None and self.open_plan(address, read_only=read_only)
        except UserError as error:
            self.show_error(error)
            return False
        if opened is None:  # the user chose not to open a plan open elsewhere
            return False
        db = opened
        try:
            years = plan_years(db)  # also tells a file that holds no plan yet
        except UserError as error:
            db.close()
            self.show_error(DataFileError(str(error)))
            return False
        self.close_plan()
        try:
            self._attach(db, years)
        except UserError as error:  # a value the first view cannot read (text not UTF-8)
            if self.context is None:
                db.close()
            self.close_plan()
            self.show_error(error)
            return False
        if db.path is not None:
            settings.add_recent(str(db.path))
        return True

    def _ask_open_elsewhere(self, holder: LockInfo) -> Choice | None:
        from lipplanner.ui.dialogs.open_elsewhere import OpenElsewhereDialog  # seldom

        return OpenElsewhereDialog.ask(self, holder)

    def _attach(self, db: PlanDatabase, years: tuple[int, int]) -> None:
        from lipplanner.ui.context import PlanContext
        from lipplanner.ui.safety_actions import apply_user_name

        first, last = years
        reported = None
        if plan_is_over(last):  # an old plan, imported or kept: open where its figures are
            from lipplanner.core.services.reported import last_reported_period

            reported = last_reported_period(db, first, last)
        context = PlanContext(
            db,
            period=default_period(first, last, last_reported=reported),
            lang=i18n.current_language(),
            parent=self,
        )
        apply_user_name(context)
        self.adopt(context)

    def adopt(self, context: PlanContext, view_key: str | None = None) -> None:
        """Show a plan that is already open (with its undo history and period): a new
        plan, or the plan of a window rebuilt in another language."""
        context.setParent(self)
        self.context = context
        # Queued: the status bar describes the selection after the views have refreshed.
        context.changed.connect(self._update_status, Qt.ConnectionType.QueuedConnection)
        context.changed_elsewhere.connect(self._changed_elsewhere)
        for signal in self._undo_signals(context):
            signal.connect(self._update_undo)
        plan = context.view().plan  # loaded once here, then shared by the first view
        self._fill_period(plan.first_year, plan.last_year)
        self.central.setCurrentWidget(self.workspace)
        keys = [e.key for e in self._entries]
        last = view_key or settings.settings().value("window/view", "plan")
        self.show_view(str(last) if last in keys else keys[0])
        self._plan_changed()
        collection.resume()  # the first plan is up: start-up is over

    def release_plan(self) -> PlanContext | None:
        """Hand the open plan over (to a window rebuilt in another language) without
        closing it; this window then shows its welcome page."""
        if self.context is None:
            return None
        self._keep_pending_edits()  # what is valid is kept; the rest as _leave_forms does
        self._leave_forms()
        self._save_splitters()
        self._drop_views()
        context, self.context = self.context, None
        # The views' connections die with them; the window's own are dropped here.
        context.changed.disconnect(self._update_status)
        context.changed_elsewhere.disconnect(self._changed_elsewhere)
        for signal in self._undo_signals(context):
            signal.disconnect(self._update_undo)
        context.setParent(None)
        self.central.setCurrentWidget(self.welcome)
        return context

    def _changed_elsewhere(self) -> None:
        self.statusBar().showMessage(
            self.tr("Changes saved elsewhere to this plan are now shown."), 8000
        )

    @staticmethod
    def _undo_signals(context: PlanContext) -> tuple[Any, ...]:
        stack = context.undo_stack
        return (
            stack.canUndoChanged,
            stack.canRedoChanged,
            stack.undoTextChanged,
            stack.redoTextChanged,
        )

    def pending_edits_saved(self) -> bool:
        """Before the plan closes: save what was typed in the forms and not yet saved.
        False (after saying what and where) when some of it cannot be saved; the text
        stays where it was typed."""
        if self.context is None:
            return True
        unsaved = self._keep_pending_edits()
        if unsaved is not None:
            sentence = self.tr(
                "The plan was not closed: in %s, %s Correct the change or revert it, "
                "then close again."
            )
            self.show_error(UserError(sentence % unsaved))
            return False
        return True

    def close_plan_command(self) -> None:
        """File → Close plan: what was typed is saved first, or the plan stays open."""
        if self.pending_edits_saved():
            self.close_plan()

    def close_plan(self) -> None:
        """Close the open plan (its changes are already saved) and show the welcome page.
        Text typed in a form and not yet valid is lost: callers ask `pending_edits_saved`
        first."""
        if self.context is None:
            return
        self._leave_forms()
        self._save_splitters()
        current = self._current_key()
        if current:
            settings.settings().setValue("window/view", current)
        self._drop_views()
        context, self.context = self.context, None
        context.undo_stack.clear()
        context.db.close()
        context.deleteLater()
        self.central.setCurrentWidget(self.welcome)
        self._plan_changed()

    def open_dialog(self) -> None:
        from lipplanner.core.db import PLAN_SUFFIX

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a plan"),
            settings.last_folder(),
            self.tr("LIP Planner plans (*%s);;All files (*)") % PLAN_SUFFIX,
        )
        if path:
            self.open_plan(path)

    def open_demo(self) -> None:
        from lipplanner.core.demo import create_demo_file
        from lipplanner.ui.application import demo_copy_path

        target = demo_copy_path()
        if self.context is not None and self.context.db.path == target:
            self.close_plan()
        try:
            create_demo_file(target, overwrite=True)
        except UserError as error:
            self.show_error(error)
            return
        self.open_plan(str(target))

    def new_plan(self) -> None:
        from lipplanner.core.db import PLAN_SUFFIX
        from lipplanner.ui.dialogs.new_plan import NewPlanWizard

        answer = NewPlanWizard.ask(self)
        if answer is None:
            return
        # The file is named as the interface language names the partnership.
        french = i18n.current_language() == i18n.FRENCH and answer.lip_name_fr
        name = (answer.lip_name_fr if french else answer.lip_name) or self.tr("Plan")
        suggested = Path(settings.last_folder()) / f"{name}{PLAN_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new plan as"),
            str(suggested),
            self.tr("LIP Planner plans (*%s)") % PLAN_SUFFIX,
        )
        if path:
            self.create_plan(Path(path), answer)

    def create_plan(self, path: Path, answer: object) -> bool:
        """Write a new plan file (replacing `path`) from the wizard's answers and open it.

        The plan is built beside `path` and moved into place whole: a failure (a full
        disk) leaves no half-made plan there, and a plan it was to replace as it was."""
        from lipplanner.core.db import PLAN_SUFFIX
        from lipplanner.core.db.new_plan import write_new_plan
        from lipplanner.core.demo import create_demo_file
        from lipplanner.core.services.setup import start_plan
        from lipplanner.ui.dialogs.new_plan import NewPlan

        assert isinstance(answer, NewPlan)
        if path.suffix.lower() != PLAN_SUFFIX:
            path = path.with_name(path.name + PLAN_SUFFIX)
        if self.context is not None and self.context.db.path == path.resolve():
            self.show_error(UserError(self.tr("That plan is open; choose another name.")))
            return False
        try:
            if answer.from_example:
                create_demo_file(path, overwrite=True)
            else:
                write_new_plan(
                    path,
                    lambda session: start_plan(
                        session,
                        lip_name=answer.lip_name,
                        lip_name_fr=answer.lip_name_fr,
                        plan_title=answer.plan_title,
                        plan_title_fr=answer.plan_title_fr,
                        first_year=answer.first_year,
                        last_year=answer.last_year,
                    ),
                    replace=True,  # the save dialog has asked before replacing
                )
        except UserError as error:
            self.show_error(error)
            return False
        return self.open_plan(str(path))

    def save_copy(self) -> None:
        from lipplanner.core.db import PLAN_SUFFIX

        if self.context is None or self.context.db.path is None:
            return
        source = self.context.db.path
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy as"),
            str(source.with_name(f"{source.stem} copy{PLAN_SUFFIX}")),
            self.tr("LIP Planner plans (*%s)") % PLAN_SUFFIX,
        )
        if target:
            self.save_copy_to(Path(target))

    def save_copy_to(self, target: Path) -> bool:
        """Copy the open plan with SQLite's backup API (never a raw file copy), beside
        `target` first and then moved into place: no half copy at that name, ever."""
        from lipplanner.core.db import backup_sqlite
        from lipplanner.core.files import SIDE_SUFFIXES, write_atomically

        assert self.context is not None and self.context.db.path is not None
        self._leave_forms()
        source = self.context.db.path
        if target.resolve() == source.resolve():
            self.show_error(UserError(self.tr("Choose another name than the open plan's.")))
            return False

        def write(temporary: Path) -> None:
            backup_sqlite(source, temporary)
            # The replaced plan's journal must not be replayed into the copy.
            for suffix in SIDE_SUFFIXES:
                Path(f"{target}{suffix}").unlink(missing_ok=True)

        try:
            write_atomically(target, write)
        except UserError as error:  # a full disk, a folder one cannot write in
            self.show_error(error)
            return False
        except Exception as error:  # sqlite3.Error has no common base with OSError
            self.show_error(
                DataFileError(
                    self.tr("The copy could not be written to %s (%s).") % (target, error)
                )
            )
            return False
        self.statusBar().showMessage(self.tr("Saved a copy as %s") % target, 8000)
        return True

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        for location in files:
            action = self.recent_menu.addAction(Path(location).name)
            action.setToolTip(location)
            action.setStatusTip(location)
            action.triggered.connect(lambda _checked=False, where=location: self.open_plan(where))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), settings.clear_recent)
        else:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
