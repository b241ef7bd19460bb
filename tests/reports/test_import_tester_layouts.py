"""Layouts testers brought from real LIP work plans that the import read wrong: each
test builds a small sheet of that family (as tests/reports/real_layouts.py does) and
checks what a coordinator would see after importing it with no hints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lipplanner.core.reports.plan_import import ImportPreview, build_preview, detect
from lipplanner.core.reports.readers import read_grid
from tests.reports.real_layouts import _book, _header, _merge_down, _rows, _sheet, _title


def _import(
    folder: Path,
    headings: list[str | None],
    rows: list[list[Any]],
    merges: tuple[tuple[int, int, int], ...] = (),
    title: str = "Riverton LIP — Action plan",
) -> ImportPreview:
    """A one-sheet plan: a title row, the headings on row 2, `rows` from row 3 and
    (column, first row, last row) merged down; read with no hints."""
    path = folder / "plan.xlsx"
    book = _book()
    sheet = _sheet(book, "Action plan")
    _title(sheet, 1, title, len(headings))
    _header(sheet, 2, headings)
    _rows(sheet, 3, rows)
    for column, first, last in merges:
        _merge_down(sheet, column, first, last)
    book.save(path)
    grid = read_grid(path)
    return build_preview(grid, detect(grid))


def _by_title(preview: ImportPreview) -> dict[str, Any]:
    return {a.title_en: a for a in preview.actions.values()}


def _name(preview: ImportPreview, key: str | None) -> str | None:
    return preview.partners[key].name_en if key else None


# 1. An "Organization" / "Agency" / "Organisme" column is who leads the action.


def test_an_organization_column_names_each_actions_lead(tmp_path: Path) -> None:
    for heading in ("Organization", "Organisation", "Agency", "Lead agency", "Organisme"):
        preview = _import(
            tmp_path,
            ["Priority", "Action", heading, "Status"],
            [["Employment", "Run job fairs", "YMCA of Riverton", "Done"],
             [None, "Mentor newcomers", "ACCES Employment", "In progress"]],
        )  # fmt: skip
        actions = _by_title(preview)
        assert _name(preview, actions["Run job fairs"].lead) == "YMCA of Riverton", heading
        assert _name(preview, actions["Mentor newcomers"].lead) == "ACCES Employment", heading
        assert actions["Run job fairs"].supporting == [], heading


def test_an_organizations_column_with_a_list_leads_with_the_first(tmp_path: Path) -> None:
    for heading in ("Organizations", "Organismes", "Agencies"):
        preview = _import(
            tmp_path,
            ["Priority", "Action", heading],
            [["Employment", "Run job fairs",
              "YMCA of Riverton, ACCES Employment, City of Riverton"]],
        )  # fmt: skip
        fair = _by_title(preview)["Run job fairs"]
        assert _name(preview, fair.lead) == "YMCA of Riverton", heading
        assert [_name(preview, p) for p in fair.supporting] == [
            "ACCES Employment", "City of Riverton"
        ], heading  # fmt: skip


def test_an_organization_column_beside_a_lead_column_supports(tmp_path: Path) -> None:
    preview = _import(
        tmp_path,
        ["Priority", "Action", "Lead", "Organization"],
        [["Employment", "Run job fairs", "YMCA of Riverton", "ACCES Employment"]],
    )
    fair = _by_title(preview)["Run job fairs"]
    assert _name(preview, fair.lead) == "YMCA of Riverton"
    assert [_name(preview, p) for p in fair.supporting] == ["ACCES Employment"]
