"""Creating, deleting and moving items, shared by menus, toolbars, context menus and
keyboard shortcuts: ask what is needed, push one undo command, report refusals."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lipplanner.core.errors import UserError
from lipplanner.core.services.plan_view import PlanView
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs.editing import (
    ChooseItemDialog,
    ConfirmDeleteDialog,
    DeletePartnerDialog,
    NewItemDialog,
)
from lipplanner.ui.labels import kinds
from lipplanner.ui.undo import CreateCommand, DeleteCommand, MoveCommand, push_command


def tr(text: str) -> str:
    return QCoreApplication.translate("operations", text)


# --- codes ---------------------------------------------------------------------------------


def _number_in(code: str) -> str:
    """The numbering a child code inherits: "P1" → "1", "O1.2" → "1"."""
    match = re.search(r"(\d+)", code)
    return match.group(1) if match else ""


def _next_code(prefix: str, taken: Iterable[str]) -> str:
    """The next free code after the highest `prefix<n>` in use: P6 → P7, A1.4 → A1.5."""
    taken_lower = {t.lower() for t in taken}
    pattern = re.compile(re.escape(prefix) + r"(\d+)$", re.IGNORECASE)
    numbers = [int(m.group(1)) for t in taken if (m := pattern.match(t))]
    n = max(numbers, default=0) + 1
    while f"{prefix}{n}".lower() in taken_lower:
        n += 1
    return f"{prefix}{n}"


def suggest_code(view: PlanView, kind: str, parent_id: int | None = None) -> str:
    """A code following the plan's numbering: P7, O1.3 under P1, A1.5 under an objective of P1."""
    if kind == "priority":
        return _next_code("P", [p.code for p in view.priorities.values()])
    if kind == "objective":
        priority = view.priorities.get(parent_id or 0)
        number = _number_in(priority.code) if priority else ""
        taken = [o.code for o in view.objectives.values()]
        return _next_code(f"O{number}." if number else "O", taken)
    objective = view.objectives.get(parent_id or 0)
    priority = view.priorities.get(objective.priority_id) if objective else None
    number = _number_in(priority.code) if priority else ""
    return _next_code(f"A{number}." if number else "A", [a.code for a in view.actions.values()])


# --- creating ------------------------------------------------------------------------------


def _report(parent: QWidget | None, error: UserError | None) -> bool:
    if error is not None:
        QMessageBox.warning(parent, tr("Not saved"), error.message)
        return False
    return True


def create_item(
    parent: QWidget | None, context: PlanContext, kind: str, parent_id: int | None = None
) -> int | None:
    """Ask for the essentials of a new item and add it; returns its id."""
    view = context.view()
    values: dict[str, object]
    if kind == "priority":
        code: str | None = suggest_code(view, kind)
        answer = NewItemDialog.ask(
            parent,
            tr("New priority"),
            code=code,
            name_label=tr("Title"),
            taken_codes=[p.code for p in view.priorities.values()],
        )
        values = {"plan_id": view.plan.id}
    elif kind == "objective":
        if parent_id is None:
            return None
        answer = NewItemDialog.ask(
            parent,
            tr("New objective under %s") % view.priorities[parent_id].code,
            code=suggest_code(view, kind, parent_id),
            name_label=tr("Title"),
            taken_codes=[o.code for o in view.objectives.values()],
        )
        values = {"priority_id": parent_id}
    elif kind == "action":
        if parent_id is None:
            return None
        first_status = min(view.statuses.values(), key=lambda s: s.position)
        answer = NewItemDialog.ask(
            parent,
            tr("New action under %s") % view.objectives[parent_id].code,
            code=suggest_code(view, kind, parent_id),
            name_label=tr("Title"),
            taken_codes=[a.code for a in view.actions.values()],
        )
        values = {"objective_id": parent_id, "status_id": first_status.id}
    elif kind == "partner":
        answer = NewItemDialog.ask(
            parent,
            tr("New partner"),
            code=None,
            name_label=tr("Organisation name"),
            taken_names=[p.name_en for p in view.partners.values()],
        )
        values = {}
    elif kind == "body":
        answer = NewItemDialog.ask(
            parent, tr("New working group or committee"), code=None, name_label=tr("Name")
        )
        values = {"kind": "working_group", "parent_id": parent_id}
    elif kind == "practice":
        answer = NewItemDialog.ask(
            parent, tr("New promising practice"), code=None, name_label=tr("Title")
        )
        values = {}
    else:
        raise ValueError(kind)
    if answer is None:
        return None
    if kind in ("priority", "objective", "action"):
        values.update(code=answer.code, title_en=answer.name)
        label = answer.code
    elif kind in ("partner", "body"):
        values["name_en"] = answer.name
        label = answer.name
    else:
        values["title_en"] = answer.name
        label = answer.name
    command = CreateCommand(context, kind, values, tr("Add %s %s") % (kinds()[kind], label))
    if not _report(parent, push_command(context, command)):
        return None
    return command.item_id


# --- deleting ------------------------------------------------------------------------------


def describe_item(context: PlanContext, kind: str, item_id: int) -> str:
    """What a message calls the item: "action A1.2", "partner Riverside City"."""
    return f"{kinds()[kind]} {_label(context.view(), kind, item_id, context.lang)}"


def _label(view: PlanView, kind: str, item_id: int, lang: str) -> str:
    if kind == "priority":
        return view.priorities[item_id].code
    if kind == "objective":
        return view.objectives[item_id].code
    if kind == "action":
        return view.actions[item_id].code
    if kind == "partner":
        return view.partners[item_id].name(lang)
    if kind == "body":
        return view.bodies[item_id].name(lang)
    return view.practices[item_id].title(lang)


def _describe(found: dict[str, int]) -> str:
    return ", ".join(_count(kind, n) for kind, n in found.items())


def _count(kind: str, n: int) -> str:
    """Say "2 actions" or "1 contact": one literal per kind, each with its plural forms."""
    words = {
        "objectives": lambda: QCoreApplication.translate("operations", "%n objective(s)", "", n),
        "actions": lambda: QCoreApplication.translate("operations", "%n action(s)", "", n),
        "indicators": lambda: QCoreApplication.translate("operations", "%n indicator(s)", "", n),
        "progress updates": lambda: QCoreApplication.translate(
            "operations", "%n progress update(s)", "", n
        ),
        "actions led": lambda: QCoreApplication.translate(
            "operations", "%n action(s) it leads", "", n
        ),
        "actions supported": lambda: QCoreApplication.translate(
            "operations", "%n action(s) it supports", "", n
        ),
        "contacts": lambda: QCoreApplication.translate("operations", "%n contact(s)", "", n),
        "sub-bodies": lambda: QCoreApplication.translate(
            "operations", "%n working group(s) or committee(s) under it", "", n
        ),
        "priorities": lambda: QCoreApplication.translate(
            "operations", "%n priority(ies) it owns", "", n
        ),
        "values": lambda: QCoreApplication.translate("operations", "%n value(s)", "", n),
    }
    text = words.get(kind)
    return text() if text is not None else f"{n} {kind}"


def delete_item(parent: QWidget | None, context: PlanContext, kind: str, item_id: int) -> bool:
    """Delete an item, first explaining what it takes with it and offering the choice."""
    from lipplanner.core.services import editing

    view = context.view()
    lang = context.lang
    label = _label(view, kind, item_id, lang)
    found = editing.dependents(context.db, kind, item_id)
    options: dict[str, object] = {}
    if kind == "partner" and found.get("actions led"):
        led = [view.actions[a].code for a in view.led_by.get(item_id, [])]
        others = sorted(
            ((p.id, p.name(lang)) for p in view.partners.values() if p.id != item_id),
            key=lambda pair: pair[1].lower(),
        )
        choice = DeletePartnerDialog.ask(
            parent, label, led, others, found.get("actions supported", 0)
        )
        if choice is None:
            return False
        if choice.reassign_to is None:
            options["clear_lead"] = True
        else:
            options["reassign_to"] = choice.reassign_to
    elif kind in ("priority", "objective", "action", "body") and found:
        confirmed = ConfirmDeleteDialog.ask(
            parent,
            tr("Delete %s") % kinds()[kind],
            tr("Delete %s %s and everything in it?") % (kinds()[kind], label),
            tr("This also deletes %s. You can undo it with Ctrl+Z.") % _describe(found)
            if kind != "body"
            else tr("It is linked to %s; those links are removed.") % _describe(found),
        )
        if not confirmed:
            return False
        if kind in ("priority", "objective"):
            options["cascade"] = True
    command = DeleteCommand(
        context, kind, item_id, tr("Delete %s %s") % (kinds()[kind], label), **options
    )
    return _report(parent, push_command(context, command))


# --- moving --------------------------------------------------------------------------------


def move_item(
    parent: QWidget | None,
    context: PlanContext,
    kind: str,
    item_id: int,
    parent_id: int | None,
    index: int,
) -> bool:
    view = context.view()
    label = _label(view, kind, item_id, context.lang)
    current_parent = {
        "priority": lambda: view.plan.id,
        "objective": lambda: view.objectives[item_id].priority_id,
        "action": lambda: view.actions[item_id].objective_id,
    }[kind]()
    if kind == "priority":
        parent_id = view.plan.id
    if parent_id == current_parent:
        text = tr("Reorder %s") % label
    else:
        assert parent_id is not None
        where = (
            view.priorities[parent_id].code
            if kind == "objective"
            else view.objectives[parent_id or 0].code
        )
        text = tr("Move %s to %s") % (label, where)
    command = MoveCommand(context, kind, item_id, parent_id, index, text)
    return _report(parent, push_command(context, command))


def move_to_parent(parent: QWidget | None, context: PlanContext, kind: str, item_id: int) -> bool:
    """ "Move to…": choose another objective (for an action) or priority (for an objective)."""
    view = context.view()
    lang = context.lang
    if kind == "action":
        current = view.actions[item_id].objective_id
        choices = [
            (o.id, f"{o.code} {o.title(lang)}")
            for p in view.ordered_priorities
            for o in view.objectives_of(p.id)
            if o.id != current
        ]
        label = tr("Objective:")
    elif kind == "objective":
        current = view.objectives[item_id].priority_id
        choices = [(p.id, f"{p.code} {p.title(lang)}") for p in view.ordered_priorities]
        choices = [c for c in choices if c[0] != current]
        label = tr("Priority:")
    else:
        return False
    if not choices:
        QMessageBox.information(parent, tr("Move"), tr("There is nowhere else to move it."))
        return False
    target = ChooseItemDialog.ask(
        parent, tr("Move %s") % _label(view, kind, item_id, lang), label, choices
    )
    if target is None:
        return False
    siblings = view.actions_of(target) if kind == "action" else view.objectives_of(target)
    return move_item(parent, context, kind, item_id, target, len(siblings))
