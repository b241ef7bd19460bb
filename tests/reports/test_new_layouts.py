"""Three more real families (tests/reports/new_layouts.py) imported with no hints, and
compared with what a person reading them expects."""

from __future__ import annotations

from pathlib import Path

import pytest

from lipplanner.core.reports.plan_import import build_preview, detect
from lipplanner.core.reports.readers import read_grid
from tests.reports.new_layouts import NEW_LAYOUTS
from tests.reports.test_real_layouts import import_layout, mismatches


@pytest.mark.parametrize("layout", tuple(NEW_LAYOUTS))
def test_new_layout_imports_as_a_person_reads_it(layout: str, tmp_path: Path) -> None:
    expected = NEW_LAYOUTS[layout](tmp_path)
    got = import_layout(expected.file, tmp_path / "plan.lip")
    assert mismatches(expected, got) == []


def test_a_quarterly_reports_narrative_is_dated_in_its_fiscal_quarter(tmp_path: Path) -> None:
    expected = NEW_LAYOUTS["quarter_sheets"](tmp_path)
    grid = read_grid(expected.file)
    mapping = detect(grid)
    assert [s.sheet for s in mapping.sheets if s.include] == ["Q4 2023-24"]
    preview = build_preview(grid, mapping)
    # Q4 of 2023-24 is January to March 2024, not the calendar's October to December.
    assert preview.report_period is not None and preview.report_period.label == "2023-24-Q4"
    assert [str(n) for n in preview.notes if "not read" in n.message] == [
        f"{quarter}: not read: an earlier quarter of the same report; the latest quarter's "
        "was read."
        for quarter in ("Q1 2023-24", "Q2 2023-24", "Q3 2023-24")
    ]


def test_a_report_cards_measures_keep_their_figures(tmp_path: Path) -> None:
    expected = NEW_LAYOUTS["rba_card"](tmp_path)
    grid = read_grid(expected.file)
    preview = build_preview(grid, detect(grid))
    by_title = {a.title_en: a for a in preview.actions.values()}
    mentoring = by_title["Mentor internationally trained professionals"]
    assert mentoring.indicators == ["% of mentees employed in field"]
    assert mentoring.description == (
        "% of mentees employed in field: baseline 35 %, target 50 %, 2023: 38 %, 2024: 44 %"
    )
    assert by_title["Pre-arrival credential checks"].description == (
        "# of credentials assessed: baseline 120, target 300, 2023: 180, 2024: 260"
    )
    assert not [n for n in preview.notes if "is not used" in n.message]


def test_a_sector_plans_targets_are_kept_with_their_indicator(tmp_path: Path) -> None:
    expected = NEW_LAYOUTS["sector_goal"](tmp_path)
    grid = read_grid(expected.file)
    preview = build_preview(grid, detect(grid))
    survey = next(
        a for a in preview.actions.values() if a.title_en == "Survey newcomers' sense of belonging"
    )
    assert survey.description == "Sense of belonging (%): target 75%"
