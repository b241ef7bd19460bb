"""The window around the plan: files, the welcome page, the period, errors, models."""

from __future__ import annotations

import argparse
import logging
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from lipplanner.core.db import open_plan
from lipplanner.core.periods import Period
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.ui import errors as error_module
from lipplanner.ui import settings
from lipplanner.ui.application import open_from_options
from lipplanner.ui.dialogs.new_plan import NewPlan, NewPlanWizard
from lipplanner.ui.main_window import MainWindow, default_period
from lipplanner.ui.views.bodies import BodiesPage
from lipplanner.ui.views.plan_page import PlanPage
from lipplanner.ui.views.tables import ActionsPage, PartnersPage, PracticesPage


def options(**values: Any) -> argparse.Namespace:
    base = {"demo": False, "db": None, "file": None, "read_only": False, "lang": None}
    return argparse.Namespace(**{**base, **values})


def test_every_model_passes_the_model_tester(window: MainWindow, qtmodeltester: Any) -> None:
    pages = [window.current_view(k) for k in ("plan", "actions", "partners", "bodies", "practices")]
    plan, actions, partners, bodies, practices = pages
    assert isinstance(plan, PlanPage) and isinstance(actions, ActionsPage)
    assert isinstance(partners, PartnersPage) and isinstance(bodies, BodiesPage)
    assert isinstance(practices, PracticesPage)
    for model in (plan.model, actions.model, partners.model, bodies.model, practices.model):
        qtmodeltester.check(model)
    a21 = next(a.id for a in window.context.view().actions.values() if a.code == "A2.1")  # type: ignore[union-attr]
    plan.select_item("action", a21)
    history = plan.forms["action"].history_model
    assert history.rowCount() > 0
    qtmodeltester.check(history)
    actions.model.sort(4)
    actions.model.set_search("riverside")
    qtmodeltester.check(actions.model)


def test_views_are_listed_in_the_sidebar_and_shown(window: MainWindow) -> None:
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert titles[:5] == [
        "Plan",
        "Actions",
        "Partners",
        "Working groups & council",
        "Promising practices",
    ]
    window.show_view("partners")
    assert window.pages.currentWidget() is window.current_view("partners")
    assert "15 partners" in window.counts.text()
    with pytest.raises(KeyError):
        window.show_view("nowhere")


def test_a_feature_can_add_a_view_and_a_menu_entry(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    made: list[Any] = []

    def factory(context: Any) -> QLabel:
        made.append(context)
        return QLabel("Dashboard")

    window.add_view("dashboard", "Dashboard", factory)
    assert made == []  # views are built when first shown, not when a plan opens
    window.show_view("dashboard")
    assert made == [window.context]
    assert window.pages.currentWidget() is window.current_view("dashboard")
    entry = window.menu("tools").addAction("Export…")
    assert entry in window.menu("tools").actions()
    path = window.context.db.path  # type: ignore[union-attr]
    window.close_plan()
    assert window.current_view("dashboard") is None
    window.open_plan(str(path))
    window.show_view("dashboard")
    assert len(made) == 2 and made[1] is window.context


def test_title_shows_the_file_and_the_welcome_page_when_closed(
    window: MainWindow, riverside_file: Path
) -> None:
    assert window.windowTitle().startswith("riverside.lip")
    assert window.central.currentWidget() is window.workspace
    window.close_action.trigger()
    assert window.context is None
    assert window.central.currentWidget() is window.welcome
    assert window.windowTitle() == "LIP Planner"
    recent = [
        window.welcome.recent.item(r).data(0x0100) for r in range(window.welcome.recent.count())
    ]
    assert str(riverside_file.resolve()) in recent
    window.welcome.recent_chosen.emit(str(riverside_file))
    assert window.context is not None


def test_opening_a_junk_file_shows_the_message_and_the_app_keeps_running(
    window: MainWindow, tmp_path: Path, errors: list[str]
) -> None:
    junk = tmp_path / "holiday photos.lip"
    junk.write_bytes(b"\x89PNG not a plan at all" * 100)
    before = window.context
    assert window.open_plan(str(junk)) is False
    assert len(errors) == 1 and "holiday photos.lip" in errors[0]
    assert "Traceback" not in errors[0]
    assert window.context is before  # the plan that was open stays open
    assert window.open_plan(str(tmp_path / "missing.lip")) is False
    assert "There is no plan file" in errors[1]
    assert window.context is before


def test_a_file_without_a_plan_is_refused(
    make_window: Callable[[], MainWindow], tmp_path: Path, errors: list[str]
) -> None:
    bare = tmp_path / "bare.lip"
    open_plan(bare, create=True).close()
    window = make_window()
    assert window.open_plan(str(bare)) is False
    assert "no plan" in errors[0]
    assert window.context is None


def test_new_plan_from_the_wizard_answers(
    make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    answer = NewPlan("Lakeside LIP", "PLI de Lakeside", "Lakeside Strategy", "", 2025, 2028, False)
    assert window.create_plan(tmp_path / "lakeside", answer)
    view = window.context.view()  # type: ignore[union-attr]
    assert view.plan.title_en == "Lakeside Strategy"
    assert view.plan.years == [2025, 2026, 2027, 2028]
    assert view.partnership.name_fr == "PLI de Lakeside"
    assert window.context.db.path.name == "lakeside.lip"  # type: ignore[union-attr]
    assert [window.year_combo.itemText(i) for i in range(window.year_combo.count())] == [
        "2025-26",
        "2026-27",
        "2027-28",
        "2028-29",
    ]
    example = NewPlan("", "", "", "", 2025, 2025, True)
    assert window.create_plan(tmp_path / "example.lip", example)
    assert len(window.context.view().actions) == 23  # type: ignore[union-attr]


def test_the_wizard_needs_a_name_and_years_in_order(qtbot: QtBot) -> None:
    wizard = NewPlanWizard()
    qtbot.addWidget(wizard)
    assert not wizard.names.isComplete()
    qtbot.keyClicks(wizard.names.lip, "Lakeside LIP")
    assert wizard.names.isComplete()
    qtbot.keyClicks(wizard.plan.plan_title, "Strategy")
    assert wizard.plan.isComplete()
    wizard.plan.last.setCurrentIndex(0)
    assert not wizard.plan.isComplete()
    assert "before the first" in wizard.plan.problem.text()


def test_save_a_copy_uses_the_backup_api(
    window: MainWindow, tmp_path: Path, errors: list[str]
) -> None:
    target = tmp_path / "copies" / "riverside copy.lip"
    target.parent.mkdir()
    assert window.save_copy_to(target)
    db = open_plan(target, read_only=True)
    try:
        assert len(load_plan_view(db).actions) == 23
    finally:
        db.close()
    assert not window.save_copy_to(window.context.db.path)  # type: ignore[arg-type,union-attr]
    assert "another name" in errors[0]


def test_period_selector_limits_to_the_plan_and_drives_the_context(window: MainWindow) -> None:
    context = window.context
    assert context is not None
    years = [window.year_combo.itemData(i) for i in range(window.year_combo.count())]
    assert years == [2024, 2025, 2026, 2027]
    assert context.period == default_period(2024, 2027)
    window.year_combo.setCurrentIndex(1)
    window.quarter_combo.setCurrentIndex(window.quarter_combo.findData(2))
    window.quarter_combo.activated.emit(window.quarter_combo.currentIndex())
    assert context.period == Period(2025, 2)
    assert context.view().period == Period(2025, 2)
    window.quarter_combo.setCurrentIndex(window.quarter_combo.findData(0))
    window.quarter_combo.activated.emit(window.quarter_combo.currentIndex())
    assert context.period == Period(2025)
    assert "2025-26" in window.counts.text()


def test_default_period_is_clamped_into_the_plan() -> None:
    assert default_period(2024, 2027, date(2026, 11, 30)) == Period(2026, 3)
    assert default_period(2030, 2032, date(2026, 11, 30)) == Period(2030, 1)
    assert default_period(2020, 2022, date(2026, 11, 30)) == Period(2022, 4)
    # A plan whose years are over opens on the last quarter reported in it.
    reported = Period(2021, 2)
    assert default_period(2020, 2022, date(2026, 11, 30), reported) == reported
    assert default_period(2024, 2027, date(2026, 11, 30), reported) == Period(2026, 3)


def test_a_plan_whose_years_are_over_opens_on_its_last_reported_quarter(
    make_window: Callable[[], MainWindow], riverside_file: Path
) -> None:
    """An old tracker imported in 2026 (its plan 2014-2017) opens on the quarter its
    figures are about, not on its last quarter where nothing was reported."""
    connection = sqlite3.connect(riverside_file)
    with connection:
        connection.execute(
            "UPDATE plan SET first_year = first_year - 10, last_year = last_year - 10"
        )
        connection.execute("UPDATE progress_update SET fiscal_year = fiscal_year - 10")
        year, quarter = connection.execute(
            "SELECT fiscal_year, quarter FROM progress_update"
            " ORDER BY fiscal_year DESC, quarter DESC"
        ).fetchone()
    connection.close()
    window = make_window()
    assert window.open_plan(str(riverside_file))
    assert window.context is not None
    assert window.context.period == Period(year, quarter)
    assert window.quarter_combo.currentData() == quarter
    assert window.year_combo.currentData() == year


def test_command_line_options_open_the_plan(
    make_window: Callable[[], MainWindow], riverside_file: Path, errors: list[str]
) -> None:
    window = make_window()
    assert open_from_options(window, options(file=str(riverside_file), read_only=True))
    assert window.context is not None and window.context.read_only
    assert open_from_options(window, options(demo=True))
    assert window.context.db.path.name == "Riverside demo.lip"  # type: ignore[union-attr]
    assert not open_from_options(window, options(file="/nowhere/plan.lip"))
    assert errors and "There is no plan file" in errors[0]
    assert not open_from_options(window, options())


def test_recent_files_are_remembered_newest_first(tmp_path: Path) -> None:
    files = []
    for n in range(3):
        path = tmp_path / f"p{n}.lip"
        path.write_bytes(b"")
        files.append(path)
        settings.add_recent(str(path))
    assert settings.recent_files()[:3] == [str(f.resolve()) for f in reversed(files)]
    files[1].unlink()
    assert str(files[1].resolve()) not in settings.recent_files()
    assert settings.last_folder() == str(tmp_path.resolve())


def test_an_unexpected_error_is_logged_and_shown_and_the_app_keeps_running(
    window: MainWindow, errors: list[str]
) -> None:
    try:
        raise RuntimeError("a bug of ours")
    except RuntimeError as error:
        path = error_module.report_crash(type(error), error, error.__traceback__)
    assert path is not None and path.exists()
    assert "a bug of ours" in path.read_text(encoding="utf-8")
    assert errors and str(path) in errors[0] and "Your plan is safe" in errors[0]
    for handler in logging.getLogger("lipplanner").handlers[:]:
        if isinstance(handler, logging.FileHandler):
            handler.close()
            logging.getLogger("lipplanner").removeHandler(handler)
    assert window.context is not None and window.isVisible()


def test_user_errors_show_their_sentence(window: MainWindow, errors: list[str]) -> None:
    from lipplanner.core.errors import UserError

    window.show_error(UserError("The file is locked."))
    assert errors == ["The file is locked."]


def test_splitter_and_last_view_are_remembered(
    make_window: Callable[[], MainWindow], riverside_file: Path
) -> None:
    window = make_window()
    assert window.open_plan(str(riverside_file))
    window.show_view("partners")
    page = window.current_view("partners")
    assert isinstance(page, PartnersPage)
    partner = next(iter(window.context.view().partners))
    assert page.select_item("partner", partner)  # the detail panel opens only for an item
    page.splitter.setSizes([500, 700])
    remembered = page.splitter.sizes()
    window.close()
    again = make_window()
    assert again.open_plan(str(riverside_file))
    assert again.pages.currentWidget() is again.current_view("partners")
    restored = again.current_view("partners")
    assert isinstance(restored, PartnersPage)
    assert restored.select_item("partner", partner)
    assert restored.splitter.sizes() == remembered
