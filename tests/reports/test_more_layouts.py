"""More real plan families (tests/reports/more_layouts.py) imported with no hints, and
compared with what a person reading them expects."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from lipplanner.core import models as m
from lipplanner.core.db import open_plan
from lipplanner.core.reports.grid import WorkbookGrid
from lipplanner.core.reports.plan_import import (
    ImportMapping,
    build_preview,
    create_plan_file,
    detect,
    row_levels,
)
from lipplanner.core.reports.plan_import.roles import month_of_heading, role_of
from lipplanner.core.reports.plan_import.values import (
    StatusReader,
    code_depth,
    percent_written,
    read_timeline,
    split_partners,
    ticked_months,
)
from lipplanner.core.reports.readers import read_grid
from tests.reports.more_layouts import MORE_LAYOUTS
from tests.reports.real_layouts import _book, _header, _rows, _sheet
from tests.reports.test_real_layouts import import_layout, mismatches


@pytest.mark.parametrize("layout", tuple(MORE_LAYOUTS))
def test_more_layouts_import_as_a_person_reads_them(layout: str, tmp_path: Path) -> None:
    expected = MORE_LAYOUTS[layout](tmp_path)
    got = import_layout(expected.file, tmp_path / "plan.lip")
    assert mismatches(expected, got) == []


def test_month_headings_are_gantt_columns() -> None:
    assert [role_of(h) for h in ("Apr", "Sept.", "avril", "Jan-25", "March 2025")] == ["month"] * 5
    assert month_of_heading("Jan-25") == (1, 2025)
    assert role_of("Target Date\n(MM/YYYY)") == "end"


def test_a_fiscal_gantt_turns_the_year_after_december() -> None:
    months = [(m, None, m in (11, 2)) for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)]
    span = ticked_months(months, 2024)
    assert (str(span.start), str(span.end)) == ("2024-11-01", "2025-02-28")
    # A heading that names its year sets it for the months after it.
    span = ticked_months([(12, 2025, False), (1, None, True)], 2020)
    assert (str(span.start), str(span.end)) == ("2026-01-01", "2026-01-31")


def test_a_gantt_row_shaded_across_is_no_tick(tmp_path: Path) -> None:
    expected = MORE_LAYOUTS["gantt_months"](tmp_path)
    grid = read_grid(expected.file)
    preview = build_preview(grid, detect(grid))
    assert not [n for n in preview.notes if "is not used" in n.message]
    guide = next(
        a for a in preview.actions.values() if a.title_en.startswith("Publish a hiring guide")
    )
    assert (str(guide.start), str(guide.end)) == ("2024-04-01", "2024-09-30")


def test_a_french_csvs_measures_are_kept(tmp_path: Path) -> None:
    expected = MORE_LAYOUTS["french_csv"](tmp_path)
    grid = read_grid(expected.file)
    preview = build_preview(grid, detect(grid))
    fair = next(a for a in preview.actions.values() if "salon de l'emploi" in a.title_fr)
    assert fair.indicators == ["Nombre d'employeurs présents"]


def test_outline_codes_give_their_depth() -> None:
    assert [code_depth(v) for v in ("1", "1.1", "1.1.2", "2.", 3, "A.2")] == [1, 2, 3, 1, 1, 2]
    # Not codes: a year, a phrase, a float Excel made of "1.10", a tick.
    assert [code_depth(v) for v in ("2024-25", "Goal 1", 1.1, "x", True)] == [None] * 5


def test_a_word_plans_narrative_describes_its_priority(tmp_path: Path) -> None:
    expected = MORE_LAYOUTS["word_narrative"](tmp_path)
    grid = read_grid(expected.file)
    # The table going on after a page break, its header row repeated, is one table.
    assert [s.name for s in grid.sheets] == [
        "Priority 1: Labour Market Integration",
        "Priority 2: Welcoming Communities",
    ]
    preview = build_preview(grid, detect(grid))
    assert [p.description for p in preview.priorities.values()] == [
        "Newcomers are under-employed in Halifax.\n"
        "This priority connects employers with internationally trained newcomers.",
        "Residents and institutions welcome newcomers.",
    ]
    credentials = [a for a in preview.actions.values() if a.objective_code == "O1.2"]
    assert [a.title_en for a in credentials] == [
        "Open a credential navigation desk",
        "Hold licensing information sessions",
    ]


def test_a_long_format_tracker_keeps_each_quarters_row_as_its_update(tmp_path: Path) -> None:
    expected = MORE_LAYOUTS["long_tracker"](tmp_path)
    preview = build_preview(*_read(expected.file))
    # Each action keeps the code its rows repeat, without "already used" on every quarter.
    assert list(preview.actions) == ["A1", "A2", "A3", "A4"] and not preview.errors
    target = create_plan_file(preview, tmp_path / "plan.lip")
    db = open_plan(target, read_only=True)
    try:
        with db.reading() as session:
            rows = session.execute(
                select(m.ProgressUpdate.quarter, m.Status.key, m.ProgressUpdate.outputs)
                .join(m.Action, m.Action.id == m.ProgressUpdate.action_id)
                .join(m.Status, m.Status.id == m.ProgressUpdate.status_id)
                .where(m.Action.title_en == "Run a newcomer hiring fair with regional employers")
                .order_by(m.ProgressUpdate.quarter)
            ).all()
            years = set(session.scalars(select(m.ProgressUpdate.fiscal_year)))
    finally:
        db.close()
    assert [(q, key) for q, key, _text in rows] == [
        (1, "not_started"),
        (2, "on_track"),
        (3, "on_track"),
        (4, "completed"),
    ]
    assert (
        rows[1][2]
        == "Q2: Region of Peel reports on “run a newcomer hiring fair with regional employers”."
    )
    assert years == {2024}


def _read(path: Path) -> tuple[WorkbookGrid, ImportMapping]:
    grid = read_grid(path)
    return grid, detect(grid)


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Timeline for completion", "timeline"),  # not the "completion" of a percent
        ("Outcome Measures", "indicator"),  # not an objective
        ("How will we know?", "indicator"),
        ("Organisme(s) porteur(s)", "lead"),  # not a partner list's organisation
        ("Target Population", "description"),  # not a measure's target
        ("Stakeholders", "partners"),
        ("Stakeholder engagement activities", "action"),
        ("Fiscal Year", "timeline"),
        ("End Year", "end"),
        ("Date Completed", "end"),
        ("Intended Result", "outcome"),
        ("Axe d'intervention", "priority"),
        ("Reporting Period", "report_period"),
        ("Période de rapport", "report_period"),
    ],
)
def test_headings_real_plans_use(heading: str, role: str) -> None:
    assert role_of(heading) == role


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("d’ici l’automne 2024", None, "2024-12-31"),
        ("au printemps 2025", "2025-04-01", "2025-06-30"),
        ("Q2", "2024-07-01", "2024-09-30"),  # of the plan's first fiscal year
        ("Q3 & Q4", "2024-10-01", "2025-03-31"),
        ("Q1-Q2 2023", "2023-01-01", "2023-06-30"),  # the year said once, a calendar's
        ("Complete by June 2025", None, "2025-06-30"),
        ("Due by Dec 2024", None, "2024-12-31"),
        ("au plus tard en mars 2025", None, "2025-03-31"),
        ("Fall 2024/Winter 2025", "2024-10-01", "2025-03-31"),
        ("2025 and beyond", "2025-04-01", None),
        ("À venir", None, None),
    ],
)
def test_timelines_real_plans_write(written: str, start: str | None, end: str | None) -> None:
    span = read_timeline(written, 2024)
    assert (span.start and str(span.start), span.end and str(span.end)) == (start, end)


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("Not on track", "serious_concerns"),  # not the "on track" inside it
        ("50% complete", "on_track"),  # the percent, not the word "complete"
        ("Accompli en partie", "on_track"),
        ("Non réalisé", None),  # fell short without saying how: the person chooses
        ("Paused", "minor_delays"),
        ("Légers retards", "minor_delays"),
        ("Retards importants", "serious_concerns"),
        ("Sur la bonne voie", "on_track"),
        ("Mis en œuvre", "completed"),
        ("Complétée", "completed"),
        ("Closed", "completed"),
        ("Réalisé en continu", "ongoing"),
        ("In progress (delayed)", "minor_delays"),  # the brackets say how it goes
        ("In progress (see notes)", "on_track"),
    ],
)
def test_status_words_real_trackers_use(written: str, status: str | None) -> None:
    assert StatusReader().words(written) == status


def test_hidden_rows_and_columns_are_imported_like_the_others(tmp_path: Path) -> None:
    # An old action hidden (or folded away in an outline group) is still the plan's: it
    # is imported, and the assistant shows its row as an action the person can skip.
    book = _book()
    sheet = _sheet(book, "Plan")
    _header(sheet, 1, ["Priority", "Action", "Lead", "Status"])
    _rows(sheet, 2, [
        ["Jobs", "Hold the 2022 job fair", "City of Riverton", "Completed"],
        ["Jobs", "Hold the 2024 job fair", "City of Riverton", "In progress"],
    ])  # fmt: skip
    sheet.row_dimensions[2].hidden = True
    sheet.row_dimensions[3].outlineLevel = 1
    sheet.column_dimensions["C"].hidden = True
    book.save(tmp_path / "hidden.xlsx")
    grid, mapping = _read(tmp_path / "hidden.xlsx")
    preview = build_preview(grid, mapping)
    assert [(a.title_en, a.lead) for a in preview.actions.values()] == [
        ("Hold the 2022 job fair", "city of riverton"),
        ("Hold the 2024 job fair", "city of riverton"),
    ]
    assert row_levels(grid, mapping)["Plan"][1] == "action"


def test_a_status_updates_heading_dates_it_in_its_quarter(tmp_path: Path) -> None:
    expected = MORE_LAYOUTS["recommendation_tracker"](tmp_path)
    grid, mapping = _read(expected.file)
    # "Recommendation #" and "Action #" are the codes of their levels, not more titles.
    assert list(mapping.sheets[0].columns.values())[1:5] == [
        "objective_code",
        "objective",
        "code",
        "action",
    ]
    preview = build_preview(grid, mapping)
    assert preview.report_period is not None and preview.report_period.label == "2024-25-Q4"


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("City of Guelph (lead) with support from Guelph Public Library",
         ["City of Guelph", "Guelph Public Library"]),
        ("Lead: City of Hamilton / Partners: HIPC, Hamilton Public Library",
         ["City of Hamilton", "HIPC", "Hamilton Public Library"]),
        ("St. Joseph's Healthcare and YWCA Hamilton", ["St. Joseph's Healthcare", "YWCA Hamilton"]),
        ("Ville de Moncton en collaboration avec CAFi", ["Ville de Moncton", "CAFi"]),
        # One ministry's name, its commas included; one city service's, its "and" included.
        ("Ministère de l'Immigration, de la Francisation et de l'Intégration",
         ["Ministère de l'Immigration, de la Francisation et de l'Intégration"]),
        ("York Region Community and Health Services",
         ["York Region Community and Health Services"]),
        ("Community partners", []),
        ("Plusieurs partenaires", []),
        ("Others", []),
    ],
)  # fmt: skip
def test_partner_lists_real_plans_write(written: str, names: list[str]) -> None:
    assert split_partners(written) == names


@pytest.mark.parametrize(
    ("written", "percent"),
    [("75% complete", "75%"), ("40 % réalisé", "40%"), ("40 pour cent", "40%"), ("40", "40")],
)
def test_percent_cells_with_words_after_the_number(written: str, percent: str) -> None:
    assert percent_written(written) == percent
