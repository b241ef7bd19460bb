"""Creating a plan from the template filled in, and from a messy real-world sheet."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.datavalidation import DataValidation

from lipplanner.core.db import open_plan
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period
from lipplanner.core.reports.import_template import write_import_template
from lipplanner.core.reports.plan_import import (
    PlanIdentity,
    create_plan_file,
    read_plan_workbook,
)
from lipplanner.core.services.plan_view import PlanView, load_plan_view
from tests.reports.workbooks import messy_sheet


def _load(path: Path) -> PlanView:
    db = open_plan(path, read_only=True)
    try:
        return load_plan_view(db, Period(2025, 1))
    finally:
        db.close()


def test_template_has_instructions_tables_example_rows_and_lists(tmp_path: Path) -> None:
    path = write_import_template(tmp_path / "template.xlsx")

    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:5] == [
        "Instructions",
        "Priorities",
        "Objectives",
        "Actions",
        "Partners",
    ]
    instructions = " ".join(str(c.value) for c in book["Instructions"]["A"] if c.value)
    assert "English" in instructions and "Français" in instructions
    actions = book["Actions"]
    assert [c.value for c in actions[1]][:3] == ["Code", "Objective code", "Action"]
    assert actions["C2"].value == "Employer mentorship circles"  # the example row
    validations: list[DataValidation] = actions.data_validations.dataValidation
    kinds = {v.type for v in validations}
    assert {"list", "whole", "date"} <= kinds
    status_list = next(v for v in validations if v.type == "list")
    assert status_list.formula1 == "=Lists!$A$1:$A$7"
    assert [c.value for c in book["Lists"]["A"]][:2] == ["Not started", "On track"]
    outcome = book["Objectives"].data_validations.dataValidation
    assert any(v.type == "list" and "$B$" in v.formula1 for v in outcome)


def test_french_template_has_french_headers_and_lists(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_import_template(tmp_path / "modele.xlsx", lang="fr"))
    assert "Priorités" in book.sheetnames and "Partenaires" in book.sheetnames
    assert [c.value for c in book["Actions"][1]][6] == "Partenaires de soutien"
    assert book["Lists"]["A2"].value == "En bonne voie"


def test_the_template_filled_in_becomes_a_plan(tmp_path: Path) -> None:
    path = write_import_template(tmp_path / "template.xlsx")
    book = openpyxl.load_workbook(path)
    book["Priorities"].append(["P2", "Housing", "Logement", "Safe homes."])
    book["Objectives"].append(["O2.1", "P2", "Newcomers find housing", "", "Immediate", ""])
    book["Actions"].append(
        [
            "A2.1", "O2.1", "Landlord–tenant mediation line", "", "A phone line.",
            "Riverside Housing Help Centre", "Riverside City; riverside newcomer centre",
            "Settle", date(2025, 4, 1), date(2026, 3, 31), "Minor delays", 40,
            "A phone line", 25000, None,
        ]
    )  # fmt: skip
    book["Actions"].append(
        ["", "O2.1", "Housing fair", "", "", "Riverside City", "", "", None, None, "", None]
    )
    book["Partners"].append(
        ["Riverside Newcomer Centre", "Centre d’accueil de Riverside", "RNC", "Settlement services"]
    )
    book["Partners"].append(["Riverside Housing Help Centre", "", "", "Housing"])
    book.save(path)

    preview = read_plan_workbook(path)

    assert not preview.errors, [str(p) for p in preview.errors]
    assert list(preview.priorities) == ["P2"]
    assert list(preview.actions) == ["A2.1", "A2.2"]  # the second got a code
    assert {p.name_en for p in preview.listed_partners} == {
        "Riverside Newcomer Centre",
        "Riverside Housing Help Centre",
    }
    # Named only in the actions: proposed as new, said where.
    assert [p.name_en for p in preview.new_partners] == ["Riverside City"]
    assert any("“Riverside City” is not a listed partner" in str(p) for p in preview.notes)
    target = create_plan_file(
        preview,
        tmp_path / "lakeside.lip",
        PlanIdentity("Lakeside LIP", "Lakeside plan", 2025, 2027),
    )

    view = _load(target)
    assert view.plan.title_en == "Lakeside plan" and view.partnership.name_en == "Lakeside LIP"
    action = next(a for a in view.actions.values() if a.code == "A2.1")
    assert view.partner_name(action.lead_partner_id) == "Riverside Housing Help Centre"
    # "riverside newcomer centre" matched the listed partner whatever its case.
    assert sorted(view.partner_name(p) for p in action.supporting_ids) == [
        "Riverside City",
        "Riverside Newcomer Centre",
    ]
    assert view.statuses[action.status_id].key == "minor_delays"
    assert action.percent_complete == 40
    assert action.budget == Decimal("25000.00")
    assert view.body_name(action.body_id) == "Settle"
    assert view.objectives[action.objective_id].outcome_level == "immediate"
    sector = view.partners[action.supporting_ids[1]].sector_id
    assert view.term_label(sector) == "Settlement services"


def test_messy_real_world_sheet_is_understood_and_every_problem_located(tmp_path: Path) -> None:
    preview = read_plan_workbook(messy_sheet(tmp_path / "plan.xlsx"))

    sheet = preview.sheets[0]
    assert (sheet.kind, sheet.header_row, sheet.rows) == ("actions", 4, 4)
    assert preview.suggested_title == "PLI de Lakeside — Plan d’action 2025-2026"
    titles = {a.title_en: a for a in preview.actions.values()}
    cafe = titles["Cafés-conversation à la bibliothèque"]
    assert (cafe.status, cafe.percent, cafe.start, cafe.end) == (
        "on_track",
        55,
        date(2025, 4, 1),
        date(2026, 3, 31),
    )
    assert cafe.title_fr == cafe.title_en  # French headers: the titles are French
    kits = titles["Trousses d’accueil bilingues"]
    # Every number in that column is a fraction (1 and 0.3), so 1 is 100 %, not 1 %.
    assert (kits.status, kits.percent, kits.end) == ("completed", 100, date(2025, 6, 30))
    # No priority given on that row: it carries on from the row above (merged cells).
    assert kits.objective_code == cafe.objective_code
    navigators = titles["Navigateurs santé bénévoles"]
    assert (navigators.percent, navigators.end) == (30, None)
    assert {p.title_en for p in preview.priorities.values()} == {
        "Langue et apprentissage",
        "Santé",
        "Logement",
    }
    messages = {str(p) for p in preview.problems}
    assert "Plan 2025!G8: “next week” is not a date (write it like 2025-04-01); left empty." in (
        messages
    )
    assert any(m.startswith("Plan 2025!D9: “1 000” is not a percentage") for m in messages)
    # Comments are the progress narrative, kept (as the action's first update).
    assert cafe.progress == "RAS"
    # The same partner written with other capitals is one partner, not two.
    names = sorted(p.name_en for p in preview.partners.values())
    assert sorted(names) == sorted(
        [
            "Bibliothèque publique",
            "Centre d’accueil",
            "Centre de santé",
            "Centre logement",
            "Collège Riverview",
            "conseil scolaire rivière-nord",
        ]
    )
    assert navigators.supporting == [cafe.lead]


def test_import_creates_the_file_all_at_once_and_never_overwrites(tmp_path: Path) -> None:
    preview = read_plan_workbook(messy_sheet(tmp_path / "plan.xlsx"))
    existing = tmp_path / "taken.lip"
    existing.write_bytes(b"precious")

    with pytest.raises(UserError, match="already exists"):
        create_plan_file(preview, existing)
    assert existing.read_bytes() == b"precious"

    # A failure while writing leaves nothing behind (the temporary file is removed).
    broken = PlanIdentity("Lakeside", "", 2025, 2026)
    with pytest.raises(UserError, match="Plan title is required"):
        create_plan_file(preview, tmp_path / "new.lip", broken)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx", "taken.lip"]

    created = create_plan_file(preview, tmp_path / "new.lip")
    view = _load(created)
    assert len(view.actions) == 4 and len(view.priorities) == 3
    assert view.plan.title_en == "PLI de Lakeside — Plan d’action 2025-2026"
    assert (view.plan.first_year, view.plan.last_year) == (2025, 2025)


def test_an_action_the_sheet_calls_completed_with_no_percent_is_all_done(tmp_path: Path) -> None:
    """ "Terminé" with no percent column (the RIF tracker) was imported at 0 %: the Plan
    view and the dashboard then read "Completed, 0 %". A percent the sheet gives stays."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Priority", "Action", "Lead", "Status", "% complete"])
    sheet.append(["Employment", "Mentorship circles", "YMCA", "Completed", None])
    sheet.append(["Employment", "Job fair", "YMCA", "Terminé", 80])
    sheet.append(["Employment", "Bridging course", "YMCA", "On track", None])
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    preview = read_plan_workbook(path)
    percents = {a.title_en: (a.status, a.percent) for a in preview.actions.values()}
    assert percents == {
        "Mentorship circles": ("completed", 100),
        "Job fair": ("completed", 80),
        "Bridging course": ("on_track", 0),
    }
