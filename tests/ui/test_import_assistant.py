"""The import assistant driven like a coordinator: change a column's role, mark section
rows as priorities, match a status word and a partner name, save the mapping and reuse it
on next quarter's tracker in one click; the plan file holds the result and one Undo
removes it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QWizard
from pytestqt.qtbot import QtBot

from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.reports.plan_import import ImportMapping
from lipplanner.core.reports.readers import read_grid
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.ui import import_actions
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs import import_assistant
from lipplanner.ui.dialogs.import_assistant import ImportAssistant, ImportChoice, OpenPlan
from lipplanner.ui.widgets.role_strip import fitting_width

# The offscreen platform says so whenever a window is shown; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HEADING = ["#", "Activity", "Crew", "Status", "Notes"]


def tracker(path: Path, statuses: Sequence[str], who: Sequence[str] | None = None) -> Path:
    """A quarterly tracker as a coordinator keeps it: a title, a heading whose "Crew"
    column the importer cannot name, two plain section rows, and a made-up status word."""
    leads = who or ["YMCA", "City of Lakeside", "Lakeside Library"]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    for row in (
        ["Lakeside LIP — action tracker 2025-26"],
        HEADING,
        [None, "Newcomer employment"],
        ["1", "Job fair for newcomers", leads[0], statuses[0], "Booked the hall"],
        ["2", "Mentoring circles", leads[1], statuses[1], ""],
        [None, "Belonging"],
        ["3", "Welcome week", leads[2], statuses[2], ""],
    ):
        sheet.append(row)
    book.save(path)
    return path


def _page(assistant: ImportAssistant, qtbot: QtBot) -> None:
    qtbot.mouseClick(assistant.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _select_rows(page: import_assistant.LayoutPage, rows: Sequence[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def _drive_layout(assistant: ImportAssistant, qtbot: QtBot) -> None:
    """On the columns-and-rows page: Crew holds the lead; the two section rows are priorities."""
    page = assistant.layout_page
    assert assistant.currentPage() is page
    assert page.header_row.value() == 2  # the heading found under the title
    who = page.roles.combos[2]
    assert who.accessibleName() == "Crew"
    who.setCurrentIndex(who.findData("lead"))
    _select_rows(page, [2, 5])
    qtbot.mouseClick(page.mark_buttons["priority"], Qt.MouseButton.LeftButton)
    assert page.model.index(2, 0).data() == "Priority ✎"
    assert page.model.index(5, 0).data() == "Priority ✎"
    assert page.model.index(3, 0).data() == "Action"


def _tree_texts(assistant: ImportAssistant) -> list[str]:
    texts: list[str] = []
    root = assistant.preview_page.tree.invisibleRootItem()
    stack = [root.child(i) for i in range(root.childCount())]
    while stack:
        item = stack.pop(0)
        texts.append(item.text(0))
        stack[0:0] = [item.child(i) for i in range(item.childCount())]
    return texts


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    warnings: list[str] = []
    monkeypatch.setattr(
        import_assistant.QMessageBox, "warning", lambda _p, _t, text: warnings.append(text)
    )
    return warnings


def test_steer_the_guess_then_import_a_new_plan(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_dialogs: list[str]
) -> None:
    grid = read_grid(tracker(tmp_path / "Tracker Q1.xlsx", ["On track", "Zorp", "Done"]))
    assistant = ImportAssistant(grid)
    qtbot.addWidget(assistant)
    assistant.show()
    assert [assistant.sheets_page.sheets.item(0).text()] == ["Tracker — 7 rows"]
    assert assistant.sheets_page.into_new.isChecked()
    assert not assistant.sheets_page.into_open.isEnabled()  # no plan is open
    _page(assistant, qtbot)
    _drive_layout(assistant, qtbot)

    _page(assistant, qtbot)  # statuses and partners
    match = assistant.match_page
    assert list(match.status_combos) == ["Zorp"]
    made_up = match.status_combos["Zorp"]
    made_up.setCurrentIndex(made_up.findData("serious_concerns"))
    assert assistant.mapping.statuses == {"Zorp": "serious_concerns"}

    _page(assistant, qtbot)  # preview
    preview = assistant.preview_page
    texts = _tree_texts(assistant)
    assert any(t.endswith("Newcomer employment") for t in texts)
    assert any(t.endswith("Belonging") for t in texts)
    assert "3 actions" in preview.summary.text() and "2 priorities" in preview.summary.text()
    preview.plan_title.clear()
    qtbot.keyClicks(preview.plan_title, "Lakeside Action Plan")
    target = tmp_path / "lakeside.lip"
    monkeypatch.setattr(import_assistant, "choose_save_file", lambda *a: target)
    qtbot.mouseClick(assistant.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    choice = assistant.choice
    assert choice is not None and not choice.into_open_plan and choice.target == target
    assert not no_dialogs

    # File → Import a plan… with that choice: a new plan file, opened, holding the import
    # (written whole, so there is no step to undo: the file did not exist before).
    window = PlanWindow()
    qtbot.addWidget(window)
    _import_through_menu(window, grid.source, choice, monkeypatch, tmp_path)
    assert window.opened == [str(target)]
    context = window.context
    assert context is not None and context.undo_stack.count() == 0
    assert "Imported 3 actions from Tracker Q1.xlsx into the new plan lakeside.lip" in (
        window.statusBar().currentMessage()
    )
    view = context.view()
    assert view.plan.title_en == "Lakeside Action Plan"
    actions = {a.title_en: a for a in view.actions.values()}
    assert set(actions) == {"Job fair for newcomers", "Mentoring circles", "Welcome week"}
    assert view.partner_name(actions["Mentoring circles"].lead_partner_id) == "City of Lakeside"
    status = view.statuses[actions["Mentoring circles"].status_id]
    assert status.key == "serious_concerns"
    assert {p.title_en for p in view.priorities.values()} == {"Newcomer employment", "Belonging"}
    window.close_db()


@pytest.mark.parametrize(
    ("title", "suggested"),
    [
        ("Lakeside: LIP/2026?", "Lakeside LIP 2026.lip"),
        ("CON", "_CON.lip"),
        ("=1+1. ", "1+1.lip"),
        ("...", "plan.lip"),
        ("Plan d’action " + "é" * 300, None),
    ],
)
def test_the_suggested_plan_file_name_is_safe_on_any_disk(
    title: str,
    suggested: str | None,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_dialogs: list[str],
) -> None:
    assistant = ImportAssistant(read_grid(tracker(tmp_path / "Tracker.xlsx", ["On track"] * 3)))
    qtbot.addWidget(assistant)
    assistant.show()
    for _ in range(3):
        _page(assistant, qtbot)
    assistant.preview_page.plan_title.setText(title)
    offered: list[str] = []
    monkeypatch.setattr(
        import_assistant, "choose_save_file", lambda _w, _t, name, _f: offered.append(name)
    )
    qtbot.mouseClick(assistant.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    (name,) = offered
    if suggested is not None:
        assert name == suggested
    else:  # cut between characters, so the name and its temporary file fit 255 bytes
        assert name.startswith("Plan d’action é") and name.endswith("é.lip")
        assert len(name.encode()) <= 255 - 64
    assert assistant.choice is None  # the save dialog was cancelled
    assert not no_dialogs


def test_a_saved_mapping_imports_next_quarters_tracker_in_one_click(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_dialogs: list[str]
) -> None:
    first = read_grid(tracker(tmp_path / "Tracker Q1.xlsx", ["On track", "Zorp", "Done"]))
    assistant = ImportAssistant(first)
    qtbot.addWidget(assistant)
    assistant.show()
    _page(assistant, qtbot)
    _drive_layout(assistant, qtbot)
    _page(assistant, qtbot)
    made_up = assistant.match_page.status_combos["Zorp"]
    made_up.setCurrentIndex(made_up.findData("serious_concerns"))
    saved = tmp_path / "tracker mapping"
    monkeypatch.setattr(import_assistant, "choose_save_file", lambda *a: saved)
    qtbot.mouseClick(
        assistant.button(QWizard.WizardButton.CustomButton2), Qt.MouseButton.LeftButton
    )
    mapping = ImportMapping.from_json((tmp_path / "tracker mapping.json").read_text())
    (sheet,) = mapping.sheets
    assert sheet.columns[2] == "lead" and sheet.levels == {2: "priority", 5: "priority"}
    assert mapping.statuses == {"Zorp": "serious_concerns"}

    # Next quarter: same layout, new statuses; load the mapping and Import at once.
    second = read_grid(tracker(tmp_path / "Tracker Q2.xlsx", ["Zorp", "Completed", "Zorp"]))
    again = ImportAssistant(second)
    qtbot.addWidget(again)
    again.show()
    monkeypatch.setattr(
        import_assistant, "choose_open_file", lambda *a: tmp_path / "tracker mapping.json"
    )
    qtbot.mouseClick(again.button(QWizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton)
    target = tmp_path / "q2.lip"
    monkeypatch.setattr(import_assistant, "choose_save_file", lambda *a: target)
    qtbot.mouseClick(again.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    choice = again.choice
    assert choice is not None and not no_dialogs
    preview = choice.preview
    assert {p.title_en for p in preview.priorities.values()} == {"Newcomer employment", "Belonging"}
    by_title = {a.title_en: a for a in preview.actions.values()}
    assert by_title["Job fair for newcomers"].status == "serious_concerns"
    assert by_title["Welcome week"].status == "serious_concerns"
    assert by_title["Mentoring circles"].lead == next(
        k for k, p in preview.partners.items() if p.name_en == "City of Lakeside"
    )


def test_a_mapping_that_is_not_one_is_refused_and_the_guess_stays(
    qtbot: QtBot, tmp_path: Path, no_dialogs: list[str]
) -> None:
    grid = read_grid(tracker(tmp_path / "Tracker.xlsx", ["On track", "Done", "Done"]))
    assistant = ImportAssistant(grid)
    qtbot.addWidget(assistant)
    before = assistant.mapping.to_json()
    (tmp_path / "photo.json").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    assert not assistant.load_mapping(tmp_path / "photo.json")
    (tmp_path / "other.json").write_text(
        ImportMapping([import_assistant.SheetMapping("Elsewhere", True, (0,), {})]).to_json()
    )
    assert not assistant.load_mapping(tmp_path / "other.json")
    assert no_dialogs == [
        "“photo.json” is not an import mapping.",
        "The mapping is for other sheets (Elsewhere); “Tracker.xlsx” has Tracker.",
    ]
    assert assistant.mapping.to_json() == before


def test_into_the_open_plan_a_misspelt_partner_is_matched_and_undo_takes_it_back(
    qtbot: QtBot, riverside: PlanDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = PlanContext(riverside)
    before = load_plan_view(riverside)
    grid = read_grid(
        tracker(
            tmp_path / "Library tracker.xlsx",
            ["On track", "Completed", "Completed"],
            who=["Riverside Public Libary", "Riverside Public Libary", "Brand-new Collective"],
        )
    )
    codes = tuple(x.code for xs in (before.priorities, before.actions) for x in xs.values())
    partners = tuple(p.name_en for p in before.partners.values())
    plan = OpenPlan(before.plan.title_en, partners, True, codes)
    assistant = ImportAssistant(grid, open_plan=plan)
    qtbot.addWidget(assistant)
    assistant.show()
    into_open = assistant.sheets_page.into_open
    qtbot.mouseClick(into_open, Qt.MouseButton.LeftButton, pos=QPoint(8, into_open.height() // 2))
    assert assistant.into_open_plan()
    _page(assistant, qtbot)
    _drive_layout(assistant, qtbot)
    _page(assistant, qtbot)
    library = assistant.match_page.partner_combos["Riverside Public Libary"]
    assert library.currentData() == "Riverside Public Library"  # the close name, proposed
    newcomer = assistant.match_page.partner_combos["Brand-new Collective"]
    assert newcomer.currentData() is None  # nothing close: a new partner
    _page(assistant, qtbot)
    assert not assistant.preview_page.names.isVisible()  # no names to give: the plan exists
    summary = assistant.preview_page.summary.text()
    assert "with 2 partners" in summary
    assert "1 partner will be added as a new organisation: Brand-new Collective." in summary
    shown = [t.split("  ")[0] for t in _tree_texts(assistant) if t[:1] in "POA" and "  " in t]
    assert shown[:3] == ["P7", "O7.1", "A7.1"]  # the plan's P1…P6 go on: P7, not P1-2
    qtbot.mouseClick(assistant.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    choice = assistant.choice
    assert choice is not None and choice.into_open_plan

    window = PlanWindow(context)
    qtbot.addWidget(window)
    _import_through_menu(window, grid.source, choice, monkeypatch, tmp_path)
    assert context.undo_stack.count() == 1
    after = load_plan_view(riverside)
    assert len(after.actions) == len(before.actions) + 3
    assert len(after.partners) == len(before.partners) + 1  # only the new collective
    job_fair = next(a for a in after.actions.values() if a.title_en == "Job fair for newcomers")
    added = {a.code for a in after.actions.values()} - {a.code for a in before.actions.values()}
    assert added == {c for c in shown if c.startswith("A")}  # exactly the codes previewed
    assert after.partner_name(job_fair.lead_partner_id) == "Riverside Public Library"

    context.undo_stack.undo()
    undone = load_plan_view(riverside)
    assert set(undone.actions) == set(before.actions)
    assert set(undone.partners) == set(before.partners)
    assert set(undone.priorities) == set(before.priorities)
    context.undo_stack.clear()


def test_another_school_board_is_not_preset_as_the_plans_similar_one(
    qtbot: QtBot, riverside: PlanDatabase, tmp_path: Path
) -> None:
    before = load_plan_view(riverside)
    grid = read_grid(
        tracker(
            tmp_path / "Boards.xlsx",
            ["On track", "Completed", "Completed"],
            who=["Conseil scolaire Viamonde", "CSRN", "Conseil scolaire Viamonde"],
        )
    )
    plan = OpenPlan(before.plan.title_en, tuple(p.name_en for p in before.partners.values()), True)
    assistant = ImportAssistant(grid, open_plan=plan)
    qtbot.addWidget(assistant)
    assistant.show()
    assistant.sheets_page.into_open.setChecked(True)
    _page(assistant, qtbot)
    _drive_layout(assistant, qtbot)
    _page(assistant, qtbot)
    viamonde = assistant.match_page.partner_combos["Conseil scolaire Viamonde"]
    assert viamonde.currentData() is None  # a new partner, not Rivière-Nord…
    listed = [viamonde.itemData(i) for i in range(viamonde.count())]
    assert listed[1] == "Conseil scolaire Rivière-Nord"  # …which is still offered first
    assert assistant.mapping.partners["Conseil scolaire Viamonde"] is None
    acronym = assistant.match_page.partner_combos["CSRN"]
    assert acronym.currentData() == "Conseil scolaire Rivière-Nord"  # its own acronym


def test_a_text_file_named_xlsx_says_why_at_once_and_import_keeps_the_assistant_open(
    qtbot: QtBot, tmp_path: Path, no_dialogs: list[str]
) -> None:
    notes = tmp_path / "notes.xlsx"
    notes.write_text("this is not a spreadsheet, just notes\n", encoding="utf-8")
    assistant = ImportAssistant(read_grid(notes))
    qtbot.addWidget(assistant)
    assistant.show()
    page = assistant.sheets_page
    assert page.reason.isVisible()  # on the first page, before any click
    assert page.reason.text().startswith("“notes.xlsx” is plain text, not a workbook")
    assert page.sheets.item(0).text() == "notes — 1 row"

    page.sheets.item(0).setCheckState(Qt.CheckState.Checked)  # "maybe it is in there"
    finish = assistant.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    assert no_dialogs == [page.reason.text()]  # one clear message, the same reason
    assert assistant.isVisible() and assistant.choice is None  # still usable


def test_a_bug_while_reading_is_reported_once_and_does_not_escape_the_assistant(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = read_grid(tracker(tmp_path / "Tracker.xlsx", ["On track", "Completed", "Done"]))
    assistant = ImportAssistant(grid)
    qtbot.addWidget(assistant)
    assistant.show()
    crashes: list[BaseException] = []
    monkeypatch.setattr(import_assistant, "report_crash", lambda _k, e, _t, _p: crashes.append(e))

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug in the importer")

    monkeypatch.setattr(import_assistant, "build_preview", broken)
    _page(assistant, qtbot)
    _page(assistant, qtbot)  # Next on the columns page builds the preview

    assert [str(e) for e in crashes] == ["a bug in the importer"]
    assert assistant.currentPage() is assistant.layout_page  # stays where it was
    assert assistant.isVisible() and assistant.choice is None


def test_the_column_roles_are_shown_whole_in_french(qtbot: QtBot, tmp_path: Path) -> None:
    grid = read_grid(tracker(tmp_path / "Tracker.xlsx", ["On track", "Completed", "Done"]))
    assistant = ImportAssistant(grid, lang="fr")
    qtbot.addWidget(assistant)
    assistant.show()
    _page(assistant, qtbot)
    strip = assistant.layout_page.roles
    header = assistant.layout_page.table.horizontalHeader()
    notes = strip.combos[4]
    assert notes.currentText() == "Mise à jour des progrès"
    assert header.sectionSize(5) > header.defaultSectionSize()  # widened to fit it
    crew = strip.combos[2]
    crew.setCurrentIndex(crew.findData("supporting"))  # "Partenaires de soutien"
    for combo in strip.combos:
        assert combo.width() >= fitting_width(combo), combo.currentText()


class PlanWindow(QMainWindow):
    """What File → Import a plan… needs of the main window: the open plan, opening one."""

    def __init__(self, context: PlanContext | None = None) -> None:
        super().__init__()
        self.context = context
        self.menus = {"file": QMenu("File", self)}
        self.opened: list[str] = []
        self.errors: list[Exception] = []
        self._db: PlanDatabase | None = None

    def menu(self, name: str) -> QMenu:
        return self.menus[name]

    def open_plan(self, location: str) -> bool:
        self.opened.append(location)
        self._db = open_plan(Path(location))
        self.context = PlanContext(self._db)
        return True

    def show_error(self, error: Exception) -> None:
        self.errors.append(error)

    def close_db(self) -> None:
        if self.context is not None:
            self.context.undo_stack.clear()
        if self._db is not None:
            self._db.close()


def _import_through_menu(
    window: PlanWindow,
    source: str,
    choice: ImportChoice,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import_actions.install(window)
    path = tmp_path / source
    monkeypatch.setattr(import_actions, "choose_open_file", lambda *a: path)
    monkeypatch.setattr(ImportAssistant, "ask", classmethod(lambda cls, *a, **k: choice))
    entry = next(a for a in window.menu("file").actions() if a.objectName() == "import_plan")
    entry.trigger()
    assert not window.errors
