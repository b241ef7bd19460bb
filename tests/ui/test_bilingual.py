"""The plan's names in the interface language, with the other language as fallback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.services.plan_view import PlanView, load_plan_view
from lipplanner.ui import i18n
from lipplanner.ui.bilingual import display_name, is_fallback, names_tooltip, other_language


@pytest.fixture
def view(riverside: PlanDatabase) -> PlanView:
    return load_plan_view(riverside, Period(2025, 2))


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.switch_language(qapp, "fr")
    yield
    i18n.switch_language(qapp, "en")


def test_every_kind_of_item_is_named_in_the_chosen_language(view: PlanView) -> None:
    priority = next(p for p in view.priorities.values() if p.code == "P1")
    assert display_name(priority, "en") == "Employment & labour market"
    assert display_name(priority, "fr") == "Emploi et marché du travail"
    partner = next(p for p in view.partners.values() if p.name_en == "Riverside City")
    assert display_name(partner, "fr") == "Ville de Riverside"
    status = next(s for s in view.statuses.values() if s.key == "on_track")
    assert display_name(status, "fr") == "En bonne voie"
    assert display_name(view.partnership, "fr").startswith("Partenariat local")
    with pytest.raises(TypeError):
        display_name(object(), "fr")


def test_a_missing_french_name_falls_back_to_english_and_says_so(
    view: PlanView, french: None
) -> None:
    priority = replace(next(iter(view.priorities.values())), title_fr="")
    assert display_name(priority, "fr") == priority.title_en
    assert is_fallback(priority, "fr") and not is_fallback(priority, "en")
    assert names_tooltip(priority, "fr") == "Pas encore de nom en français"
    assert names_tooltip(priority, "en") == ""  # nothing to add in English


def test_the_tooltip_gives_the_other_language(view: PlanView, french: None) -> None:
    partner = next(p for p in view.partners.values() if p.name_en == "Riverside City")
    assert names_tooltip(partner, "fr") == "Anglais\u00a0: Riverside City"
    same = next(p for p in view.partners.values() if p.name_en == p.name_fr)
    assert names_tooltip(same, "fr") == ""
    assert other_language("fr") == "en" and other_language("en") == "fr"
