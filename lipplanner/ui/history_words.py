"""History lines in the interface language.

The core hands over each change as facts (operation, entity, field, old and new stored
values) with English names beside them for the command line; here they become a
sentence through tr(): kinds and field names translated, statuses, terms, partners and
plan items named in the interface language from the plan as it is now, periods and
fiscal years written the way every view writes them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from lipplanner.core.periods import Period
from lipplanner.core.services.history import YEAR_FIELDS, HistoryEntry, field_label, ref_table
from lipplanner.core.services.plan_view import PlanView
from lipplanner.ui import labels
from lipplanner.ui.i18n import format_fiscal_year, format_number, format_percent, format_period

# How the core names a progress update or an indicator value: its period, "2026-27 Q3".
_ROW_PERIOD = re.compile(r"^(\d{4})-\d{2}(?: Q([1-4]))?$")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("HistoryWords", text, disambiguation, n)


def kind_words() -> dict[str, str]:
    """Every kind of item the history records, as named in a sentence."""
    return {
        "partnership": tr("partnership"),
        "plan": tr("plan"),
        "body": tr("working group or committee"),
        "partner": tr("partner"),
        "contact": tr("contact"),
        "priority": tr("priority"),
        "objective": tr("objective"),
        "action": tr("action"),
        "indicator": tr("indicator"),
        "practice": tr("promising practice"),
        "progress_update": tr("progress update"),
        "status": tr("status"),
        "term": tr("list entry"),
        "indicator_value": tr("indicator value"),
        "priority_narrative": tr("priority narrative"),
    }


def field_words() -> dict[str, str]:
    """The core's English field labels, translated (keyed by the English label)."""
    return {
        "Acronym": tr("Acronym"),
        "Acronym (French)": tr("Acronym (French)"),
        "Action": tr("Action"),
        "Actions": tr("Actions"),
        "Address": tr("Address"),
        "Adoption status": tr("Adoption status"),
        "Agreement holder": tr("Agreement holder"),
        "Approval date": tr("Approval date"),
        "Baseline": tr("Baseline"),
        "Baseline date": tr("Baseline date"),
        "Budget": tr("Budget"),
        "By whom": tr("By whom"),
        "Catchment area": tr("Catchment area"),
        "Challenges": tr("Challenges"),
        "Closing year": tr("Closing year"),
        "Code": tr("Code"),
        "Colour": tr("Colour"),
        "Contact name": tr("Contact name"),
        "Coordinator": tr("Coordinator"),
        "Data source": tr("Data source"),
        "Definition": tr("Definition"),
        "Definition (French)": tr("Definition (French)"),
        "Description": tr("Description"),
        "Direction": tr("Direction"),
        "Domain": tr("Domain"),
        "E-mail": tr("E-mail"),
        "End date": tr("End date"),
        "Evidence level": tr("Evidence level"),
        "First fiscal year": tr("First fiscal year"),
        "Fiscal year": tr("Fiscal year"),
        "Frequency": tr("Frequency"),
        "In-kind value": tr("In-kind value"),
        "Indicator": tr("Indicator"),
        "Indicator (French)": tr("Indicator (French)"),
        "Kind": tr("Kind"),
        "LIP name": tr("LIP name"),
        "LIP name (French)": tr("LIP name (French)"),
        "Languages of service": tr("Languages of service"),
        "Last fiscal year": tr("Last fiscal year"),
        "Lead partner": tr("Lead partner"),
        "List": tr("List"),
        "Main contact": tr("Main contact"),
        "Mandate": tr("Mandate"),
        "Meaning": tr("Meaning"),
        "Members": tr("Members"),
        "Name": tr("Name"),
        "Name (French)": tr("Name (French)"),
        "Next steps": tr("Next steps"),
        "Note": tr("Note"),
        "Notes": tr("Notes"),
        "Objective": tr("Objective"),
        "Organisation": tr("Organisation"),
        "Organisation name": tr("Organisation name"),
        "Organisation name (French)": tr("Organisation name (French)"),
        "Outcome level": tr("Outcome level"),
        "Outputs achieved": tr("Outputs achieved"),
        "Owned by": tr("Owned by"),
        "Part of": tr("Part of"),
        "Percent complete": tr("Percent complete"),
        "Phone": tr("Phone"),
        "Plan": tr("Plan"),
        "Plan status": tr("Plan status"),
        "Plan title": tr("Plan title"),
        "Plan title (French)": tr("Plan title (French)"),
        "Planned outputs": tr("Planned outputs"),
        "Position": tr("Position"),
        "Priorities": tr("Priorities"),
        "Priority": tr("Priority"),
        "Quarter": tr("Quarter"),
        "Report date": tr("Report date"),
        "Recorded on": tr("Recorded on"),
        "Reported by": tr("Reported by"),
        "Results": tr("Results"),
        "Role": tr("Role"),
        "Sector": tr("Sector"),
        "Severity": tr("Severity"),
        "Source": tr("Source"),
        "Source link": tr("Source link"),
        "Source year": tr("Source year"),
        "Start date": tr("Start date"),
        "Status": tr("Status"),
        "Status name": tr("Status name"),
        "Status name (French)": tr("Status name (French)"),
        "Successes": tr("Successes"),
        "Summary": tr("Summary"),
        "Supporting partners": tr("Supporting partners"),
        "Target": tr("Target"),
        "Target date": tr("Target date"),
        "Title": tr("Title"),
        "Title (French)": tr("Title (French)"),
        "Transferability": tr("Transferability"),
        "Type": tr("Type"),
        "Unit": tr("Unit"),
        "Value": tr("Value"),
        "Vision": tr("Vision"),
        "Website": tr("Website"),
        "Welcoming-community characteristics": tr("Welcoming-community characteristics"),
        "Where": tr("Where"),
        "Working group": tr("Working group"),
        "Year carried over": tr("Year carried over"),
        "Year in effect": tr("Year in effect"),
    }


def _choice_words() -> dict[str, dict[str, str]]:
    from lipplanner.ui.views.indicators import direction_label, frequency_label

    return {
        "outcome_level": labels.outcome_levels(),
        "adoption_status": labels.adoption_statuses(),
        "direction": {k: direction_label(k) for k in ("increase", "decrease", "maintain")},
        "frequency": {
            k: frequency_label(k) for k in ("quarterly", "semi-annual", "annual", "once")
        },
    }


class HistoryWords:
    """Phrases history entries for one plan view in one language."""

    def __init__(self, view: PlanView | None, lang: str) -> None:
        self.view = view
        self.lang = lang
        self.kinds = kind_words()
        self.fields = field_words()
        self.choices = _choice_words()
        self.empty = tr("(empty)")

    # -- names -----------------------------------------------------------------------
    def name(self, table: str, row_id: int | None, fallback: str = "") -> str:
        """An item's name in the interface language, while the plan still has it."""
        view, lang = self.view, self.lang
        if view is None or row_id is None:
            return fallback
        titled: dict[str, Mapping[int, Any]] = {
            "priority": view.priorities,
            "objective": view.objectives,
            "action": view.actions,
            "practice": view.practices,
        }
        if table in titled and row_id in titled[table]:
            item = titled[table][row_id]
            return f"{getattr(item, 'code', '')} {item.title(lang)}".strip()
        if table == "indicator" and row_id in view.indicators:
            indicator = view.indicators[row_id]
            return f"{indicator.code} {indicator.name(lang)}".strip()
        if table == "partner" and row_id in view.partners:
            return view.partner_name(row_id, lang)
        if table == "body" and row_id in view.bodies:
            return view.body_name(row_id, lang)
        if table == "status" and row_id in view.statuses:
            return view.statuses[row_id].label(lang)
        if table == "term" and row_id in view.terms:
            return view.term_label(row_id, lang)
        return fallback

    def item(self, entry: HistoryEntry) -> str:
        """ "action A1.2 Mentoring circles", "progress update Q3 2026-27 of action A1.2 …"."""
        kind = self.kinds.get(entry.entity, entry.kind)
        name = self.name(entry.entity, entry.entity_id, entry.item)
        period = _ROW_PERIOD.match(name)
        if period is not None:
            quarter = int(period.group(2)) if period.group(2) else None
            name = format_period(Period(int(period.group(1)), quarter))
        text = f"{kind} {name}".strip()
        if entry.owner_entity:
            owner_kind = self.kinds.get(entry.owner_entity, entry.owner_entity)
            owner = self.name(entry.owner_entity, entry.owner_id, "")
            if not owner:  # gone since: the core's name for it
                owner = entry.owner.partition(" ")[2] if entry.owner else f"#{entry.owner_id}"
            text = tr("%1 of %2").replace("%1", text).replace("%2", f"{owner_kind} {owner}")
        return text

    def field(self, entry: HistoryEntry) -> str:
        english = entry.field_label or field_label(entry.entity, entry.field)
        return self.fields.get(english, english)

    def value(self, entry: HistoryEntry, stored: str | None, shown: str) -> str:
        """A stored value as the interface language says it ("" when there was none)."""
        if stored is None or stored == "":
            return ""
        field = entry.field
        target = ref_table(entry.entity, field)
        if target is not None:
            ids = [int(p) for p in stored.split(",") if p.strip().isdigit()]
            names = [self.name(target, i, "") for i in ids]
            return ", ".join(names) if all(names) else shown
        if stored in ("true", "false"):
            return tr("Yes") if stored == "true" else tr("No")
        if field in YEAR_FIELDS and stored.isdigit():
            return format_fiscal_year(int(stored))
        if field == "percent_complete" and stored.isdigit():
            return format_percent(int(stored) / 100)
        if entry.entity == "indicator_value" and field == "value":
            return _number(stored, shown)
        if field == "quarter" and stored.isdigit():
            return tr("Q%1").replace("%1", stored)
        words = self.choices.get(field)
        if words and stored in words:
            return words[stored]
        if entry.entity == "body" and field == "kind":
            return labels.body_kinds().get(stored, shown)
        return shown

    # -- sentences -------------------------------------------------------------------
    def sentence(self, entry: HistoryEntry, *, full: bool = False) -> str:
        item = self.item(entry)
        if entry.operation == "insert":
            return tr("Added %1").replace("%1", item)
        if entry.along:
            item += " " + tr("(with %n item(s) under it)", "", entry.along)
        if entry.operation == "delete":
            return tr("Deleted %1").replace("%1", item)
        if entry.operation == "restore":
            return tr("Restored %1").replace("%1", item)
        old = self.value(entry, entry.old_value, entry.old_text) or self.empty
        new = self.value(entry, entry.new_value, entry.new_text) or self.empty
        if full and not (entry.old_text or entry.new_text):
            old, new = entry.old_value or self.empty, entry.new_value or self.empty
        return (
            tr("Changed %1 of %2 from %3 to %4")
            .replace("%1", self.field(entry))
            .replace("%2", item)
            .replace("%3", _one_line(old, full))
            .replace("%4", _one_line(new, full))
        )


def _number(stored: str, shown: str) -> str:
    """An actual value as the language writes numbers: 12, 1 234,5 (stored as "12.0")."""
    try:
        number = float(stored)
    except ValueError:
        return shown
    decimals = 0 if number.is_integer() else min(len(stored.partition(".")[2]), 4)
    return format_number(number, decimals)


def _one_line(text: str, full: bool) -> str:
    text = " ".join(text.split())
    return text if full or len(text) <= 80 else text[:77] + "…"
