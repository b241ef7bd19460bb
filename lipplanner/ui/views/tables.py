"""Flat tables: all actions, partners and promising practices, each sortable by any
column, filtered as you type and by combos, with the detail form beside them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from lipplanner.core.changes import PROGRESS, Change, ids_of
from lipplanner.core.progress import action_percent
from lipplanner.core.services.plan_view import ActionView, PlanView
from lipplanner.ui import labels, operations
from lipplanner.ui.context import PlanContext
from lipplanner.ui.models.table import Column, Row, RowTableModel
from lipplanner.ui.style import date_text, percent_text, status_swatch
from lipplanner.ui.views.forms import ActionForm, PartnerForm, PracticeForm
from lipplanner.ui.views.page import Page, natural_key
from lipplanner.ui.widgets.columns import TitleColumn, cell_width, two_lines

ANY = None  # the "all" entry of a filter combo


class TablePage(Page):
    """A RowTableModel in a QTableView with a search box and filter combos."""

    kind = ""
    widths: tuple[int, ...] = ()
    title_column = 0  # the column that takes the free width (never under its width here)
    status_column: int | None = None  # a column of plan statuses: each shown whole

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # Long titles on two lines, so a column is not widened (or cut) for its header.
        columns = [
            replace(column, title=two_lines(column.title), tooltip=column.tooltip or column.title)
            for column in self.columns()
        ]
        self.model = RowTableModel(columns, self)
        self.table = QTableView(self.left)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate(self.widths):
            header.resizeSection(column, width)
        # The other columns as wide as what they show (long names cut at `widest`), so
        # the title keeps the rest and the table fits the window instead of scrolling.
        em = self.fontMetrics().horizontalAdvance("M")
        self.title_fit = TitleColumn(
            self.table, header, self.title_column, minimum=250, fit_others=True, widest=13 * em
        )
        self.left_layout.addWidget(self.table)
        self.search.textChanged.connect(self._searched)
        self.connect_view()
        self.model.modelReset.connect(self.selection_changed)

    @property
    def view_widget(self) -> QAbstractItemView:
        return self.table

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def rows(self, view: PlanView, only: set[int] | None = None) -> list[Row]:
        """The table's rows (only those of the items in `only`, when given)."""
        raise NotImplementedError

    def refresh(self) -> None:
        view = self.context.view()
        self.refresh_filters(view)
        self.model.set_rows(self.rows(view))
        self._fit_status(view)
        self.reload_form()
        self.selection_changed.emit()

    def _fit_status(self, view: PlanView) -> None:
        # Sampled rows may miss the longest status, and French labels are longer
        # ("Préoccupations importantes"): the column fits every label of the plan.
        if self.status_column is None or not hasattr(self, "title_fit"):
            return
        labels = [status.label(self.context.lang) for status in view.statuses.values()]
        width = cell_width(self.table, labels, status_swatch("#9e9e9e"))
        self.title_fit.set_floor(self.status_column, width)

    def patch(self, changes: tuple[Change, ...]) -> None:
        """Rebuild only the rows the changes name, when this table knows which they are."""
        ids = self.patched_ids(changes)
        if ids is None or not self.model.replace_rows(self.rows(self.context.view(), ids)):
            self.refresh()
            return
        self.reload_form()
        self.selection_changed.emit()

    def patched_ids(self, changes: tuple[Change, ...]) -> set[int] | None:
        """The ids of this table's rows the changes touched; None: refresh everything."""
        return None

    def refresh_filters(self, view: PlanView) -> None:
        """Refill the filter combos (keeping their choice)."""

    def add_filter(self, name: str, tooltip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(tooltip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self._filters_changed)
        self.filter_row.addWidget(combo, 1)
        return combo

    @staticmethod
    def fill_combo(combo: QComboBox, everything: str, entries: list[tuple[Any, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, ANY)
        for value, text in entries:
            combo.addItem(text, value)
        found = combo.findData(chosen)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def accept(self) -> Callable[[Row], bool] | None:
        """The row filter made of the combos' choices (None: keep every row)."""
        return None

    def _filters_changed(self, *_args: Any) -> None:
        self.model.set_filter(self.accept())
        self.selection_changed.emit()

    def _searched(self, text: str) -> None:
        self.model.set_search(text)
        self.selection_changed.emit()

    def item_at(self, index: QModelIndex) -> tuple[str, int] | None:
        return (self.kind, self.model.row_id(index.row())) if index.isValid() else None

    def index_of(self, kind: str, item_id: int) -> QModelIndex:
        row = self.model.row_of(item_id) if kind == self.kind else -1
        return self.model.index(row, 0) if row >= 0 else QModelIndex()

    def counts_text(self) -> str:
        shown, total = self.model.rowCount(), self.model.total()
        if shown == total:
            return self.count_text(total)
        return self.tr("%d of %s shown") % (shown, self.count_text(total))

    def count_text(self, n: int) -> str:
        raise NotImplementedError

    def new_item(self, kind: str | None = None) -> None:
        if self.context.read_only:
            return
        self._leave_form()
        new_id = operations.create_item(self, self.context, self.kind)
        if new_id is not None and not self.select_item(self.kind, new_id):
            self.search.clear()  # the new row may be hidden by the search
            self.select_item(self.kind, new_id)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.setCurrentIndex(index)
        menu = QMenu(self)
        editable = not self.context.read_only
        self.add_context_actions(menu, editable)
        if self._current is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Delete"), self.delete_selected).setEnabled(editable)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def add_context_actions(self, menu: QMenu, editable: bool) -> None:
        menu.addAction(self.tr("New…"), self.new_item).setEnabled(editable)


def _partners_of(action: ActionView) -> list[int]:
    lead = [] if action.lead_partner_id is None else [action.lead_partner_id]
    return [*lead, *action.supporting_ids]


# What an action row's tags hold, in order (a tuple per row: 20,000 dicts cost 4 MB).
_ACTION_TAGS = ("priority", "status", "lead", "body", "overdue")
_OVERDUE = _ACTION_TAGS.index("overdue")


def _ranks(keys: dict[int, Any]) -> dict[int, int]:
    """Each id's rank by its key (equal keys share a rank)."""
    distinct = sorted(set(keys.values()))
    rank = {key: n for n, key in enumerate(distinct)}
    return {i: rank[key] for i, key in keys.items()}


def _date_entry(cache: dict[date | None, tuple[str, int]], day: date | None) -> tuple[str, int]:
    """A date's text and sort key, made once per distinct date."""
    entry = cache.get(day)
    if entry is None:
        assert day is not None
        entry = cache[day] = (date_text(day), day.toordinal())
    return entry


class ActionsPage(TablePage):
    kind = "action"
    widths = (62, 76, 60, 300, 190, 190, 150, 90, 90, 160, 55, 70, 80)
    title_column = 3
    status_column = 9

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.search.setPlaceholderText(self.tr("Search actions…"))
        self.priority = self.add_filter(self.tr("Priority filter"), self.tr("Only this priority"))
        self.status = self.add_filter(self.tr("Status filter"), self.tr("Only this status"))
        self.lead = self.add_filter(self.tr("Lead partner filter"), self.tr("Only this lead"))
        self.body = self.add_filter(
            self.tr("Working group filter"), self.tr("Only this working group")
        )
        self.overdue = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue.setToolTip(self.tr("Only actions past their end date and not finished"))
        self.overdue.toggled.connect(self._filters_changed)
        # Beside the search box, so the four combos share the row below (the list keeps
        # a readable width with the detail panel open).
        self.filters.addWidget(self.overdue)
        self.add_form("action", lambda: ActionForm(context, self))
        self.refresh()

    def count_text(self, n: int) -> str:
        return self.tr("%n action(s)", "", n)

    def columns(self) -> list[Column]:
        return [
            Column("priority", self.tr("Priority")),
            Column("objective", self.tr("Objective")),
            Column("code", self.tr("Code")),
            Column("title", self.tr("Action")),
            Column("lead", self.tr("Lead partner")),
            Column("supporting", self.tr("Supporting partners")),
            Column("body", self.tr("Working group")),
            Column("start", self.tr("Start")),
            Column("end", self.tr("End")),
            Column("status", self.tr("Status"), self.tr("Status at the end of the period")),
            Column("percent", self.tr("Done"), self.tr("Percent complete"), numeric=True),
            Column("overdue", self.tr("Overdue"), self.tr("Past its end date, not finished")),
            Column("stale", self.tr("No update"), self.tr("No progress update this period")),
        ]

    def patched_ids(self, changes: tuple[Change, ...]) -> set[int] | None:
        # An edited action or its progress: its row only, unless names or filters moved.
        if any(c.kind != "changed" or c.entity not in ("action", PROGRESS) for c in changes):
            return None
        return ids_of(changes, "action", PROGRESS)

    def rows(self, view: PlanView, only: set[int] | None = None) -> list[Row]:
        # 20,000 rows: every text, key and mapping two rows can share is made once and
        # shared (partner and status names, dates, percents, icons), and the sort keys
        # of grouped columns are single ints (group rank × rows + plan position, which
        # orders as the (group, position) pair would) — a third of the rows' memory.
        lang = self.context.lang
        yes, overdue_text, stale_text = self.tr("Yes"), self.tr("Overdue"), self.tr("No update")
        ongoing = self.tr("Ongoing")
        partners = view.partners
        if only is not None:  # a patch: only the partners of those actions
            named = {p for i in only if i in view.actions for p in _partners_of(view.actions[i])}
            partners = {p: partners[p] for p in named if p in partners}
        partner_names = {pid: p.name(lang) for pid, p in partners.items()}
        partner_keys = {pid: name.lower() for pid, name in partner_names.items()}
        body_names = {bid: b.name(lang) for bid, b in view.bodies.items()}
        body_keys = {bid: name.lower() for bid, name in body_names.items()}
        status_labels = {sid: s.label(lang) for sid, s in view.statuses.items()}
        status_icons = {sid: {9: status_swatch(s.colour)} for sid, s in view.statuses.items()}
        # Ranks over every group, also in a patch, so patched keys compare with the rest.
        priority_rank = _ranks({i: natural_key(p.code) for i, p in view.priorities.items()})
        objective_rank = _ranks({i: natural_key(o.code) for i, o in view.objectives.items()})
        status_rank = _ranks({i: s.position for i, s in view.statuses.items()})
        dates: dict[date | None, tuple[str, int]] = {None: ("", 0)}
        percents: dict[int | None, str] = {None: ongoing}
        shared: dict[Any, Any] = {}  # equal texts and tag tuples: one object
        rows = []
        ordered = view.ordered_actions
        n = len(ordered)
        if only is None:
            picked_actions: Iterable[tuple[int, ActionView]] = enumerate(ordered)
        else:  # a patch: those actions, found by their place in plan order
            where = view.action_positions
            picked_actions = sorted((where[i], ordered[where[i]]) for i in only if i in where)
        for position, action in picked_actions:
            health = view.health[action.id]
            priority = view.priorities[action.priority_id]
            objective = view.objectives[action.objective_id]
            lead_id = action.lead_partner_id or 0
            lead = partner_names.get(lead_id, "")
            supporting = "; ".join(partner_names.get(p, "") for p in action.supporting_ids)
            supporting = shared.setdefault(supporting, supporting)
            body = body_names.get(action.body_id or 0, "")
            status = status_labels[health.status_id]
            title = action.title(lang)
            shown = action_percent(view.statuses[health.status_id].info, health.percent_complete)
            if shown not in percents:
                percents[shown] = percent_text(shown)
            start, start_key = _date_entry(dates, action.start_date)
            end, end_key = _date_entry(dates, action.end_date)
            texts = (
                priority.code,
                objective.code,
                action.code,
                title,
                lead,
                supporting,
                body,
                start,
                end,
                status,
                percents[shown],
                yes if health.overdue else "",
                yes if health.stale else "",
            )
            haystack = "\n".join(
                (
                    *texts[:11],
                    overdue_text if health.overdue else "",
                    stale_text if health.stale else "",
                )
            ).lower()
            tags = (
                action.priority_id,
                health.status_id,
                action.lead_partner_id,
                action.body_id,
                health.overdue,
            )
            rows.append(
                Row(
                    action.id,
                    texts,
                    (
                        priority_rank[action.priority_id] * n + position,
                        objective_rank[action.objective_id] * n + position,
                        natural_key(action.code),
                        title.lower(),
                        partner_keys.get(lead_id, ""),
                        shared.setdefault(("sort", supporting), supporting.lower()),
                        body_keys.get(action.body_id or 0, ""),
                        start_key,
                        end_key,
                        status_rank[health.status_id] * n + position,
                        (0 if shown is None else shown + 1) * n + position,
                        int(health.overdue) * n + position,
                        int(health.stale) * n + position,
                    ),
                    haystack,
                    icons=status_icons[health.status_id],
                    tags=shared.setdefault(tags, tags),
                )
            )
        return rows

    def refresh_filters(self, view: PlanView) -> None:
        lang = self.context.lang
        self.fill_combo(
            self.priority,
            self.tr("All priorities"),
            [(p.id, f"{p.code} {p.title(lang)}") for p in view.ordered_priorities],
        )
        statuses = sorted(view.statuses.values(), key=lambda s: s.position)
        self.fill_combo(
            self.status, self.tr("All statuses"), [(s.id, s.label(lang)) for s in statuses]
        )
        for n, status in enumerate(statuses, start=1):
            self.status.setItemIcon(n, status_swatch(status.colour))
        partners = sorted(view.partners.values(), key=lambda p: p.name(lang).lower())
        self.fill_combo(
            self.lead,
            self.tr("All lead partners"),
            [(0, self.tr("(no lead partner)")), *((p.id, p.name(lang)) for p in partners)],
        )
        self.fill_combo(
            self.body,
            self.tr("All working groups"),
            [(b.id, b.name(lang)) for b in view.bodies.values()],
        )

    def accept(self) -> Callable[[Row], bool] | None:
        wanted: dict[str, Any] = {}
        for key, combo in (
            ("priority", self.priority),
            ("status", self.status),
            ("lead", self.lead),
            ("body", self.body),
        ):
            if combo.currentData() is not ANY:
                wanted[key] = combo.currentData() or None  # 0 stands for "no lead partner"
        overdue = self.overdue.isChecked()
        if not wanted and not overdue:
            return None

        checks = [(_ACTION_TAGS.index(key), value) for key, value in wanted.items()]

        def accept(row: Row) -> bool:
            tags = row.tags
            if overdue and not tags[_OVERDUE]:
                return False
            return all(tags[n] == value for n, value in checks)

        return accept

    def item_path(self) -> str:
        if self._current is None:
            return ""
        view = self.context.view()
        action = view.actions.get(self._current[1])
        if action is None:
            return ""
        return (
            f"{view.priorities[action.priority_id].code} › "
            f"{view.objectives[action.objective_id].code} › {action.code} "
            + action.title(self.context.lang)
        )

    def new_item(self, kind: str | None = None) -> None:
        """New actions belong under an objective: add them beside the selected one."""
        if self.context.read_only:
            return
        view = self.context.view()
        objective = (
            view.actions[self._current[1]].objective_id
            if self._current
            else (view.ordered_actions[-1].objective_id if view.ordered_actions else None)
        )
        if objective is None:
            objective = next(iter(sorted(view.objectives)), None)
        if objective is None:
            self.message.emit(self.tr("Add an objective in the Plan view first."))
            return
        self._leave_form()
        new_id = operations.create_item(self, self.context, "action", objective)
        if new_id is not None and not self.select_item("action", new_id):
            self.search.clear()
            self.select_item("action", new_id)

    def add_context_actions(self, menu: QMenu, editable: bool) -> None:
        menu.addAction(self.tr("New action"), self.new_item).setEnabled(editable)
        if self._current is not None:
            menu.addAction(
                self.tr("Move to another objective…"),
                lambda: (
                    self._current and operations.move_to_parent(self, self.context, *self._current)
                ),
            ).setEnabled(editable)


class PartnersPage(TablePage):
    kind = "partner"
    widths = (260, 70, 150, 220, 220, 60, 70)

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.search.setPlaceholderText(self.tr("Search partners…"))
        self.sector = self.add_filter(self.tr("Sector filter"), self.tr("Only this sector"))
        self.add_form("partner", lambda: PartnerForm(context, self))
        self.refresh()

    def count_text(self, n: int) -> str:
        return self.tr("%n partner(s)", "", n)

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Organisation")),
            Column("acronym", self.tr("Acronym")),
            Column("sector", self.tr("Sector")),
            Column("languages", self.tr("Languages of service")),
            Column("contact", self.tr("Main contact")),
            Column("led", self.tr("Leads"), self.tr("Actions led"), numeric=True),
            Column("supported", self.tr("Supports"), self.tr("Actions supported"), numeric=True),
        ]

    def rows(self, view: PlanView, only: set[int] | None = None) -> list[Row]:
        lang = self.context.lang
        rows = []
        for partner in view.partners.values():
            contact = partner.main_contact
            contact_text = ""
            if contact is not None:
                contact_text = contact.name + (f" ({contact.email})" if contact.email else "")
            led = len(view.led_by.get(partner.id, []))
            supported = len(view.supported_by.get(partner.id, []))
            name = partner.name(lang)
            sector = view.term_label(partner.sector_id, lang)
            texts = (
                name,
                partner.acronym,
                sector,
                partner.languages,
                contact_text,
                str(led),
                str(supported),
            )
            other_name = partner.name_fr if lang == "en" else partner.name_en
            rows.append(
                Row(
                    partner.id,
                    texts,
                    (
                        name.lower(),
                        partner.acronym.lower(),
                        sector.lower(),
                        partner.languages.lower(),
                        contact_text.lower(),
                        led,
                        supported,
                    ),
                    "\n".join((*texts, other_name)).lower(),
                    tooltips={0: "\n".join(x for x in (partner.name_en, partner.name_fr) if x)},
                    tags={"sector": partner.sector_id},
                )
            )
        return rows

    def refresh_filters(self, view: PlanView) -> None:
        self.fill_combo(
            self.sector,
            self.tr("All sectors"),
            [(t.id, t.label(self.context.lang)) for t in view.vocabulary("sector")],
        )

    def accept(self) -> Callable[[Row], bool] | None:
        sector = self.sector.currentData()
        if sector is ANY:
            return None
        return lambda row: bool(row.tags["sector"] == sector)

    def item_path(self) -> str:
        if self._current is None:
            return ""
        partner = self.context.view().partners.get(self._current[1])
        return partner.name(self.context.lang) if partner else ""

    def add_context_actions(self, menu: QMenu, editable: bool) -> None:
        menu.addAction(self.tr("New partner…"), self.new_item).setEnabled(editable)


class PracticesPage(TablePage):
    kind = "practice"
    widths = (300, 170, 170, 170, 170, 120)

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.search.setPlaceholderText(self.tr("Search practices…"))
        self.domain = self.add_filter(self.tr("Domain filter"), self.tr("Only this domain"))
        self.add_form("practice", lambda: PracticeForm(context, self))
        self.refresh()

    def count_text(self, n: int) -> str:
        return self.tr("%n promising practice(s)", "", n)

    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Practice")),
            Column("organisation", self.tr("By whom")),
            Column("domain", self.tr("Domain")),
            Column("type", self.tr("Type")),
            Column("evidence", self.tr("Evidence")),
            Column("adoption", self.tr("Adoption")),
        ]

    def rows(self, view: PlanView, only: set[int] | None = None) -> list[Row]:
        lang = self.context.lang
        adoption = labels.adoption_statuses()
        rows = []
        for practice in view.practices.values():
            texts = (
                practice.title(lang),
                practice.organisation,
                view.term_label(practice.domain_id, lang),
                view.term_label(practice.type_id, lang),
                view.term_label(practice.evidence_id, lang),
                adoption.get(practice.adoption_status, practice.adoption_status),
            )
            evidence = view.terms.get(practice.evidence_id or 0)
            sort: tuple[Any, ...] = tuple(t.lower() for t in texts)
            sort = (*sort[:4], (evidence.position if evidence else -1,), sort[5])
            rows.append(
                Row(
                    practice.id,
                    texts,
                    sort,
                    "\n".join((*texts, practice.summary, practice.location)).lower(),
                    tooltips={0: practice.summary},
                    tags={"domain": practice.domain_id},
                )
            )
        return rows

    def refresh_filters(self, view: PlanView) -> None:
        self.fill_combo(
            self.domain,
            self.tr("All domains"),
            [(t.id, t.label(self.context.lang)) for t in view.vocabulary("domain")],
        )

    def accept(self) -> Callable[[Row], bool] | None:
        domain = self.domain.currentData()
        if domain is ANY:
            return None
        return lambda row: bool(row.tags["domain"] == domain)

    def item_path(self) -> str:
        if self._current is None:
            return ""
        practice = self.context.view().practices.get(self._current[1])
        return practice.title(self.context.lang) if practice else ""

    def add_context_actions(self, menu: QMenu, editable: bool) -> None:
        menu.addAction(self.tr("New promising practice…"), self.new_item).setEnabled(editable)
