"""The quarterly round: partner workbooks out, filled in by a partner, read back as a
change set, applied all at once, undone, and a second import changes nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period
from lipplanner.core.reports.partner_workbooks import write_partner_workbooks
from lipplanner.core.reports.update_import import (
    apply_changes,
    read_update_workbook,
    revert_changes,
)
from lipplanner.core.services import editing
from tests.reports.workbooks import MAPLE, QUARTER, fill, tracking


@pytest.fixture
def maple(riverside: PlanDatabase, tmp_path: Path) -> Path:
    write_partner_workbooks(riverside, QUARTER, tmp_path)
    return tmp_path / MAPLE


def test_one_workbook_per_lead_partner_with_their_actions(
    riverside: PlanDatabase, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = write_partner_workbooks(riverside, QUARTER, out)

    names = sorted(p.name for p in out.iterdir())
    assert MAPLE in names and len(names) == len(result.workbooks) == 10
    book = openpyxl.load_workbook(out / MAPLE)
    assert book.sheetnames == ["Instructions", "Lists", "Updates", "Indicators", "_lipplanner"]
    updates = book["Updates"]
    assert [c.value for c in updates[4]][:7] == [
        "Code", "Action", "Lead partner", "Period", "Last reported", "Status", "Percent complete",
    ]  # fmt: skip
    # Last quarter's values are filled in.
    assert [updates["A5"].value, updates["F5"].value, updates["G5"].value] == [
        "A1.1",
        "On track",
        55,
    ]
    assert [updates["A6"].value, updates["F6"].value, updates["G6"].value] == [
        "A1.4",
        "Not started",
        0,
    ]
    assert updates["E5"].value.startswith("2026-27-Q2: ")


def test_codes_are_locked_inputs_open_and_checked(maple: Path) -> None:
    book = openpyxl.load_workbook(maple)
    updates = book["Updates"]
    assert updates.protection.sheet
    assert updates["A5"].protection.locked and updates["B5"].protection.locked
    assert updates["D5"].protection.locked  # the period
    for column in "FGHIJKL":
        assert not updates[f"{column}5"].protection.locked, column
    validations = {v.type: v for v in updates.data_validations.dataValidation}
    assert validations["list"].formula1 == "=Lists!$A$1:$A$7"
    assert str(validations["list"].sqref) == "F5:F6"
    assert (validations["whole"].formula1, validations["whole"].formula2) == ("0", "100")
    assert [c.value for c in book["Lists"]["A"]][:3] == ["Not started", "On track", "Minor delays"]
    indicators = book["Indicators"]
    assert indicators["B5"].value == "I2" and not indicators["H5"].protection.locked
    assert indicators.data_validations.dataValidation[0].type == "decimal"
    assert book["_lipplanner"].sheet_state == "veryHidden"
    text = " ".join(str(c.value) for c in book["Instructions"]["A"] if c.value)
    assert "English" in text and "Français" in text


def test_french_workbook_for_all_partners(riverside: PlanDatabase, tmp_path: Path) -> None:
    result = write_partner_workbooks(riverside, QUARTER, tmp_path, lang="fr", single=True)

    assert [w.path.name for w in result.workbooks] == ["2026-27-Q3 - Tous.xlsx"]
    book = openpyxl.load_workbook(result.workbooks[0].path)
    updates = book["Mises à jour"]
    assert [c.value for c in updates[4]][5:7] == ["Statut", "Pourcentage réalisé"]
    assert book["Lists"]["A2"].value == "En bonne voie"
    # Every action under way: all 23 but the six closed in an earlier quarter (A2.2 in
    # 2024-25; A6.3, A1.3, A3.3 and A5.1 in 2025-26; A2.4 in 2026-27 Q2).
    assert updates.max_row - 4 == result.workbooks[0].actions == 17
    codes = {updates.cell(row, 1).value for row in range(5, updates.max_row + 1)}
    assert not codes & {"A1.3", "A2.2", "A2.4", "A3.3", "A5.1", "A6.3"}


def test_existing_workbooks_are_not_replaced_unless_asked(
    riverside: PlanDatabase, tmp_path: Path
) -> None:
    write_partner_workbooks(riverside, QUARTER, tmp_path)
    with pytest.raises(UserError, match="10 workbooks already exist"):
        write_partner_workbooks(riverside, QUARTER, tmp_path)
    write_partner_workbooks(riverside, QUARTER, tmp_path, overwrite=True)
    with pytest.raises(UserError, match="choose a quarter"):
        write_partner_workbooks(riverside, Period(2026), tmp_path)
    with pytest.raises(UserError, match="does not exist"):
        write_partner_workbooks(riverside, QUARTER, tmp_path / "nowhere")


def test_returned_workbook_becomes_a_change_set_applied_at_once_and_undone(
    riverside: PlanDatabase, maple: Path
) -> None:
    before = tracking(riverside)
    fill(
        maple,
        {
            "Updates": {
                "I5": "Twelve employers joined.",  # A1.1 has a Q3 update: it is changed
                "F6": "En bonne voie",  # A1.4 has none: one is created (French label works)
                "G6": "15%",
                "L6": "Sam Partner",
            },
            "Indicators": {"H5": "1,250", "I5": "Fall intake"},
        },
    )

    result = read_update_workbook(riverside, maple)

    assert tracking(riverside) == before  # reading writes nothing
    assert result.period == QUARTER and result.partner == "Maple Valley Employment Hub"
    assert not result.problems
    changed, created = result.updates
    assert (changed.code, changed.update_id is not None) == ("A1.1", True)
    assert [(c.field, c.new_text) for c in changed.changes] == [
        ("successes", "Twelve employers joined.")
    ]
    assert created.code == "A1.4" and created.update_id is None
    assert [(c.label(), c.old_text, c.new_text) for c in created.changes] == [
        ("Status", "Not started", "On track"),
        ("Percent complete", "0%", "15%"),
        ("Reported by", "", "Sam Partner"),
    ]
    (indicator,) = result.indicators
    assert (indicator.code, indicator.new, indicator.new_note) == ("I2", 1250.0, "Fall intake")

    applied = apply_changes(riverside, result.period, result.updates, result.indicators)

    after = tracking(riverside)
    assert len(after[0]) == len(before[0]) + 1
    assert any(row[7] == "Twelve employers joined." for row in after[0])
    assert any(row[1:] == (2026, 3, 1250.0, "Fall intake") for row in after[1])
    # The same file again changes nothing.
    again = read_update_workbook(riverside, maple)
    assert not again.has_changes and again.unchanged == 3

    revert_changes(riverside, applied)
    assert tracking(riverside) == before


def test_only_accepted_rows_are_applied(riverside: PlanDatabase, maple: Path) -> None:
    before = tracking(riverside)
    fill(maple, {"Updates": {"I5": "Rejected text", "G6": 20}})
    result = read_update_workbook(riverside, maple)
    accepted = [u for u in result.updates if u.code == "A1.4"]

    apply_changes(riverside, result.period, accepted, [])

    after = tracking(riverside)
    assert not any(row[7] == "Rejected text" for row in after[0])
    assert len(after[0]) == len(before[0]) + 1


def test_bad_rows_are_reported_by_cell_and_unknown_codes_named(
    riverside: PlanDatabase, maple: Path
) -> None:
    book = openpyxl.load_workbook(maple)
    sheet = book["Updates"]
    sheet.protection.sheet = False  # a partner who unprotected the sheet and added rows
    sheet["G5"] = "about half"
    sheet["F6"] = "Going well"
    sheet.append(["ZZ9", "Something new", None, None, None, "On track", 10])
    sheet.append(["A1.1", "Twice", None, None, None, "On track", 10])
    book["Indicators"]["H5"] = "lots"
    book.save(maple)

    result = read_update_workbook(riverside, maple)

    assert [str(p) for p in result.problems] == [
        "Updates!G5: Percent complete: “about half” is not a percentage.",
        "Updates!F6: Status: “Going well” is not a status of this plan.",
        "Updates!A7: there is no action with code “ZZ9” in this plan.",
        "Updates!A8: A1.1 was already given on row 5; this row was ignored.",
        "Indicators!H5: “lots” is not a number.",
    ]
    assert result.has_errors and not result.updates


def test_a_change_made_since_reading_stops_the_whole_batch(
    riverside: PlanDatabase, maple: Path
) -> None:
    fill(maple, {"Updates": {"I5": "From the partner", "G6": 20}})
    result = read_update_workbook(riverside, maple)
    editing.update(riverside, "progress_update", result.updates[0].update_id or 0,
                   {"challenges": "Typed by the coordinator meanwhile"})  # fmt: skip
    before = tracking(riverside)

    with pytest.raises(UserError, match=r"A1\.1: its Q3 2026-27 update changed since"):
        apply_changes(riverside, result.period, result.updates, result.indicators)

    assert tracking(riverside) == before  # A1.4's new update was not kept either


def test_workbooks_from_elsewhere_are_refused(
    riverside: PlanDatabase, empty_plan: PlanDatabase, maple: Path, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="was made for another plan"):
        read_update_workbook(empty_plan, maple)
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    with pytest.raises(UserError, match="is not a partner update workbook made by LIP Planner"):
        read_update_workbook(riverside, plain)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    with pytest.raises(UserError, match="password-protected"):
        read_update_workbook(riverside, fake)
