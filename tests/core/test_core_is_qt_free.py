"""The core and the CLI never import Qt: they must run on a machine without a display
and stay fast to start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import builtins, sys
real_import = builtins.__import__
def guarded(name, *args, **kwargs):
    if name.split('.')[0] in ('PySide6', 'shiboken6') or name.startswith('lipplanner.ui'):
        raise ImportError('Qt is not installed here: ' + name)
    return real_import(name, *args, **kwargs)
builtins.__import__ = guarded
import pkgutil, importlib, lipplanner.core, lipplanner.cli
for module in pkgutil.walk_packages(lipplanner.core.__path__, 'lipplanner.core.'):
    if '.migrations' in module.name:
        continue
    importlib.import_module(module.name)
print('ok', len(sys.modules))
"""


def test_core_and_cli_import_without_pyside6() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_no_core_module_mentions_qt() -> None:
    offenders = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "lipplanner" / "core").rglob("*.py")
        if any(
            line.lstrip().startswith(("import PySide6", "from PySide6", "from lipplanner.ui"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []


def test_the_summary_command_loads_neither_qt_nor_alembic_nor_openpyxl(tmp_path: Path) -> None:
    probe = (
        "import sys; from lipplanner.cli import run_command;"
        f"run_command(['demo', {str(tmp_path / 'p.lip')!r}]);"
        "mods = set(sys.modules);"
        f"run_command(['summary', {str(tmp_path / 'p.lip')!r}]);"
        "loaded = set(sys.modules) - mods;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'alembic', 'openpyxl')];"
        "print('BAD', bad)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "BAD []" in result.stdout
