"""`lipplanner export`: the report from the command line, and its errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from lipplanner.cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE, run_command

ROOT = Path(__file__).resolve().parents[2]


def test_export_in_french_for_a_year(
    riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rapport.xlsx"
    code = run_command(
        [
            "export",
            str(riverside_file),
            "-o",
            str(out),
            "--period",
            "2025-26",
            "--lang",
            "fr",
            "--prepared-by",
            "Élodie Riveneuve",
        ]
    )
    assert code == EXIT_OK
    assert str(out) in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[2] == "Plan d’action"
    cover = {r[0]: r[1] for r in wb["Page titre"].iter_rows(values_only=True) if r[0]}
    assert cover["Préparé par"] == "Élodie Riveneuve"
    assert "Exercice 2025-2026" in cover["Période visée"]
    assert wb.properties.creator == "Élodie Riveneuve"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{missing}", "-o", "{out}"], "There is no plan file"),
        (["{plan}", "-o", "{nofolder}"], "does not exist"),
        (["{plan}", "-o", "{csv}"], "must end in .xlsx"),
    ],
)
def test_errors_are_one_sentence(
    riverside_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    values = {
        "missing": str(tmp_path / "missing.lip"),
        "plan": str(riverside_file),
        "out": str(tmp_path / "r.xlsx"),
        "nofolder": str(tmp_path / "nowhere" / "r.xlsx"),
        "csv": str(tmp_path / "r.csv"),
    }
    code = run_command(["export", *(a.format(**values) for a in args)])
    err = capsys.readouterr().err
    assert code == EXIT_ERROR
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "r.xlsx").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["export", "plan.lip"],  # no -o
        ["export", "plan.lip", "-o", "r.xlsx", "--lang", "de"],
        ["export", "plan.lip", "-o", "r.xlsx", "--period", "2025"],
    ],
)
def test_bad_usage_exits_with_2(args: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run_command(args)
    assert exit_info.value.code == EXIT_USAGE


def test_export_never_imports_qt(riverside_file: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "r.xlsx")
    script = (
        "import sys\n"
        "from lipplanner.cli import run_command\n"
        "assert 'openpyxl' not in sys.modules\n"
        f"code = run_command(['export', {str(riverside_file)!r}, '-o', {out!r}])\n"
        "assert code == 0, code\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT, timeout=120)
