"""What a new plan made from a sheet is called, and where the sheet's general progress
column goes: the partnership named from the sheet's title, in French for a French sheet;
a "Commentaires" column is what was done, never quoted in the report as a success."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from lipplanner.core import models as m
from lipplanner.core.db import open_plan
from lipplanner.core.reports.plan_import import (
    build_preview,
    create_plan_file,
    default_identity,
    detect,
    read_workbook_grid,
)
from tests.reports.workbooks import save_rows

RIF = "Réseau de soutien à l’immigration francophone du Centre-Sud-Ouest de l’Ontario"


def _french_tracker(path: Path, title: str) -> Path:
    return save_rows(
        path,
        {
            "Suivi": [
                [title],
                ["Priorité", "Action", "Responsable", "Statut", "Commentaires"],
                ["Emploi", "Tenir un forum régional", "Collège Boréal", "En cours",
                 "Reporté à 2020-2021 faute de ressources."],
                ["Emploi", "Publier un guide des employeurs", "Collège Boréal", "Terminé",
                 "Guide publié en mars."],
            ]
        },
    )  # fmt: skip


def _read(path: Path) -> tuple[Any, Any]:
    grid = read_workbook_grid(path)
    return grid, detect(grid)


def test_a_french_sheet_titled_with_the_network_names_the_partnership_in_french(
    tmp_path: Path,
) -> None:
    grid = read_workbook_grid(_french_tracker(tmp_path / "suivi.xlsx", RIF))
    preview = build_preview(grid, detect(grid))

    identity = default_identity(preview)

    assert identity.lip_name == identity.lip_name_fr == RIF  # not "Local Immigration…"
    assert identity.plan_title_fr.startswith("Plan d’action ")
    with open_plan(create_plan_file(preview, tmp_path / "rif.lip"), read_only=True).reading() as s:
        partnership = s.scalars(select(m.Partnership)).one()
        plan = s.scalars(select(m.Plan)).one()
        assert partnership.name_fr == RIF
        assert plan.title_fr == identity.plan_title_fr


def test_a_sheet_whose_title_is_not_a_partnership_titles_the_plan(tmp_path: Path) -> None:
    grid = read_workbook_grid(_french_tracker(tmp_path / "suivi.xlsx", "Suivi du plan 2019"))
    identity = default_identity(build_preview(grid, detect(grid)))
    assert identity.plan_title == identity.plan_title_fr == "Suivi du plan 2019"
    assert identity.lip_name_fr == "Partenariat local en immigration"  # French, not English


def test_a_comments_column_is_what_was_done_not_a_success(tmp_path: Path) -> None:
    grid = read_workbook_grid(_french_tracker(tmp_path / "suivi.xlsx", RIF))
    preview = build_preview(grid, detect(grid))
    db = open_plan(create_plan_file(preview, tmp_path / "rif.lip"), read_only=True)
    with db.reading() as session:
        updates = session.execute(
            select(m.ProgressUpdate.outputs, m.ProgressUpdate.successes).order_by(
                m.ProgressUpdate.id
            )
        ).all()
    assert [tuple(u) for u in updates] == [
        ("Reporté à 2020-2021 faute de ressources.", ""),  # the report quotes successes
        ("Guide publié en mars.", ""),
    ]


def test_a_title_in_capitals_names_the_plan_in_title_case(tmp_path: Path) -> None:
    sheet = _french_tracker(
        tmp_path / "pembina.xlsx", "PEMBINA VALLEY LOCAL IMMIGRATION PARTNERSHIP"
    )
    identity = default_identity(build_preview(*_read(sheet)))
    assert identity.lip_name == "Pembina Valley Local Immigration Partnership"
