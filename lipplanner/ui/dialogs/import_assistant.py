"""File → Import a plan…: the import assistant, in the manner of GnuCash's CSV import.

The coordinator sees each sheet as it is, with what the importer guessed: the role
above each column and the level beside each row. Any guess can be changed (a column's
role, rows marked priority / objective / action / description / not imported, the
heading row, the sheets to read); status words and partner names it could not place are
settled once; the tree of what will be created is shown with its counts. Nothing is
written until Import. The mapping can be saved and loaded, so next quarter's tracker in
the same layout imports in one click.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lipplanner.core.defaults import STATUSES
from lipplanner.core.errors import UserError
from lipplanner.core.files import safe_file_name, write_atomically
from lipplanner.core.reports.grid import SheetGrid, WorkbookGrid
from lipplanner.core.reports.plan_import import (
    ImportPreview,
    PartnerMatch,
    PlanIdentity,
    build_preview,
    default_identity,
    detect,
    row_levels,
)
from lipplanner.core.reports.plan_import.alike_columns import columns_headed_alike
from lipplanner.core.reports.plan_import.mapping import (
    LEVEL_LABELS,
    LEVELS,
    ROLE_LABELS,
    ROLES,
    ImportMapping,
    SheetMapping,
)
from lipplanner.core.reports.plan_import.matching import presumed_partner
from lipplanner.core.reports.plan_import.sheet_context import table_kind
from lipplanner.core.reports.plan_import.writing import continue_numbering
from lipplanner.ui.dialogs.file_choice import choose_open_file, choose_save_file
from lipplanner.ui.dialogs.plan_import import (
    FiscalYearBox,
    fill_preview_tree,
    fill_problems,
    new_partner_names,
    new_partners_text,
    problem_table,
)
from lipplanner.ui.errors import report_crash
from lipplanner.ui.models.sheet_grid import SheetGridModel, cell_text
from lipplanner.ui.widgets.role_strip import RoleStrip

_SHEET_PAGE, _LAYOUT_PAGE, _MATCH_PAGE, _PREVIEW_PAGE = range(4)
_MAPPING_FILTER = "JSON (*.json)"


@dataclass(frozen=True)
class OpenPlan:
    """What the assistant needs of the plan open in the window (to import into it)."""

    title: str
    partners: tuple[str, ...]
    writable: bool
    codes: tuple[str, ...] = ()  # its priorities', objectives' and actions' codes


@dataclass(frozen=True)
class ImportChoice:
    """What the coordinator asked for: the preview to write, and where."""

    preview: ImportPreview
    mapping: ImportMapping
    into_open_plan: bool
    identity: PlanIdentity | None = None  # for a new plan
    target: Path | None = None  # the new plan file


class ImportAssistant(QWizard):
    """Sheets → columns and rows → statuses and partners → preview; Import at the end
    (or on any page once the layout is right, e.g. after loading a saved mapping)."""

    def __init__(
        self,
        grid: WorkbookGrid,
        *,
        open_plan: OpenPlan | None = None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.grid = grid
        self.open_plan = open_plan
        self.lang = lang
        self.mapping = detect(grid)
        # The (sheet, column) roles the coordinator chose: a role chosen on another
        # sheet's column of the same heading does not override them.
        self.roles_chosen: set[tuple[str, int]] = set()
        self.choice: ImportChoice | None = None
        self._preview: ImportPreview | None = None
        self.setWindowTitle(self.tr("Import a plan from “{file}”").format(file=grid.source))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Load mapping…"))
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("&Save mapping…"))
        self.customButtonClicked.connect(self._custom_button)
        self.sheets_page = SheetsPage(self)
        self.layout_page = LayoutPage(self)
        self.match_page = MatchPage(self)
        self.preview_page = PreviewPage(self)
        self.setPage(_SHEET_PAGE, self.sheets_page)
        self.setPage(_LAYOUT_PAGE, self.layout_page)
        self.setPage(_MATCH_PAGE, self.match_page)
        self.setPage(_PREVIEW_PAGE, self.preview_page)
        for page in (self.sheets_page, self.layout_page, self.match_page):
            page.setFinalPage(True)  # Import works from any page once the layout is right
        self.resize(1000, 700)

    # -- the mapping ------------------------------------------------------------------
    def sheet_grid(self, name: str) -> SheetGrid | None:
        return next((s for s in self.grid.sheets if s.name == name), None)

    def changed(self) -> None:
        """The mapping changed: the preview is read again when next needed."""
        self._preview = None

    def preview(self) -> ImportPreview:
        if self._preview is None:
            plan = self.open_plan
            into = plan if plan is not None and self.into_open_plan() else None
            partners = into.partners if into is not None else ()
            preview = build_preview(self.grid, self.mapping, known_partners=partners)
            # Shown with the codes the plan will give them (P7… after P6), not the sheet's.
            self._preview = continue_numbering(preview, into.codes) if into else preview
        return self._preview

    def no_plan_reason(self) -> str:
        """Why the mapping reads no actions, in the coordinator's language ("" if it
        does): the same rule as the preview's, said before Import is pressed."""
        if any(
            s.include and s.header_rows and table_kind(s) == "actions" for s in self.mapping.sheets
        ):
            return ""
        source = self.grid.source
        if self.grid.kind == "csv" and Path(source).suffix.lower() not in {".csv", ".txt"}:
            lead = self.tr(
                "“{file}” is plain text, not a workbook, and no line of it names an Action column."
            ).format(file=source)
        else:
            lead = self.tr(
                "No sheet in “{file}” has the headings of a plan: a row naming the Action "
                "(or Activity) column and at least one more, such as Lead partner, Status "
                "or Start."
            ).format(file=source)
        then = self.tr(
            "If a sheet holds the plan, tick it and choose its heading row and its Action "
            "column on the next page; File → Save import template… gives the layout."
        )
        return f"{lead} {then}"

    def checked_preview(self) -> ImportPreview | None:
        """The preview, or None once the reason it cannot be built has been shown (the
        assistant stays open: a Qt override must not let an exception out)."""
        reason = self.no_plan_reason()
        if reason:
            self._warn(reason)
            return None
        try:
            return self.preview()
        except UserError as error:
            self._warn(str(error))
        except Exception as error:  # a bug: logged and reported, the assistant stays usable
            report_crash(type(error), error, error.__traceback__, self)
        return None

    def into_open_plan(self) -> bool:
        return self.sheets_page.into_open.isChecked()

    def role_label(self, role: str) -> str:
        labels = ROLE_LABELS.get(role, (role, role))
        return labels[1] if self.lang == "fr" else labels[0]

    def level_label(self, level: str) -> str:
        labels = LEVEL_LABELS.get(level, (level, level))
        return labels[1] if self.lang == "fr" else labels[0]

    def use_mapping(self, mapping: ImportMapping) -> None:
        """Apply a loaded mapping: its sheets that this file has, its choices kept."""
        names = {s.name for s in self.grid.sheets}
        kept = {s.sheet: s for s in mapping.sheets if s.sheet in names}
        if not kept:
            raise UserError(
                self.tr("The mapping is for other sheets ({sheets}); “{file}” has {names}.").format(
                    sheets=", ".join(s.sheet for s in mapping.sheets) or "–",
                    file=self.grid.source,
                    names=", ".join(sorted(names)),
                )
            )
        sheets = [kept.get(s.sheet, replace(s, include=False)) for s in self.mapping.sheets]
        # A saved role that is not the guess was chosen by hand: same-heading columns
        # chosen later on other sheets leave it.
        guessed = detect(self.grid)
        self.roles_chosen = {
            (s.sheet, c)
            for s in kept.values()
            for c, role in s.columns.items()
            if (found := guessed.sheet(s.sheet)) is None or found.columns.get(c) != role
        }
        self.mapping = ImportMapping(sheets, dict(mapping.statuses), dict(mapping.partners))
        self.changed()
        self.sheets_page.refresh()
        self.layout_page.refresh()

    def _custom_button(self, which: object) -> None:
        # PySide6 hands the button over as an int or as the enum, depending on the version.
        button = getattr(which, "value", which)
        if button == QWizard.WizardButton.CustomButton1.value:
            self.load_mapping()
        elif button == QWizard.WizardButton.CustomButton2.value:
            self.save_mapping()

    def load_mapping(self, path: Path | None = None) -> bool:
        path = path or choose_open_file(self, self.tr("Load an import mapping"), _MAPPING_FILTER)
        if path is None:
            return False
        try:
            if path.stat().st_size > 2 * 1024 * 1024:
                raise UserError(
                    self.tr("“{file}” is too large to be an import mapping.").format(file=path.name)
                )
            self.use_mapping(ImportMapping.from_json(path.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            return self._warn(self.tr("“{file}” is not an import mapping.").format(file=path.name))
        except OSError as error:
            return self._warn(
                self.tr("“{file}” cannot be read ({reason}).").format(
                    file=path.name, reason=error.strerror
                )
            )
        except UserError as error:
            return self._warn(str(error))
        return True

    def save_mapping(self, path: Path | None = None) -> bool:
        suggested = f"{Path(self.grid.source).stem} mapping.json"
        path = path or choose_save_file(
            self, self.tr("Save the import mapping"), suggested, _MAPPING_FILTER
        )
        if path is None:
            return False
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        text = self.mapping.to_json()
        try:
            # Whole or not at all; a full disk leaves no half mapping and no temporary file.
            write_atomically(path, lambda part: part.write_text(text, encoding="utf-8"))
        except UserError as error:
            return self._warn(str(error))
        return True

    def _warn(self, text: str) -> bool:
        QMessageBox.warning(self, self.windowTitle(), text)
        return False

    # -- finishing --------------------------------------------------------------------
    def accept(self) -> None:
        preview = self.checked_preview()
        if preview is None:
            return
        if not preview.actions:
            self._warn(self.tr("No actions would be imported: check the columns and rows."))
            return
        if self.into_open_plan():
            self.choice = ImportChoice(preview, self.mapping, into_open_plan=True)
            super().accept()
            return
        identity = self.preview_page.identity(preview)
        if identity.last_year < identity.first_year:
            self._warn(self.tr("The last fiscal year comes before the first."))
            return
        target = choose_save_file(
            self,
            self.tr("Save the new plan as"),
            safe_file_name(identity.plan_title, fallback="plan", suffix=".lip"),
            self.tr("LIP Planner plans (*.lip)"),
        )
        if target is None:
            return
        if target.suffix.lower() != ".lip":
            target = target.with_name(target.name + ".lip")
        if target.exists():
            self._warn(
                self.tr("“{file}” already exists; choose a new file name.").format(file=target.name)
            )
            return
        self.choice = ImportChoice(preview, self.mapping, False, identity, target)
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        grid: WorkbookGrid,
        *,
        open_plan: OpenPlan | None = None,
        lang: str = "en",
    ) -> ImportChoice | None:
        """Run the assistant; what to import and where, or None if cancelled."""
        assistant = cls(grid, open_plan=open_plan, lang=lang, parent=parent)
        assistant.exec()
        return assistant.choice


class SheetsPage(QWizardPage):
    """Which sheets hold the plan, and where it goes."""

    def __init__(self, assistant: ImportAssistant) -> None:
        super().__init__(assistant)
        self.assistant = assistant
        self.setTitle(self.tr("Sheets"))
        self.setSubTitle(self.tr("Tick the sheets (or Word tables) that hold the plan."))
        layout = QVBoxLayout(self)
        self.sheets = QListWidget(self)
        self.sheets.setAccessibleName(self.tr("Sheets to import"))
        layout.addWidget(self.sheets, 1)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        self.reason = QLabel(self)  # why nothing would be imported, before any click
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("font-weight: bold")
        layout.addWidget(self.reason)
        where = QGroupBox(self.tr("Import into"), self)
        where_layout = QVBoxLayout(where)
        self.into_new = QRadioButton(self.tr("A &new plan file"), where)
        plan = assistant.open_plan
        self.into_open = QRadioButton(
            self.tr("The &open plan, “{title}”").format(title=plan.title)
            if plan is not None
            else self.tr("The &open plan (none is open)"),
            where,
        )
        self.into_open.setEnabled(plan is not None and plan.writable)
        self.into_new.setChecked(True)
        self.into_open.toggled.connect(lambda _on: assistant.changed())
        where_layout.addWidget(self.into_new)
        where_layout.addWidget(self.into_open)
        layout.addWidget(where)
        self.sheets.itemChanged.connect(self._ticked)
        self.refresh()

    def refresh(self) -> None:
        self.sheets.blockSignals(True)
        self.sheets.clear()
        mapping = self.assistant.mapping
        for sheet in self.assistant.grid.sheets:
            rows = sum(1 for row in sheet.rows if any(not c.blank for c in row))
            text = self.tr("{name} — %n row(s)", "", rows).format(name=sheet.name)
            if sheet.hidden:
                text += " " + self.tr("(hidden)")
            item = QListWidgetItem(text, self.sheets)
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
            chosen = mapping.sheet(sheet.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked
                if chosen is not None and chosen.include
                else Qt.CheckState.Unchecked
            )
        self.sheets.blockSignals(False)
        problems = self.assistant.grid.problems
        self.notes.setText(
            self.tr("Reading the file: %n note(s), listed with the preview.", "", len(problems))
            if problems
            else ""
        )
        self.notes.setVisible(bool(problems))
        self.show_reason()
        self.completeChanged.emit()

    def _ticked(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        sheet = self.assistant.mapping.sheet(name)
        include = item.checkState() == Qt.CheckState.Checked
        if sheet is None:
            self.assistant.mapping.sheets.append(SheetMapping(name, include, (), {}))
        else:
            sheet.include = include
        self.assistant.changed()
        self.assistant.layout_page.refresh()
        self.show_reason()
        self.completeChanged.emit()

    def show_reason(self) -> None:
        reason = self.assistant.no_plan_reason()
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))

    def isComplete(self) -> bool:
        return any(s.include for s in self.assistant.mapping.sheets)


class LayoutPage(QWizardPage):
    """One sheet as it is: a role above each column, a level beside each row."""

    def __init__(self, assistant: ImportAssistant) -> None:
        super().__init__(assistant)
        self.assistant = assistant
        self.setTitle(self.tr("Columns and rows"))
        self.setSubTitle(
            self.tr(
                "Above each column, what it holds; beside each row, how it is read. Change "
                "any guess: choose a column's role, or select rows and mark them."
            )
        )
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.sheet_choice = QComboBox(self)
        self.sheet_choice.setAccessibleName(self.tr("Sheet"))
        self.header_row = QSpinBox(self)
        self.header_row.setAccessibleName(self.tr("Heading row"))
        self.header_row.setSpecialValueText(self.tr("none"))
        self.two_rows = QCheckBox(self.tr("&Two rows (a heading over years or quarters)"), self)
        sheet_label = QLabel(self.tr("&Sheet:"), self)
        sheet_label.setBuddy(self.sheet_choice)
        header_label = QLabel(self.tr("&Heading row:"), self)
        header_label.setBuddy(self.header_row)
        top.addWidget(sheet_label)
        top.addWidget(self.sheet_choice, 1)
        top.addSpacing(12)
        top.addWidget(header_label)
        top.addWidget(self.header_row)
        top.addWidget(self.two_rows)
        layout.addLayout(top)

        self.model = SheetGridModel({lv: assistant.level_label(lv) for lv in LEVELS}, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        self.table.horizontalHeader().setMinimumSectionSize(60)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.roles = RoleStrip(self.table, self.tr("Column holds:"))
        layout.addWidget(self.roles)
        layout.addWidget(self.table, 1)

        marks = QHBoxLayout()
        marks.addWidget(QLabel(self.tr("Mark the selected rows as:"), self))
        self.mark_buttons: dict[str, QPushButton] = {}
        for level in LEVELS:
            button = QPushButton(assistant.level_label(level), self)
            button.clicked.connect(lambda _c=False, lv=level: self.mark_selected(lv))
            marks.addWidget(button)
            self.mark_buttons[level] = button
        self.detected_button = QPushButton(self.tr("As &detected"), self)
        self.detected_button.setToolTip(self.tr("Forget what you set for these rows"))
        self.detected_button.clicked.connect(lambda: self.mark_selected(None))
        marks.addWidget(self.detected_button)
        marks.addStretch(1)
        layout.addLayout(marks)

        self.sheet_choice.currentIndexChanged.connect(lambda _i: self._show_sheet())
        self.header_row.valueChanged.connect(lambda _v: self._header_changed())
        self.two_rows.toggled.connect(lambda _on: self._header_changed())
        self.roles.role_changed.connect(self.set_role)

    # -- what is shown -----------------------------------------------------------------
    def refresh(self) -> None:
        """The included sheets, keeping the one shown if it is still included."""
        current = self.sheet_choice.currentText()
        self.sheet_choice.blockSignals(True)
        self.sheet_choice.clear()
        for sheet in self.assistant.mapping.sheets:
            if sheet.include:
                self.sheet_choice.addItem(sheet.sheet)
        index = self.sheet_choice.findText(current)
        self.sheet_choice.setCurrentIndex(max(index, 0))
        self.sheet_choice.blockSignals(False)
        self._show_sheet()

    def initializePage(self) -> None:
        self.refresh()

    def validatePage(self) -> bool:
        """Statuses and partners come from the rows read: not before the layout reads some."""
        return self.assistant.checked_preview() is not None

    def sheet_mapping(self) -> SheetMapping | None:
        return self.assistant.mapping.sheet(self.sheet_choice.currentText())

    def _show_sheet(self) -> None:
        mapping = self.sheet_mapping()
        sheet = self.assistant.sheet_grid(mapping.sheet) if mapping is not None else None
        self.model.set_sheet(sheet or SheetGrid("", ()))
        if mapping is None or sheet is None:
            self.roles.set_columns([], [], [])
            return
        self.header_row.blockSignals(True)
        self.two_rows.blockSignals(True)
        self.header_row.setRange(0, max(len(sheet.rows), 1))
        self.header_row.setValue(mapping.header_rows[0] + 1 if mapping.header_rows else 0)
        self.two_rows.setChecked(len(mapping.header_rows) == 2)
        self.header_row.blockSignals(False)
        self.two_rows.blockSignals(False)
        choices = [(role, self.assistant.role_label(role)) for role in ROLES]
        names = [self._heading_of(sheet, mapping, c) for c in range(sheet.width)]
        self.roles.set_columns(
            [mapping.columns.get(c, "ignore") for c in range(sheet.width)], choices, names
        )
        self.table.setColumnWidth(0, 130)
        self._update_levels()

    def _heading_of(self, sheet: SheetGrid, mapping: SheetMapping, column: int) -> str:
        texts = [cell_text(sheet.cell(r, column)) for r in mapping.header_rows]
        letter = self.model.headerData(column + 1, Qt.Orientation.Horizontal)
        return " / ".join(t for t in texts if t) or self.tr("Column {letter}").format(letter=letter)

    def _update_levels(self) -> None:
        mapping = self.sheet_mapping()
        if mapping is None:
            return
        levels = row_levels(self.assistant.grid, self.assistant.mapping).get(mapping.sheet, {})
        self.model.set_levels(levels, mapping.levels, mapping.header_rows)

    # -- changes -----------------------------------------------------------------------
    def set_role(self, column: int, role: str) -> None:
        mapping = self.sheet_mapping()
        if mapping is None:
            return
        mapping.columns[column] = role
        chosen = self.assistant.roles_chosen
        chosen.add((mapping.sheet, column))
        # The same heading on the other sheets read takes the role too ("Org." is the
        # lead on every working group's sheet), unless chosen there by hand.
        for sheet, other in columns_headed_alike(
            self.assistant.grid, self.assistant.mapping, mapping.sheet, column
        ):
            alike = self.assistant.mapping.sheet(sheet)
            if alike is not None and (sheet, other) not in chosen:
                alike.columns[other] = role
        self.assistant.changed()
        self.assistant.sheets_page.show_reason()
        self._update_levels()

    def mark_selected(self, level: str | None) -> None:
        """Force the selected rows to `level` (None: back to what was detected)."""
        mapping = self.sheet_mapping()
        if mapping is None:
            return
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        for row in rows:
            if level is None:
                mapping.levels.pop(row, None)
            else:
                mapping.levels[row] = level
        if rows:
            self.assistant.changed()
            self._update_levels()

    def _header_changed(self) -> None:
        mapping = self.sheet_mapping()
        if mapping is None:
            return
        first = self.header_row.value() - 1
        if first < 0:
            mapping.header_rows = ()
        elif self.two_rows.isChecked() and first + 1 < self.model.rowCount():
            mapping.header_rows = (first, first + 1)
        else:
            mapping.header_rows = (first,)
        self.assistant.changed()
        self.assistant.sheets_page.show_reason()
        self._update_levels()


class MatchPage(QWizardPage):
    """Status words and partner names the importer could not place, settled once."""

    def __init__(self, assistant: ImportAssistant) -> None:
        super().__init__(assistant)
        self.assistant = assistant
        self.setTitle(self.tr("Statuses and partners"))
        self.setSubTitle(
            self.tr(
                "Words the importer could not read as a status, and partner names not "
                "found in the plan: choose once what each one is."
            )
        )
        layout = QVBoxLayout(self)
        self.nothing = QLabel(self.tr("Every status word and partner name was recognised."))
        layout.addWidget(self.nothing)
        self.lists_area = QScrollArea(self)
        self.lists_area.setWidgetResizable(True)
        layout.addWidget(self.lists_area, 1)
        self._build_lists()
        self.status_combos: dict[str, QComboBox] = {}
        self.partner_combos: dict[str, QComboBox] = {}
        # Words settled on this page stay listed (the preview no longer reports them).
        self._words: list[str] = []
        self._names: dict[str, list[str]] = {}

    def initializePage(self) -> None:
        assistant = self.assistant
        preview = assistant.checked_preview()
        if preview is None:
            return
        mapping = assistant.mapping
        for word in preview.unknown_statuses:
            if word not in self._words:
                self._words.append(word)
        for match in preview.partner_matches:
            self._names.setdefault(match.name, list(match.suggestions))
        self._build_lists()
        self.status_combos, self.partner_combos = {}, {}
        for word in self._words:
            combo = QComboBox(self.status_box)
            combo.setAccessibleName(self.tr("Status for “{word}”").format(word=word))
            for status in STATUSES:
                combo.addItem(
                    status.label_fr if assistant.lang == "fr" else status.label_en, status.key
                )
            chosen = mapping.statuses.get(word)
            combo.setCurrentIndex(combo.findData(chosen) if chosen else -1)
            combo.setPlaceholderText(self.tr("Choose a status…"))
            combo.currentIndexChanged.connect(
                lambda _i, w=word, c=combo: self._status_chosen(w, c.currentData())
            )
            self.status_form.addRow(f"“{word}”", combo)
            self.status_combos[word] = combo
        known = (
            assistant.open_plan.partners
            if assistant.into_open_plan() and assistant.open_plan
            else ()
        )
        for name, suggestions in self._names.items():
            combo = QComboBox(self.partner_box)
            combo.setAccessibleName(self.tr("Partner for “{name}”").format(name=name))
            combo.addItem(self.tr("A new partner"), None)
            for suggestion in suggestions:
                combo.addItem(self.tr("{name} (similar)").format(name=suggestion), suggestion)
            for other in sorted(set(known) - set(suggestions), key=str.casefold):
                combo.addItem(other, other)
            if name in mapping.partners:
                chosen_partner = mapping.partners[name]
                combo.setCurrentIndex(max(combo.findData(chosen_partner), 0))
            else:  # preset only the same organisation, never a look-alike of another
                presumed = presumed_partner(PartnerMatch(name, suggestions))
                combo.setCurrentIndex(max(combo.findData(presumed), 0) if presumed else 0)
                mapping.partners[name] = presumed
                assistant.changed()
            combo.currentIndexChanged.connect(
                lambda _i, n=name, c=combo: self._partner_chosen(n, c.currentData())
            )
            self.partner_form.addRow(name, combo)
            self.partner_combos[name] = combo
        self.status_box.setVisible(bool(self._words))
        self.partner_box.setVisible(bool(self._names))
        self.nothing.setVisible(not self._words and not self._names)

    def _build_lists(self) -> None:
        """Fresh, empty lists (the old ones are deleted once their events are done)."""
        old = self.lists_area.takeWidget()
        if old is not None:
            old.hide()  # deleted later, maybe only once an event loop runs
            old.deleteLater()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        self.status_box = QGroupBox(self.tr("Status words"), inner)
        self.status_form = QFormLayout(self.status_box)
        self.partner_box = QGroupBox(self.tr("Partner names"), inner)
        self.partner_form = QFormLayout(self.partner_box)
        inner_layout.addWidget(self.status_box)
        inner_layout.addWidget(self.partner_box)
        inner_layout.addStretch(1)
        self.lists_area.setWidget(inner)

    def _status_chosen(self, word: str, key: str | None) -> None:
        if key is None:
            self.assistant.mapping.statuses.pop(word, None)
        else:
            self.assistant.mapping.statuses[word] = key
        self.assistant.changed()

    def _partner_chosen(self, name: str, partner: str | None) -> None:
        self.assistant.mapping.partners[name] = partner
        self.assistant.changed()


class PreviewPage(QWizardPage):
    """The tree of what will be created, with counts and problems; names of a new plan."""

    def __init__(self, assistant: ImportAssistant) -> None:
        super().__init__(assistant)
        self.assistant = assistant
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("What Import will create. Nothing is written before."))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.names = QWidget(self)
        form = QFormLayout(self.names)
        form.setContentsMargins(0, 0, 0, 0)
        self.lip_name = QLineEdit(self.names)
        self.plan_title = QLineEdit(self.names)
        self.first_year = FiscalYearBox(2025, self.names)
        self.last_year = FiscalYearBox(2028, self.names)
        years = QHBoxLayout()
        years.addWidget(self.first_year)
        years.addWidget(QLabel(self.tr("to"), self.names))
        years.addWidget(self.last_year)
        years.addStretch(1)
        form.addRow(self.tr("Partnership name:"), self.lip_name)
        form.addRow(self.tr("Plan title:"), self.plan_title)
        form.addRow(self.tr("Fiscal years:"), years)
        layout.addWidget(self.names)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.tree = QTreeWidget(splitter)
        self.tree.setHeaderLabels([self.tr("What will be created"), self.tr("Details")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.problems = problem_table(splitter)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self._named_for: ImportPreview | None = None
        self._edited = False
        for field in (self.lip_name, self.plan_title):
            field.textEdited.connect(self._mark_edited)
        for box in (self.first_year, self.last_year):
            box.valueChanged.connect(self._mark_edited)

    def _mark_edited(self, *_args: object) -> None:
        self._edited = True

    def initializePage(self) -> None:
        preview = self.assistant.checked_preview()
        if preview is None:
            return
        p = preview
        # Each count in its own plural form ("1 priority", "3 priorities"); the new
        # partners named in a sentence of their own.
        lines = [
            self.tr(
                "{priorities}, {objectives} and {actions}, with {partners} and {groups}."
            ).format(
                priorities=self.tr("%n priority(ies)", "", len(p.priorities)),
                objectives=self.tr("%n objective(s)", "", len(p.objectives)),
                actions=self.tr("%n action(s)", "", len(p.actions)),
                partners=self.tr("%n partner(s)", "", len(p.partners)),
                groups=self.tr("%n working group(s)", "", len(p.working_groups)),
            )
        ]
        if new := new_partners_text(new_partner_names(p, self._plan_partners())):
            lines.append(f"{new}.")
        if p.shortened_titles:
            lines.append(
                self.tr(
                    "%n long action title(s) shortened; the whole text is kept as the "
                    "action's description.",
                    "",
                    p.shortened_titles,
                )
            )
        self.summary.setText("\n".join(lines))
        self.tree.clear()
        fill_preview_tree(self.tree, preview, self.assistant.lang, self._plan_partners())
        problems = list(self.assistant.grid.problems)
        problems += [x for x in preview.problems if str(x) not in {str(q) for q in problems}]
        fill_problems(self.problems, problems, preview.more_problems)
        self.problems.setVisible(bool(problems))
        into_open = self.assistant.into_open_plan()
        self.names.setVisible(not into_open)
        if not into_open and not self._edited:
            identity = default_identity(preview)
            self.lip_name.setText(identity.lip_name)
            self.plan_title.setText(identity.plan_title)
            self.first_year.setValue(identity.first_year)
            self.last_year.setValue(identity.last_year)
            self._edited = False
            self._named_for = preview

    def _plan_partners(self) -> tuple[str, ...]:
        plan = self.assistant.open_plan
        return plan.partners if plan is not None and self.assistant.into_open_plan() else ()

    def identity(self, preview: ImportPreview) -> PlanIdentity:
        """The new plan's names and years: as edited here, else as the preview suggests."""
        base = default_identity(preview)
        if self._named_for is None:
            return base
        lip, title = self.lip_name.text(), self.plan_title.text()
        french = bool(base.lip_name_fr)  # a French sheet: the names typed are French too
        return replace(
            base,
            lip_name=lip,
            plan_title=title,
            first_year=self.first_year.value(),
            last_year=self.last_year.value(),
            lip_name_fr=lip if french else "",
            plan_title_fr=title if french else "",
        )
