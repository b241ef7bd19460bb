"""`lipplanner import`, `partner-workbooks` and `import-template` from the command line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from lipplanner.cli import run_command
from lipplanner.core.db import open_plan
from lipplanner.core.reports.plan_import.mapping import ImportMapping
from lipplanner.core.services.plan_view import load_plan_view
from tests.reports.workbooks import MAPLE, QUARTER, fill, save_rows, tracking


def test_template_then_import_creates_a_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "template.xlsx"
    assert run_command(["import-template", str(template)]) == 0
    assert run_command(["import-template", str(template)]) == 1  # never replaced silently
    book = openpyxl.load_workbook(template)
    book["Actions"]["C2"] = "Library conversation cafés"
    book.save(template)

    code = run_command(
        ["import", str(template), "-o", str(tmp_path / "new.lip"), "--lip-name", "Lakeside LIP"]
    )

    out = capsys.readouterr().out
    assert code == 0, out
    assert "1 priority, 1 objective, 1 action, 3 partners" in out
    assert "\n3 partners will be added as new organisations: " in out
    assert "objective O1.1 is not on an Objectives sheet" in out
    db = open_plan(tmp_path / "new.lip", read_only=True)
    try:
        view = load_plan_view(db)
        assert [a.title_en for a in view.actions.values()] == ["Library conversation cafés"]
        assert view.partnership.name_en == "Lakeside LIP"
    finally:
        db.close()


def test_import_with_problems_writes_nothing_unless_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = save_rows(
        tmp_path / "plan.xlsx",
        {"Actions": [["Action", "Start", "Status"], ["Cafés", "next week", "On track"]]},
    )
    target = tmp_path / "new.lip"

    assert run_command(["import", str(sheet), "-o", str(target)]) == 1
    captured = capsys.readouterr()
    assert "Problem: Actions!B2: “next week” is not a date" in captured.out
    assert "nothing was written" in captured.err
    assert not target.exists()

    assert run_command(["import", str(sheet), "-o", str(target), "--dry-run",
                        "--accept-problems"]) == 0  # fmt: skip
    assert not target.exists()
    assert run_command(["import", str(sheet), "-o", str(target), "--accept-problems"]) == 0
    assert target.exists()


def test_wrong_file_type_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "plan.xlsx"
    fake.write_bytes(b"%PDF-1.7\n")
    assert run_command(["import", str(fake), "-o", str(tmp_path / "n.lip")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("lipplanner import: “plan.xlsx” is a PDF document, not a spreadsheet")
    assert not (tmp_path / "n.lip").exists()
    assert err.count("\n") == 1


def test_quarterly_round_from_the_command_line(
    riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert (
        run_command(
            ["partner-workbooks", str(riverside_file), "--period", QUARTER.label, "-o", str(out)]
        )
        == 0
    )
    assert f"Wrote {out / MAPLE}" in capsys.readouterr().out
    returned = fill(out / MAPLE, {"Updates": {"G6": 35, "K6": "Book the venue"}})
    db = open_plan(riverside_file)
    before = tracking(db)
    db.close()

    assert run_command(["import", str(returned), "--into", str(riverside_file), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "A1.4" in printed and "Percent complete: “0%” → “35%”" in printed
    assert "Next steps: (empty) → “Book the venue”" in printed
    assert "Dry run: nothing was written." in printed
    db = open_plan(riverside_file)
    assert tracking(db) == before
    db.close()

    assert run_command(["import", str(returned), "--into", str(riverside_file)]) == 0
    assert "Applied 1 update and " in capsys.readouterr().out
    assert run_command(["import", str(returned), "--into", str(riverside_file)]) == 0
    assert "No changes" in capsys.readouterr().out


def test_an_invalid_row_stops_the_import_and_lists_the_problems(
    riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_command(["partner-workbooks", str(riverside_file), "--period", QUARTER.label,
                 "-o", str(tmp_path)])  # fmt: skip
    returned = fill(tmp_path / MAPLE, {"Updates": {"G6": 35, "F5": "Sort of fine"}})
    db = open_plan(riverside_file)
    before = tracking(db)
    db.close()

    assert run_command(["import", str(returned), "--into", str(riverside_file)]) == 1

    captured = capsys.readouterr()
    assert "Problem: Updates!F5: Status: “Sort of fine” is not a status of this plan." in (
        captured.out
    )
    assert "nothing was written" in captured.err
    db = open_plan(riverside_file)
    assert tracking(db) == before
    db.close()


def test_bad_period_is_a_usage_error(riverside_file: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        run_command(
            ["partner-workbooks", str(riverside_file), "--period", "Q3", "-o", str(tmp_path)]
        )
    assert caught.value.code == 2


def test_show_mapping_then_an_edited_mapping_steers_the_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = save_rows(
        tmp_path / "tracker.xlsx",
        {
            "Tracker": [
                ["Area", "Activity", "Lead", "Status"],
                ["Housing", "Landlord fair", "City", "On track"],
                ["Housing", "Tenant guide", "City", "Stalled"],
                ["Totals for the year", None, None, None],
                ["Jobs", "Mentoring circles", "College", "Done"],
            ]
        },
    )
    assert run_command(["import", str(sheet), "--show-mapping"]) == 0
    detected = ImportMapping.from_json(capsys.readouterr().out)
    tracker = detected.sheets[0]
    assert tracker.header_rows == (0,)
    assert tracker.columns == {0: "ignore", 1: "action", 2: "lead", 3: "status"}

    # The coordinator says what "Area" is, skips the totals row and reads "Stalled".
    tracker.columns[0] = "priority"
    tracker.levels[3] = "skip"
    detected.statuses["Stalled"] = "serious_concerns"
    mapping = tmp_path / "tracker.json"
    mapping.write_text(detected.to_json(), encoding="utf-8")
    target = tmp_path / "new.lip"

    code = run_command(["import", str(sheet), "-o", str(target), "--mapping", str(mapping)])

    assert code == 0, capsys.readouterr()
    db = open_plan(target, read_only=True)
    try:
        view = load_plan_view(db)
        assert sorted(p.title_en for p in view.priorities.values()) == ["Housing", "Jobs"]
        statuses = {a.title_en: view.statuses[a.status_id].key for a in view.actions.values()}
        assert statuses == {
            "Landlord fair": "on_track",
            "Tenant guide": "serious_concerns",
            "Mentoring circles": "completed",
        }
    finally:
        db.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not valid JSON"),
        ('{"format": "something else"}', "not an import mapping saved by LIP Planner"),
        (
            '{"format": "lipplanner-import-mapping", "version": 1, "sheets": '
            '[{"sheet": "Tracker", "header_rows": [0], "columns": {"0": "drop table"}}]}',
            "“drop table” is not a known role",
        ),
        (
            '{"format": "lipplanner-import-mapping", "version": 1, "sheets": '
            '[{"sheet": "Tracker", "header_rows": [-5], "columns": {}}]}',
            "is not a row or column number",
        ),
    ],
    ids=["not-json", "other-json", "unknown-role", "negative-row"],
)
def test_a_bad_mapping_file_is_refused_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    sheet = save_rows(tmp_path / "t.xlsx", {"Tracker": [["Action", "Lead"], ["Fair", "City"]]})
    mapping = tmp_path / "m.json"
    mapping.write_text(content, encoding="utf-8")
    target = tmp_path / "new.lip"
    assert run_command(["import", str(sheet), "-o", str(target), "--mapping", str(mapping)]) == 1
    assert message in capsys.readouterr().err
    assert not target.exists()


def test_a_csv_plan_imports_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A ";" export from a French Excel, in Windows' encoding: what the assistant reads,
    # the command line reads too.
    sheet = tmp_path / "plan.csv"
    sheet.write_bytes(
        "Priorité;Action;Responsable;Échéancier;État\n"
        "Accueil;Tenir un forum régional;RIF CSO;T3 2019-2020;Terminé\n"
        ";Publier un répertoire;Collège Boréal;Printemps 2020;En cours\n".encode("cp1252")
    )
    target = tmp_path / "plan.lip"
    assert run_command(["import", str(sheet), "-o", str(target)]) == 0
    assert "1 priority, 1 objective, 2 actions" in capsys.readouterr().out
    db = open_plan(target, read_only=True)
    try:
        view = load_plan_view(db)
    finally:
        db.close()
    actions = view.ordered_actions
    assert [a.title_en for a in actions] == ["Tenir un forum régional", "Publier un répertoire"]
    assert actions[0].start_date.isoformat() == "2019-10-01"  # T3 of 2019-2020
