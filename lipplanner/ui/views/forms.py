"""The detail forms of each kind of item: priority, objective, action, partner,
body (council, working group) and promising practice."""

from __future__ import annotations

import html
import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.periods import Period
from lipplanner.core.progress import action_percent
from lipplanner.core.services import narratives
from lipplanner.core.services import plan_view as pv
from lipplanner.core.services.plan_view import PlanView
from lipplanner.ui import labels
from lipplanner.ui.i18n import editable_number, format_amount, format_period
from lipplanner.ui.models.table import Column, Row, RowTableModel
from lipplanner.ui.style import date_text, percent_text, status_swatch
from lipplanner.ui.undo import FunctionCommand, push_command
from lipplanner.ui.views.contacts import ContactsEditor
from lipplanner.ui.views.form import ItemForm, MoneyField, YearField
from lipplanner.ui.views.progress_common import percent_problem, status_percent_warning
from lipplanner.ui.widgets.fields import (
    CheckListField,
    ChoiceField,
    DateField,
    LineField,
    PercentField,
    PickerField,
    TextField,
)

_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]*$")

# The progress history column that stretches: who reported the update.
HISTORY_BY_COLUMN = 3


def _none(text: str) -> tuple[None, str]:
    return (None, text)


class _CodedForm(ItemForm):
    """Priorities, objectives and actions share a code and bilingual titles."""

    def add_code_and_titles(self, form: Any) -> None:
        self.add_field(form, "code", self.tr("&Code:"), LineField(placeholder="A1.2"))
        self.add_field(form, "title_en", self.tr("&Title:"), LineField())
        self.add_field(
            form,
            "title_fr",
            self.tr("Title (&French):"),
            LineField(placeholder=self.tr("Optional: the French title")),
        )

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        code = str(self.value("code")).strip()
        if not code:
            problems["code"] = self.tr("A code is required.")
        elif len(code) > 20 or not _CODE_RE.match(code):
            problems["code"] = self.tr(
                "Use only letters, digits, dots, dashes and underscores (like A1.2)."
            )
        if not str(self.value("title_en")).strip():
            problems["title_en"] = self.tr("A title is required.")
        elif len(str(self.value("title_en"))) > 200:
            problems["title_en"] = self.tr("At most 200 characters.")
        return problems

    def _rollup_text(self, view: PlanView, rollup: Any) -> str:
        status = view.status_by_key(rollup.status_key) if rollup.status_key else None
        parts = [
            self.tr("%n action(s)", "", rollup.actions),
            self.tr("%s complete") % percent_text(rollup.percent),
        ]
        if status:
            parts.append(status.label(self.context.lang))
        if rollup.overdue:
            parts.append(self.tr("%d overdue") % rollup.overdue)
        if rollup.stale:
            parts.append(self.tr("%d without an update this period") % rollup.stale)
        return " · ".join(parts)


class PriorityForm(_CodedForm):
    entity = "priority"

    def build(self) -> None:
        form = self.add_page(self.tr("Priority"))
        self.add_code_and_titles(form)
        self.domain = self.add_field(form, "domain_id", self.tr("&Domain:"), ChoiceField())
        self.body = self.add_field(form, "body_id", self.tr("&Owned by:"), ChoiceField())
        self.add_field(form, "description", self.tr("D&escription:"), TextField(lines=6))
        self._build_narrative()

    def _build_narrative(self) -> None:
        """A page of its own, saved on its own: the story of the priority for the period
        on screen, which the funder report's Summary prints."""
        form = self.add_page(self.tr("Report narrative"))
        self.narrative_help = QLabel()
        self.narrative_help.setWordWrap(True)
        form.addRow(self.narrative_help)
        self.narrative = TextField(lines=6)
        self.narrative.setObjectName("narrative")
        self.narrative.setAccessibleName(self.tr("Narrative"))
        form.addRow(self.tr("&Narrative:"), self.narrative)
        self.narrative_lang = ChoiceField()
        self.narrative_lang.setObjectName("narrative_lang")
        self.narrative_lang.set_choices([("en", self.tr("English")), ("fr", self.tr("French"))])
        form.addRow(self.tr("Written in:"), self.narrative_lang)
        self.narrative_save = QPushButton(self.tr("Save narrative"))
        self.narrative_save.setObjectName("narrative_save")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.narrative_save)
        form.addRow(row)
        self._narrative_stored = narratives.Narrative()
        self.narrative.edited.connect(self._narrative_edited)
        self.narrative_lang.edited.connect(self._narrative_edited)
        self.narrative_save.clicked.connect(self.save_narrative)
        # A bound method, not a lambda: Qt drops it with the form when a language switch
        # rebuilds the window.
        self.context.period_changed.connect(self._period_changed)

    def _period_changed(self, _period: object) -> None:
        self._load_narrative()

    def _narrative_now(self) -> narratives.Narrative:
        return narratives.Narrative(
            self.narrative.value().strip(), str(self.narrative_lang.value() or "en")
        )

    def _narrative_edited(self) -> None:
        editable = self.item_id is not None and not self.context.read_only
        self.narrative_save.setEnabled(editable and self._narrative_now() != self._narrative_stored)

    def _load_narrative(self) -> None:
        period = self.context.period
        self.narrative_help.setText(
            self.tr(
                "What happened under this priority in %1, in your words. The progress "
                "report’s Summary prints it; without one, it quotes the actions’ reports."
            ).replace("%1", format_period(period))
        )
        if self.item_id is None:
            return
        stored = narratives.get_narrative(self.context.db, self.item_id, period)
        if not stored.text:
            stored = narratives.Narrative("", self.context.lang)
        self._narrative_stored = stored
        self.narrative.set_value(stored.text)
        self.narrative_lang.set_value(stored.lang)
        self._narrative_edited()

    def save_narrative(self) -> bool:
        """Save the narrative as one undoable change; True when saved."""
        if self.item_id is None or self.context.read_only:
            return False
        wanted, before = self._narrative_now(), self._narrative_stored
        if wanted == before:
            return True
        db, priority_id, period = self.context.db, self.item_id, self.context.period

        def write(narrative: narratives.Narrative) -> None:
            narratives.set_narrative(db, priority_id, period, narrative)

        command = FunctionCommand(
            self.context,
            self.tr("Change the narrative of %s") % self.item_label(),
            lambda: write(wanted),
            lambda: write(before),
        )
        error = push_command(self.context, command)
        if error is not None:
            self.message.show_message(str(error))
            return False
        self._load_narrative()
        return True

    def refresh_choices(self, view: PlanView) -> None:
        lang = self.context.lang
        self.domain.set_choices(
            [_none(self.tr("(none)")), *((t.id, t.label(lang)) for t in view.vocabulary("domain"))]
        )
        self.body.set_choices(
            [_none(self.tr("(none)")), *((b.id, b.name(lang)) for b in view.bodies.values())]
        )

    def show_item(self, view: PlanView) -> None:
        priority = view.priorities.get(self.item_id or 0)
        if priority is None:
            return
        self.heading.setText(
            self.tr("Priority %s — %s") % (priority.code, priority.title(self.context.lang))
        )
        self.subheading.setText(self._rollup_text(view, view.rollup_priority(priority.id)))
        self._load_narrative()


class ObjectiveForm(_CodedForm):
    entity = "objective"

    def build(self) -> None:
        form = self.add_page(self.tr("Objective"))
        self.add_code_and_titles(form)
        self.level = self.add_field(
            form, "outcome_level", self.tr("Outcome &level:"), ChoiceField()
        )
        self.level.set_choices(list(labels.outcome_levels().items()))
        self.add_field(form, "description", self.tr("D&escription:"), TextField(lines=6))

    def show_item(self, view: PlanView) -> None:
        objective = view.objectives.get(self.item_id or 0)
        if objective is None:
            return
        priority = view.priorities.get(objective.priority_id)
        self.heading.setText(
            self.tr("Objective %s — %s") % (objective.code, objective.title(self.context.lang))
        )
        where = self.tr("Under %s") % priority.code if priority else ""
        self.subheading.setText(
            " · ".join(
                filter(None, [where, self._rollup_text(view, view.rollup_objective(objective.id))])
            )
        )


class ActionForm(_CodedForm):
    entity = "action"

    def build(self) -> None:
        form = self.add_page(self.tr("Action"))
        self.add_code_and_titles(form)
        self.status = self.add_field(form, "status_id", self.tr("&Status:"), ChoiceField())
        self.status.setToolTip(
            self.tr("The status set on the action; progress updates report newer ones")
        )
        self.add_field(form, "percent_complete", self.tr("&Percent complete:"), PercentField())
        # Under both fields: what the plan shows, and the rule when it is not these values.
        self.reported = QLabel(self)
        self.reported.setWordWrap(True)
        self.reported.setEnabled(False)
        form.addRow("", self.reported)
        self.add_field(form, "start_date", self.tr("S&tart:"), DateField())
        self.add_field(form, "end_date", self.tr("&End:"), DateField())
        self.lead = self.add_field(
            form, "lead_partner_id", self.tr("&Lead partner:"), PickerField()
        )
        self.lead.setToolTip(self.tr("Type part of a name to find the partner"))
        self.body = self.add_field(form, "body_id", self.tr("&Working group:"), ChoiceField())
        self.add_field(form, "description", self.tr("D&escription:"), TextField(lines=4))
        self.add_field(form, "planned_outputs", self.tr("Planned o&utputs:"), TextField(lines=3))
        zero = format_amount(0)
        self.add_field(form, "budget", self.tr("&Budget ($):"), MoneyField(placeholder=zero))
        self.add_field(
            form, "in_kind", self.tr("&In-kind value ($):"), MoneyField(placeholder=zero)
        )

        # Partner names and characteristics are long: the lists take the panel's width.
        links = self.add_page(self.tr("Partners && tags"), labels_above=True)
        self.supporting = self.add_field(
            links,
            "supporting_partners",
            self.tr("Supporting &partners:"),
            CheckListField(rows=7),
            link=True,
        )
        self.tags = self.add_field(
            links,
            "characteristics",
            self.tr("Welcoming-community &characteristics:"),
            CheckListField(rows=7),
            link=True,
        )

        history_page = QWidget()
        self.history_model = RowTableModel(
            [
                Column("period", self.tr("Period")),
                Column("status", self.tr("Status")),
                Column("percent", self.tr("Done"), numeric=True),
                Column("by", self.tr("Reported by")),
                Column("on", self.tr("Date")),
                Column("outputs", self.tr("Outputs")),
                Column("successes", self.tr("Successes")),
                Column("challenges", self.tr("Challenges")),
                Column("next", self.tr("Next steps")),
            ],
            self,
        )
        self.history = QTableView(history_page)
        self.history.setModel(self.history_model)
        self.history.setAccessibleName(self.tr("Progress history"))
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setWordWrap(False)
        self.history.setAlternatingRowColors(True)
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Period, status and percent as wide as what they show; the reporter's name
        # takes what is left of the panel, elided (its tooltip has it whole, with the
        # date), so the table never scrolls sideways in a laptop-sized panel. The date
        # and the narrative are read below the table: in French, period, "Préoccupations
        # importantes" and a date left the name no room at all.
        header = self.history.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HISTORY_BY_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.history.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column in range(HISTORY_BY_COLUMN + 1, 9):
            self.history.setColumnHidden(column, True)
        self.history_text = QTextBrowser(history_page)
        self.history_text.setAccessibleName(self.tr("The selected update"))
        self.history_text.setOpenLinks(False)
        self.history_empty = QLabel(self.tr("No progress reported yet."), history_page)
        history_layout = QVBoxLayout(history_page)
        history_layout.addWidget(self.history_empty)
        history_layout.addWidget(self.history, 2)
        history_layout.addWidget(self.history_text, 3)
        self.history.selectionModel().currentRowChanged.connect(self._show_update)
        self.tabs.addTab(history_page, self.tr("Progress history"))

    def refresh_choices(self, view: PlanView) -> None:
        lang = self.context.lang
        statuses = sorted(view.statuses.values(), key=lambda s: s.position)
        self.status.set_choices(
            [(s.id, s.label(lang)) for s in statuses], colours=[s.colour for s in statuses]
        )
        partners = sorted(view.partners.values(), key=lambda p: p.name(lang).lower())
        self.lead.set_choices(
            [_none(self.tr("(no lead partner)")), *((p.id, p.name(lang)) for p in partners)]
        )
        self.body.set_choices(
            [_none(self.tr("(none)")), *((b.id, b.name(lang)) for b in view.bodies.values())]
        )
        self.supporting.set_choices([(p.id, p.name(lang)) for p in partners])
        self.tags.set_choices([(t.id, t.label(lang)) for t in view.vocabulary("characteristic")])

    def check(self) -> dict[str, str]:
        problems = super().check()
        start, end = self.value("start_date"), self.value("end_date")
        if start and end and end < start:
            problems["end_date"] = self.tr("The end comes before the start.")
        lead = self.value("lead_partner_id")
        if lead is not None and lead in self.value("supporting_partners"):
            problems["supporting_partners"] = self.tr(
                "The lead partner cannot also be a supporting partner."
            )
        percent = percent_problem(self.value("percent_complete"))
        if percent:
            problems["percent_complete"] = percent
        for name in ("budget", "in_kind"):
            amount = self.value(name)
            if isinstance(amount, str):
                problems[name] = self.amount_hint()
            elif amount is not None and amount < 0:
                problems[name] = self.tr("An amount cannot be negative.")
        return problems

    def amount_hint(self) -> str:
        """What to type in an amount field: its examples are forms the field accepts."""
        example = Decimal("1500.50")
        return (
            self.tr("Type an amount like %1 or %2, with cents at most, or leave it empty.")
            .replace("%1", format_amount(example))
            .replace("%2", editable_number(example, 2))
        )

    def warnings(self) -> dict[str, str]:
        status = self.context.view().statuses.get(self.value("status_id"))
        if status is None:
            return {}
        doubt = status_percent_warning(status.kind, self.value("percent_complete"))
        return {"percent_complete": doubt} if doubt else {}

    def show_item(self, view: PlanView) -> None:
        action = view.actions.get(self.item_id or 0)
        if action is None:
            return
        lang = self.context.lang
        self.heading.setText(self.tr("Action %s — %s") % (action.code, action.title(lang)))
        objective = view.objectives.get(action.objective_id)
        priority = view.priorities.get(action.priority_id)
        path = " › ".join(
            x for x in (priority.code if priority else "", objective.code if objective else "") if x
        )
        health = view.health[action.id]
        flags = [self.tr("overdue")] if health.overdue else []
        if health.stale:
            flags.append(self.tr("no update this period"))
        self.subheading.setText(" · ".join([path, *flags]) if path else " · ".join(flags))
        latest = health.latest
        if latest is None:
            self.reported.setText(
                self.tr("No progress reported up to %s.") % format_period(view.period)
            )
        else:
            status = view.statuses.get(latest.status_id)
            same = (latest.status_id, latest.percent_complete) == (
                action.status_id,
                action.percent_complete,
            )
            # The plan's views show the latest report; say so where this form differs.
            text = (
                self.tr("Latest report (%1): %2.")
                if same
                else self.tr(
                    "The plan shows the latest report (%1): %2. The status and percent"
                    " above are the action's own and count only until an update is reported."
                )
            )
            # An ongoing activity has no percent, as in the Plan's Done column.
            shown = action_percent(status.info, latest.percent_complete) if status else None
            percent = "" if shown is None else percent_text(shown)
            where = ", ".join(x for x in (status.label(lang) if status else "", percent) if x)
            self.reported.setText(
                text.replace("%1", format_period(latest.period)).replace("%2", where)
            )
        self._fill_history(view)

    def _fill_history(self, view: PlanView) -> None:
        assert self.item_id is not None
        lang = self.context.lang
        rows = []
        for update in pv.action_history(self.context.db, self.item_id):
            status = view.statuses.get(update.status_id)
            texts = (
                format_period(Period(update.fiscal_year, update.quarter)),
                status.label(lang) if status else "",
                percent_text(update.percent_complete),
                update.reported_by,
                date_text(update.reported_on),
                update.outputs,
                update.successes,
                update.challenges,
                update.next_steps,
            )
            rows.append(
                Row(
                    update.id,
                    texts,
                    (
                        update.fiscal_year * 10 + update.quarter,
                        status.position if status else 0,
                        update.percent_complete,
                        update.reported_by.lower(),
                        update.reported_on.toordinal() if update.reported_on else 0,
                        *(t.lower() for t in texts[5:]),
                    ),
                    tooltips={HISTORY_BY_COLUMN: " · ".join(t for t in texts[3:5] if t)},
                    icons={1: status_swatch(status.colour)} if status else {},
                )
            )
        self.history_model.set_rows(rows)
        self.history_empty.setVisible(not rows)
        self.history.setVisible(bool(rows))
        self.history_text.setVisible(bool(rows))
        self.tabs.setTabText(2, self.tr("Progress history (%d)") % len(rows))
        if rows:
            self.history.setCurrentIndex(self.history_model.index(0, 0))
        else:
            self.history_text.clear()

    def _show_update(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The narrative of the chosen update, under the list of updates."""
        if not current.isValid():
            self.history_text.clear()
            return
        row = current.row()
        model = self.history_model
        period, status, percent = (
            html.escape(model.text(row, key)) for key in ("period", "status", "percent")
        )
        parts = [f"<h4>{period} — {status}, {percent}</h4>"]
        for key, title in (
            ("outputs", self.tr("Outputs achieved")),
            ("successes", self.tr("Successes")),
            ("challenges", self.tr("Challenges")),
            ("next", self.tr("Next steps")),
        ):
            text = model.text(row, key)
            if text:
                parts.append(f"<p><b>{html.escape(title)}</b><br>{html.escape(text)}</p>")
        who, when = model.text(row, "by").strip(), model.text(row, "on")
        if who:
            by = " · ".join(x for x in (who, when) if x)
            parts.append(f"<p><i>{html.escape(self.tr('Reported by %s') % by)}</i></p>")
        elif when:
            parts.append(f"<p><i>{html.escape(self.tr('Reported on %s') % when)}</i></p>")
        self.history_text.setHtml("".join(parts))


class PartnerForm(ItemForm):
    entity = "partner"

    def build(self) -> None:
        form = self.add_page(self.tr("Organisation"))
        self.add_field(form, "name_en", self.tr("&Name:"), LineField())
        self.add_field(
            form,
            "name_fr",
            self.tr("Name (&French):"),
            LineField(placeholder=self.tr("Optional: the French name")),
        )
        self.add_field(form, "acronym", self.tr("A&cronym:"), LineField())
        self.sector = self.add_field(form, "sector_id", self.tr("&Sector:"), ChoiceField())
        self.add_field(
            form,
            "languages",
            self.tr("&Languages of service:"),
            LineField(placeholder=self.tr("English, French, Arabic")),
        )
        self.add_field(form, "website", self.tr("&Website:"), LineField())
        self.add_field(form, "email", self.tr("E-&mail:"), LineField())
        self.add_field(form, "phone", self.tr("&Phone:"), LineField())
        self.add_field(form, "address", self.tr("A&ddress:"), TextField(lines=2))
        self.add_field(form, "notes", self.tr("N&otes:"), TextField(lines=3))
        self.roles = QLabel(self)
        self.roles.setWordWrap(True)
        form.addRow(self.tr("In the plan:"), self.roles)
        self.contacts = ContactsEditor(self.context, self)
        self.tabs.addTab(self.contacts, self.tr("Contacts"))

    def refresh_choices(self, view: PlanView) -> None:
        self.sector.set_choices(
            [
                _none(self.tr("(none)")),
                *((t.id, t.label(self.context.lang)) for t in view.vocabulary("sector")),
            ]
        )

    def check(self) -> dict[str, str]:
        name = str(self.value("name_en")).strip()
        if not name:
            return {"name_en": self.tr("A name is required.")}
        taken = {
            p.name_en.lower() for p in self.context.view().partners.values() if p.id != self.item_id
        }
        if " ".join(name.split()).lower() in taken:
            return {"name_en": self.tr("Another partner already has this name.")}
        email = str(self.value("email")).strip()
        if email and "@" not in email:
            return {"email": self.tr("This does not look like an e-mail address.")}
        return {}

    def item_label(self) -> str:
        return str(self._stored.get("name_en", ""))

    def show_item(self, view: PlanView) -> None:
        partner = view.partners.get(self.item_id or 0)
        if partner is None:
            return
        self.heading.setText(partner.name(self.context.lang))
        self.subheading.setText(view.term_label(partner.sector_id, self.context.lang))
        self.contacts.show_partner(partner.id, partner.name(self.context.lang), partner.contacts)
        self.tabs.setTabText(1, self.tr("Contacts (%d)") % len(partner.contacts))
        led = [view.actions[a].code for a in view.led_by.get(partner.id, [])]
        supported = [view.actions[a].code for a in view.supported_by.get(partner.id, [])]
        self.roles.setText(
            self.tr("Leads: %s\nSupports: %s")
            % (", ".join(led) or self.tr("none"), ", ".join(supported) or self.tr("none"))
        )


class BodyForm(ItemForm):
    entity = "body"

    def build(self) -> None:
        form = self.add_page(self.tr("Working group or committee"))
        self.add_field(form, "name_en", self.tr("&Name:"), LineField())
        self.add_field(
            form,
            "name_fr",
            self.tr("Name (&French):"),
            LineField(placeholder=self.tr("Optional: the French name")),
        )
        self.kind = self.add_field(form, "kind", self.tr("&Kind:"), ChoiceField())
        self.kind.set_choices(list(labels.body_kinds().items()))
        self.parent_body = self.add_field(form, "parent_id", self.tr("&Part of:"), ChoiceField())
        self.add_field(form, "mandate", self.tr("&Mandate:"), TextField(lines=4))
        self.members = self.add_field(
            form,
            "body_members",
            self.tr("M&embers:"),
            CheckListField(rows=8),
            link=True,
            wide=True,  # partner names are long
        )

    def refresh_choices(self, view: PlanView) -> None:
        lang = self.context.lang
        self.parent_body.set_choices(
            [
                _none(self.tr("(none)")),
                *((b.id, b.name(lang)) for b in view.bodies.values() if b.id != self.item_id),
            ]
        )
        partners = sorted(view.partners.values(), key=lambda p: p.name(lang).lower())
        self.members.set_choices([(p.id, p.name(lang)) for p in partners])

    def load(self, item_id: int) -> None:
        self.item_id = item_id
        self._choices_stale = True  # a body cannot be part of itself: refill the parents
        super().load(item_id)

    def check(self) -> dict[str, str]:
        return (
            {}
            if str(self.value("name_en")).strip()
            else {"name_en": self.tr("A name is required.")}
        )

    def item_label(self) -> str:
        return str(self._stored.get("name_en", ""))

    def show_item(self, view: PlanView) -> None:
        body = view.bodies.get(self.item_id or 0)
        if body is None:
            return
        self.heading.setText(body.name(self.context.lang))
        led = [a.code for a in view.actions.values() if a.body_id == body.id]
        self.subheading.setText(
            labels.body_kinds().get(body.kind, body.kind)
            + " · "
            + self.tr("%n member(s)", "", len(body.member_ids))
            + (" · " + self.tr("responsible for %s") % ", ".join(sorted(led)) if led else "")
        )


class PracticeForm(ItemForm):
    entity = "practice"
    lists_actions = True  # the actions a practice inspired

    def build(self) -> None:
        form = self.add_page(self.tr("Practice"))
        self.add_field(form, "title_en", self.tr("&Title:"), LineField())
        self.add_field(
            form,
            "title_fr",
            self.tr("Title (&French):"),
            LineField(placeholder=self.tr("Optional: the French title")),
        )
        self.add_field(form, "summary", self.tr("&Summary:"), TextField(lines=4))
        self.add_field(form, "location", self.tr("&Where:"), LineField())
        self.add_field(form, "organisation", self.tr("&By whom:"), LineField())
        self.domain = self.add_field(form, "domain_id", self.tr("&Domain:"), ChoiceField())
        self.practice_type = self.add_field(form, "type_id", self.tr("T&ype:"), ChoiceField())
        self.evidence = self.add_field(form, "evidence_id", self.tr("&Evidence:"), ChoiceField())
        self.adoption = self.add_field(
            form, "adoption_status", self.tr("&Adoption:"), ChoiceField()
        )
        self.adoption.set_choices(list(labels.adoption_statuses().items()))
        more = self.add_page(self.tr("Results && source"))
        self.add_field(more, "results", self.tr("&Results:"), TextField(lines=4))
        self.add_field(more, "transferability", self.tr("T&ransferability:"), TextField(lines=3))
        self.add_field(more, "source_title", self.tr("&Source:"), LineField())
        self.add_field(more, "source_url", self.tr("Source &link:"), LineField())
        self.add_field(more, "source_year", self.tr("Source &year:"), YearField())
        links = self.add_page(self.tr("Informs"), labels_above=True)
        self.priorities = self.add_field(
            links, "practice_priorities", self.tr("&Priorities:"), CheckListField(rows=5), link=True
        )
        self.linked_actions = self.add_field(
            links, "practice_actions", self.tr("&Actions:"), CheckListField(rows=8), link=True
        )

    def refresh_choices(self, view: PlanView) -> None:
        lang = self.context.lang
        none = _none(self.tr("(none)"))
        for editor, vocabulary in (
            (self.domain, "domain"),
            (self.practice_type, "practice_type"),
            (self.evidence, "evidence_level"),
        ):
            editor.set_choices(
                [none, *((t.id, t.label(lang)) for t in view.vocabulary(vocabulary))]
            )
        self.priorities.set_choices(
            [(p.id, f"{p.code} {p.title(lang)}") for p in view.ordered_priorities]
        )
        self.linked_actions.set_choices(
            [(a.id, f"{a.code} {a.title(lang)}") for a in view.ordered_actions]
        )

    def check(self) -> dict[str, str]:
        problems = {}
        if not str(self.value("title_en")).strip():
            problems["title_en"] = self.tr("A title is required.")
        year = self.value("source_year")
        if isinstance(year, str) or (year is not None and not 1900 <= year <= 2100):
            problems["source_year"] = self.tr("Type a year like 2019, or leave it empty.")
        return problems

    def item_label(self) -> str:
        return str(self._stored.get("title_en", ""))

    def show_item(self, view: PlanView) -> None:
        practice = view.practices.get(self.item_id or 0)
        if practice is None:
            return
        self.heading.setText(practice.title(self.context.lang))
        self.subheading.setText(
            " · ".join(x for x in (practice.organisation, practice.location) if x)
        )
