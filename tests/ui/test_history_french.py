"""History lines in French are French: kind, field, values and period all translated."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from lipplanner.core.db import PlanDatabase
from lipplanner.core.services import editing
from lipplanner.core.services.history import history
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.ui import i18n
from lipplanner.ui.history_words import HistoryWords, field_words, kind_words


def test_a_status_change_reads_in_french(qapp: QApplication, riverside: PlanDatabase) -> None:
    view = load_plan_view(riverside)
    action = next(a for a in view.ordered_actions if a.code == "A1.1")
    statuses = {s.key: s.id for s in view.statuses.values()}
    editing.update(riverside, "action", action.id, {"status_id": statuses["serious_concerns"]})
    entry = history(riverside, entity="action", entity_id=action.id, limit=1)[0]
    try:
        i18n.switch_language(qapp, "fr")
        line = HistoryWords(load_plan_view(riverside), "fr").sentence(entry)
    finally:
        i18n.switch_language(qapp, "en")
    assert line.startswith("Modification — action A1.1"), line
    assert "Statut" in line and "Préoccupations importantes" in line, line
    assert "Status" not in line and "Serious concerns" not in line, line


def test_every_kind_and_field_the_core_names_has_a_translatable_word() -> None:
    from lipplanner.core.services.history import LINK_FIELDS, ROLLOVER_FIELDS, VALUE_FIELDS
    from lipplanner.core.services.specs import ENTITIES

    words = field_words()
    labels = {f.label for spec in ENTITIES.values() for f in spec.fields}
    labels |= {label for label, _ in LINK_FIELDS.values()} | set(ROLLOVER_FIELDS.values())
    labels |= set(VALUE_FIELDS.values())
    assert labels <= set(words)
    assert set(ENTITIES) <= set(kind_words())
