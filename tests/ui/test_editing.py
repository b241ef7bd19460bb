"""Building and changing a plan through the main window, as a coordinator would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from lipplanner.core.db import open_plan
from lipplanner.core.services import editing
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.ui import operations
from lipplanner.ui.dialogs import editing as dialogs
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.models.plan_tree import MIME_TYPE, node_key
from lipplanner.ui.views.form import ItemForm
from lipplanner.ui.views.plan_page import PlanPage
from lipplanner.ui.views.tables import ActionsPage, PartnersPage


class NewItemAnswers:
    """Stands in for NewItemDialog.ask: accepts the suggested code, gives a name."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.names: list[str] = []
        self.suggested: list[str | None] = []
        monkeypatch.setattr(dialogs.NewItemDialog, "ask", classmethod(self._ask))
        monkeypatch.setattr(operations.NewItemDialog, "ask", classmethod(self._ask))

    def _ask(self, _cls: Any, _parent: Any, _title: str, *, code: str | None, **_: Any) -> Any:
        self.suggested.append(code)
        return dialogs.NewItem(code or "", self.names.pop(0))


def plan_page(window: MainWindow) -> PlanPage:
    window.show_view("plan")
    page = window.current_view("plan")
    assert isinstance(page, PlanPage)
    return page


def select(window: MainWindow, key: str, kind: str, item_id: int) -> Any:
    window.show_view(key)
    page = window.current_view(key)
    assert page.select_item(kind, item_id)
    return page


def action_id(window: MainWindow, code: str) -> int:
    assert window.context is not None
    return next(a.id for a in window.context.view().actions.values() if a.code == code)


def partner_id(window: MainWindow, name: str) -> int:
    assert window.context is not None
    return next(p.id for p in window.context.view().partners.values() if p.name_en == name)


def test_build_a_plan_from_scratch_and_find_it_after_reopening(
    make_window: Callable[[], MainWindow],
    blank_file: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = NewItemAnswers(monkeypatch)
    window = make_window()
    assert window.open_plan(str(blank_file))
    answers.names = ["Harbour Settlement Services", "Lakeside Library", "Lakeside College"]
    for _ in range(3):
        window.new_partner_action.trigger()
    page = plan_page(window)
    answers.names = ["Employment", "Newcomers find work", "Mentoring circles"]
    window.new_priority_action.trigger()
    window.new_objective_action.trigger()
    window.new_action_action.trigger()
    assert answers.suggested[-3:] == ["P1", "O1.1", "A1.1"]
    assert page.current_item() == ("action", action_id(window, "A1.1"))

    form = page.forms["action"]
    assert page.detail.currentWidget() is form
    lead = partner_id(window, "Harbour Settlement Services")
    form.lead.setFocus()
    form.lead.setCurrentIndex(form.lead.findData(lead))
    form.lead.activated.emit(form.lead.currentIndex())
    for name in ("Lakeside Library", "Lakeside College"):
        form.supporting.set_checked(partner_id(window, name))
    assert form.apply_button.isEnabled()
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)

    view = window.context.view()  # type: ignore[union-attr]
    action = view.actions[action_id(window, "A1.1")]
    assert action.lead_partner_id == lead
    assert sorted(action.supporting_ids) == sorted(
        partner_id(window, n) for n in ("Lakeside Library", "Lakeside College")
    )
    assert window.undo_action.text() == "&Undo Edit A1.1"
    rows = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert rows == {"P1"}

    window.close_plan()
    assert window.context is None
    assert window.open_plan(str(blank_file))
    page = plan_page(window)
    priority = page.model.index(0, 0)
    objective = page.model.index(0, 0, priority)
    action_index = page.model.index(0, 0, objective)
    assert [priority.data(), objective.data(), action_index.data()] == ["P1", "O1.1", "A1.1"]
    assert page.model.index(0, 4, objective).data() == "Harbour Settlement Services"
    db = open_plan(blank_file, read_only=True)
    try:
        stored = load_plan_view(db)
        (saved,) = stored.actions.values()
        assert saved.title_en == "Mentoring circles"
        assert len(saved.supporting_ids) == 2
    finally:
        db.close()


def test_change_status_then_undo_and_redo(window: MainWindow, qtbot: QtBot) -> None:
    a11 = action_id(window, "A1.1")
    page = select(window, "plan", "action", a11)
    form = page.forms["action"]
    view = window.context.view()  # type: ignore[union-attr]
    before = view.actions[a11].status_id
    serious = view.status_by_key("serious_concerns")
    assert serious is not None and serious.id != before
    form.status.setFocus()
    form.status.setCurrentIndex(form.status.findData(serious.id))
    form.status.activated.emit(form.status.currentIndex())
    qtbot.keyClick(form.status, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    def stored_status() -> int:
        return editing.get_values(window.context.db, "action", a11)["status_id"]  # type: ignore[union-attr]

    assert stored_status() == serious.id
    assert window.undo_action.text() == "&Undo Change status of A1.1"
    window.undo_action.trigger()
    assert stored_status() == before
    assert form.status.value() == before
    assert window.redo_action.text() == "&Redo Change status of A1.1"
    window.redo_action.trigger()
    assert stored_status() == serious.id
    assert form.status.value() == serious.id


def test_invalid_input_is_refused_where_it_is_typed(window: MainWindow, qtbot: QtBot) -> None:
    a11 = action_id(window, "A1.1")
    page = select(window, "actions", "action", a11)
    form = page.forms["action"]
    form.tabs.setCurrentIndex(0)
    code = form._fields["code"]
    code.selectAll()
    qtbot.keyClicks(code, "A 1")
    assert form._errors["code"].isVisible()
    assert "letters, digits" in form._errors["code"].text()
    assert not form.apply_button.isEnabled()
    qtbot.mouseClick(form.revert_button, Qt.MouseButton.LeftButton)
    assert code.text() == "A1.1"
    assert not form._errors["code"].isVisible()

    budget = form._fields["budget"]
    qtbot.keyClicks(budget, "lots")
    assert "amount" in form._errors["budget"].text()
    assert not form.apply_button.isEnabled()
    assert form.apply() is False
    assert editing.get_values(window.context.db, "action", a11)["budget"] != "lots"  # type: ignore[union-attr]


def test_a_code_already_used_is_reported_next_to_the_code(window: MainWindow, qtbot: QtBot) -> None:
    page = select(window, "plan", "action", action_id(window, "A1.1"))
    form = page.forms["action"]
    code = form._fields["code"]
    code.selectAll()
    qtbot.keyClicks(code, "A1.2")
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    assert "already used" in form._errors["code"].text()
    assert (
        editing.get_values(window.context.db, "action", action_id(window, "A1.1"))["code"] == "A1.1"
    )  # type: ignore[union-attr]
    assert window.context.undo_stack.count() == 0  # type: ignore[union-attr]


def test_deleting_a_lead_partner_reassigns_their_actions(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = partner_id(window, "Riverside Public Library")
    college = partner_id(window, "Riverview College")
    led = set(window.context.view().led_by[library])  # type: ignore[union-attr]
    assert led
    asked: list[tuple[Any, ...]] = []

    def ask(
        _cls: Any, _parent: Any, partner: str, led_codes: Any, others: Any, supported: int = 0
    ) -> Any:
        asked.append((partner, list(led_codes), supported))
        assert college in dict(others) and library not in dict(others)
        return dialogs.LeadChoice(college)

    monkeypatch.setattr(dialogs.DeletePartnerDialog, "ask", classmethod(ask))
    page = select(window, "partners", "partner", library)
    assert isinstance(page, PartnersPage)
    window.delete_action.trigger()
    assert asked and asked[0][0] == "Riverside Public Library"
    view = window.context.view()  # type: ignore[union-attr]
    assert library not in view.partners
    assert all(view.actions[a].lead_partner_id == college for a in led)
    assert page.model.row_of(library) == -1
    assert window.undo_action.text() == "&Undo Delete partner Riverside Public Library"
    window.undo_action.trigger()
    view = window.context.view()  # type: ignore[union-attr]
    assert all(view.actions[a].lead_partner_id == library for a in led)


def test_deleting_a_lead_partner_can_leave_actions_without_lead_or_be_cancelled(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = partner_id(window, "Riverside Public Library")
    led = window.context.view().led_by[library]  # type: ignore[union-attr]
    choice: list[Any] = [None]
    monkeypatch.setattr(
        dialogs.DeletePartnerDialog, "ask", classmethod(lambda *_args, **_kw: choice[0])
    )
    select(window, "partners", "partner", library)
    window.delete_action.trigger()  # cancelled
    assert library in window.context.view().partners  # type: ignore[union-attr]
    choice[0] = dialogs.LeadChoice(None)
    window.delete_action.trigger()
    view = window.context.view()  # type: ignore[union-attr]
    assert library not in view.partners
    assert all(view.actions[a].lead_partner_id is None for a in led)


def test_the_delete_partner_dialog_offers_the_choices(qtbot: QtBot) -> None:
    dialog = dialogs.DeletePartnerDialog(
        None, "Riverside City", ["A1.1", "A2.3"], [(7, "Riverview College")], 2
    )
    qtbot.addWidget(dialog)
    assert dialog.reassign.isChecked()
    assert dialog.choice() == dialogs.LeadChoice(7)
    dialog.clear.click()
    assert dialog.choice() == dialogs.LeadChoice(None)
    lonely = dialogs.DeletePartnerDialog(None, "Riverside City", ["A1.1"], [])
    qtbot.addWidget(lonely)
    assert not lonely.reassign.isEnabled() and lonely.clear.isChecked()


def test_deleting_a_priority_asks_before_taking_its_objectives(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.context.view()  # type: ignore[union-attr]
    p1 = next(p.id for p in view.priorities.values() if p.code == "P1")
    answers: list[Any] = [None]
    texts: list[str] = []

    def ask(_cls: Any, _parent: Any, _title: str, text: str, details: str = "") -> Any:
        texts.append(f"{text} {details}")
        return answers[0]

    monkeypatch.setattr(dialogs.ConfirmDeleteDialog, "ask", classmethod(ask))
    page = select(window, "plan", "priority", p1)
    window.delete_action.trigger()
    assert "2 objectives" in texts[0] and "4 actions" in texts[0]
    assert p1 in window.context.view().priorities  # type: ignore[union-attr]
    answers[0] = True
    window.delete_action.trigger()
    view = window.context.view()  # type: ignore[union-attr]
    assert p1 not in view.priorities and len(view.actions) == 23 - 4
    assert page.model.rowCount() == 5
    window.undo_action.trigger()
    assert len(window.context.view().actions) == 23  # type: ignore[union-attr]


def test_reorder_with_keys_and_move_by_drag_and_drop(window: MainWindow, qtbot: QtBot) -> None:
    page = plan_page(window)
    a12 = action_id(window, "A1.2")
    page.select_item("action", a12)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    view = window.context.view()  # type: ignore[union-attr]
    objective = view.actions[a12].objective_id
    assert [a.code for a in view.actions_of(objective)] == ["A1.2", "A1.1"]
    assert window.undo_action.text() == "&Undo Reorder A1.2"
    assert page.current_item() == ("action", a12)

    o21 = next(o.id for o in view.objectives.values() if o.code == "O2.1")
    data = QMimeData()
    data.setData(MIME_TYPE, str(node_key("action", a12)).encode())
    target = page.model.index_of("objective", o21)
    assert page.model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target)
    assert not page.model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    page.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target)
    qtbot.waitUntil(lambda: window.context.view().actions[a12].objective_id == o21)  # type: ignore[union-attr]
    assert next(a.code for a in window.context.view().actions_of(o21)) == "A1.2"  # type: ignore[union-attr]
    assert window.undo_action.text() == "&Undo Move A1.2 to O2.1"


def test_move_an_objective_to_another_priority(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.context.view()  # type: ignore[union-attr]
    o12 = next(o.id for o in view.objectives.values() if o.code == "O1.2")
    p5 = next(p.id for p in view.priorities.values() if p.code == "P5")
    monkeypatch.setattr(operations.ChooseItemDialog, "ask", classmethod(lambda *_args, **_kw: p5))
    select(window, "plan", "objective", o12)
    window.move_to_action.trigger()
    assert window.context.view().objectives[o12].priority_id == p5  # type: ignore[union-attr]


def test_search_box_filters_the_actions_table_as_you_type(window: MainWindow, qtbot: QtBot) -> None:
    window.show_view("actions")
    page = window.current_view("actions")
    assert isinstance(page, ActionsPage)
    total = page.model.rowCount()
    assert total == 23
    qtbot.keyClicks(page.search, "conversation")
    assert page.model.rowCount() == 1
    assert page.model.text(0, "code") == "A3.1"
    page.search.clear()
    qtbot.keyClicks(page.search, "riverside city")
    codes = [page.model.text(r, "code") for r in range(page.model.rowCount())]
    assert 0 < len(codes) < total
    for row in range(page.model.rowCount()):
        texts = [page.model.index(row, c).data() for c in range(page.model.columnCount())]
        assert any("riverside city" in t.lower() for t in texts)
    assert "shown" in window.counts.text()
    page.search.clear()
    assert page.model.rowCount() == total

    page.overdue.setChecked(True)
    overdue = page.model.rowCount()
    assert 0 < overdue < total
    assert all(page.model.text(r, "overdue") for r in range(overdue))
    page.overdue.setChecked(False)
    serious = window.context.view().status_by_key("serious_concerns")  # type: ignore[union-attr]
    page.status.setCurrentIndex(page.status.findData(serious.id))  # type: ignore[union-attr]
    assert {page.model.text(r, "status") for r in range(page.model.rowCount())} == {
        "Serious concerns"
    }


def test_sorting_the_actions_table_by_a_column(window: MainWindow) -> None:
    page = window.current_view("actions")
    assert isinstance(page, ActionsPage)
    window.show_view("actions")
    a21 = action_id(window, "A2.1")
    page.select_item("action", a21)
    page.table.sortByColumn(10, Qt.SortOrder.DescendingOrder)
    texts = [page.model.text(r, "percent") for r in range(page.model.rowCount())]
    # Ongoing activities have no percent and sort after every number.
    percents = [int(t.rstrip("%")) for t in texts if t.endswith("%")]
    assert percents == sorted(percents, reverse=True)
    assert texts[len(percents) :] == ["Ongoing"] * (len(texts) - len(percents))
    assert page.current_item() == ("action", a21)
    assert page.model.row_id(page.table.currentIndex().row()) == a21


def test_concurrent_change_shows_the_conflict_dialog(
    window: MainWindow, riverside_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    a11 = action_id(window, "A1.1")
    page = select(window, "plan", "action", a11)
    form: ItemForm = page.forms["action"]
    title = form._fields["title_en"]
    title.selectAll()
    qtbot.keyClicks(title, "Mentorship circles (mine)")
    other = open_plan(riverside_file)  # a second copy of the app, say
    editing.update(other, "action", a11, {"title_en": "Mentorship circles (theirs)"})
    choices = ["theirs"]
    asked: list[str] = []

    def ask(_cls: Any, _parent: Any, item: str, changes: str = "") -> Any:
        asked.append(item)
        summaries.append(changes)
        return choices.pop(0)

    summaries: list[str] = []

    monkeypatch.setattr(dialogs.ConflictDialog, "ask", classmethod(ask))
    monkeypatch.setattr("lipplanner.ui.views.form.ConflictDialog.ask", classmethod(ask))
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    assert asked == ["A1.1"]
    assert summaries == ["They changed: Title."]
    assert title.text() == "Mentorship circles (theirs)"
    assert not form.is_dirty()

    editing.update(other, "action", a11, {"percent_complete": 99})
    title.selectAll()
    qtbot.keyClicks(title, "Mentorship circles (mine)")
    choices.append("mine")
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    stored = editing.get_values(other, "action", a11)
    assert stored["title_en"] == "Mentorship circles (mine)"
    assert stored["percent_complete"] == 99  # their other change is kept
    other.close()


def test_read_only_plan_cannot_be_changed(
    make_window: Callable[[], MainWindow], riverside_file: Path
) -> None:
    window = make_window()
    assert window.open_plan(str(riverside_file), read_only=True)
    assert "[read-only]" in window.windowTitle()
    assert not window.new_priority_action.isEnabled()
    page = select(window, "plan", "action", action_id(window, "A1.1"))
    assert not window.delete_action.isEnabled()
    assert not page.forms["action"]._fields["title_en"].isEnabled()


def test_new_codes_follow_the_plan_numbering(window: MainWindow) -> None:
    view = window.context.view()  # type: ignore[union-attr]
    p1 = next(p.id for p in view.priorities.values() if p.code == "P1")
    o11 = next(o.id for o in view.objectives.values() if o.code == "O1.1")
    assert operations.suggest_code(view, "priority") == "P7"
    assert operations.suggest_code(view, "objective", p1) == "O1.3"
    assert operations.suggest_code(view, "action", o11) == "A1.5"


def test_new_item_dialog_refuses_a_taken_code(qtbot: QtBot) -> None:
    dialog = dialogs.NewItemDialog(None, "New", code="P7", name_label="Title", taken_codes=["P1"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name, "Housing")
    assert ok.isEnabled()
    dialog.code.setText("p1")  # type: ignore[union-attr]
    assert not ok.isEnabled() and "already used" in dialog.message.text()


def test_confirm_delete_dialog_cancel_is_none(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    assert dialogs.ConfirmDeleteDialog.ask(None, "Delete", "Delete P1?") is None


def test_item_keys_act_on_the_list_not_on_the_form(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs.ConfirmDeleteDialog,
        "ask",
        classmethod(lambda _cls, _parent, _title, text, details="": asked.append(text)),
    )
    a11 = action_id(window, "A1.1")
    page = select(window, "actions", "action", a11)
    code = page.forms["action"]._fields["code"]
    code.setFocus()
    code.setCursorPosition(0)
    qtbot.keyClick(code, Qt.Key.Key_Delete)
    assert code.text() == "1.1"  # the key edited the field
    assert asked == [] and a11 in window.context.view().actions  # type: ignore[union-attr]
    page.forms["action"].revert()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and "A1.1" in asked[0]  # A1.1 has progress updates: confirm first


def test_insert_adds_a_sibling_with_the_next_code_and_find_jumps_to_it(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = NewItemAnswers(monkeypatch)
    answers.names = ["Peer job clubs"]
    page = select(window, "plan", "action", action_id(window, "A1.2"))
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)
    assert answers.suggested == ["A1.5"]
    new = action_id(window, "A1.5")
    view = window.context.view()  # type: ignore[union-attr]
    assert view.actions[new].objective_id == view.actions[action_id(window, "A1.2")].objective_id
    assert page.current_item() == ("action", new)
    assert window.undo_action.text() == "&Undo Add action A1.5"
    assert "A1.5" in window.path_label.text()

    page.select_item("priority", next(iter(view.priorities)))
    qtbot.keyClicks(page.search, "peer job")
    assert page.current_item() == ("action", new)
    window.undo_action.trigger()
    assert new not in window.context.view().actions  # type: ignore[union-attr]


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = NewItemAnswers(monkeypatch)
    answers.names = ["Housing first"]
    page = plan_page(window)
    window.new_priority_action.trigger()
    assert answers.suggested == ["P7"]
    page.tree.setFocus()
    count = len(window.context.view().priorities)  # type: ignore[union-attr]
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.context.view().priorities) == count - 1  # type: ignore[union-attr]
    qtbot.keyClick(
        page.tree,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(window.context.view().priorities) == count  # type: ignore[union-attr]


def test_contacts_of_a_partner_are_added_made_main_and_removed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lipplanner.ui.views import contacts as contacts_module

    rnc = partner_id(window, "Riverside Newcomer Centre")
    page = select(window, "partners", "partner", rnc)
    editor = page.forms["partner"].contacts
    before = window.context.view().partners[rnc].contacts  # type: ignore[union-attr]
    assert editor.model.rowCount() == len(before) and any(c.is_primary for c in before)
    new = contacts_module.ContactValues(
        "Noor Fairweather", "Intake lead", "noor@rnc.example", "555-0199", True
    )
    monkeypatch.setattr(
        contacts_module.ContactDialog, "ask", classmethod(lambda *_args, **_kw: new)
    )
    editor.add_button.click()
    contacts = window.context.view().partners[rnc].contacts  # type: ignore[union-attr]
    assert [c.name for c in contacts if c.is_primary] == ["Noor Fairweather"]
    assert page.model.text(page.model.row_of(rnc), "contact").startswith("Noor Fairweather")
    assert window.undo_action.text() == "&Undo Add contact Noor Fairweather"
    window.undo_action.trigger()  # one step takes back the new contact and the old main
    assert window.context.view().partners[rnc].contacts == before  # type: ignore[union-attr]
    window.redo_action.trigger()
    row = editor.model.row_of(
        next(
            c.id
            for c in window.context.view().partners[rnc].contacts
            if c.name == "Noor Fairweather"
        )  # type: ignore[union-attr]
    )
    editor.table.setCurrentIndex(editor.model.index(row, 0))
    editor.remove_button.click()
    names = [c.name for c in window.context.view().partners[rnc].contacts]  # type: ignore[union-attr]
    assert "Noor Fairweather" not in names


def test_contact_dialog_needs_a_name_and_a_plausible_email(qtbot: QtBot) -> None:
    from lipplanner.ui.views.contacts import ContactDialog

    dialog = ContactDialog(None, "New contact", None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name, "Sam Rivers")
    assert ok.isEnabled()
    qtbot.keyClicks(dialog.email, "not-an-address")
    assert not ok.isEnabled() and "e-mail" in dialog.message.text()


def test_the_cores_refusal_reads_french_in_the_french_window(
    window: MainWindow, qtbot: QtBot, english_afterwards: None
) -> None:
    from lipplanner.ui.i18n_actions import apply_language

    window = apply_language(window, "fr")
    qtbot.addWidget(window)
    page = select(window, "plan", "action", action_id(window, "A1.1"))
    form = page.forms["action"]
    code = form._fields["code"]
    code.selectAll()
    qtbot.keyClicks(code, "A1.2")
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    said = form._errors["code"].text().replace("\u00a0", " ")
    assert said.endswith("« Code » : « A1.2 » est déjà utilisé par un autre élément (action).")
    assert window.context.undo_stack.count() == 0  # type: ignore[union-attr]
    # Put the stored code back, or closing the window would (rightly) refuse the bad edit.
    qtbot.mouseClick(form.revert_button, Qt.MouseButton.LeftButton)
    assert code.text() == "A1.1"
