"""Start-up shows the window first: the main window and its welcome page come up before
SQLAlchemy (and the database layer, every feature's dialogs) is
imported; opening a plan then brings them in and works as before.

Each check runs in a fresh interpreter, since this test session has long imported
everything."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What the first screen does not need; each loads when its feature is first used.
DEFERRED = (
    "lipplanner.ui.views.forms",  # the detail forms: the first selection
    "lipplanner.ui.views.form",
    "lipplanner.ui.operations",  # editing commands: the first edit
    "lipplanner.ui.dialogs.editing",
    "lipplanner.ui.dialogs.export_report",  # File → Export progress report…
    "lipplanner.ui.dialogs.preferences",  # Edit → Preferences…
    "lipplanner.ui.dialogs.open_elsewhere",  # a plan open on another computer
)

# Prints one JSON line per step: what the window shows and whether SQLAlchemy is loaded.
_PROBE = (
    f"DEFERRED = {DEFERRED!r}"
    + """
import gc, json, sys
from lipplanner.ui.application import make_application

def step(name, window):
    shown = window.central.currentWidget()
    print(json.dumps({
        "step": name,
        "sqlalchemy": any(m.split(".")[0] == "sqlalchemy" for m in sys.modules),
        "orm_classes": "lipplanner.core.models" in sys.modules,
        "shows": "welcome" if shown is window.welcome else "plan",
        "visible": window.isVisible() and shown.isVisible(),
        "title": window.windowTitle(),
        "loaded": [m for m in DEFERRED if m in sys.modules],
        "collecting": gc.isenabled(),
        "key_filter": window._reserved is not None and window._reserved.filtering,
    }))

app = make_application()
import lipplanner.ui.main_window as main_window
print(json.dumps({"step": "import", "sqlalchemy": "sqlalchemy" in sys.modules}))
window = main_window.MainWindow()
window.resize(1200, 800)
window.show()
app.processEvents()
window.grab()
step("welcome", window)
if len(sys.argv) > 1:
    assert window.open_plan(sys.argv[1])
    app.processEvents()
    step("opened", window)
    print(json.dumps({"step": "plan rows", "rows": window.current_view("plan").model.rowCount()}))
    window.close_plan()
"""
)


def _probe(tmp_path: Path, *args: str) -> dict[str, dict[str, object]]:
    profile = tmp_path / "profile"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(profile),
        "XDG_CONFIG_HOME": str(profile),
        "XDG_DATA_HOME": str(profile),
    }
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    steps = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return {str(step["step"]): step for step in steps}


def test_importing_the_main_window_does_not_import_sqlalchemy(tmp_path: Path) -> None:
    steps = _probe(tmp_path)
    assert steps["import"]["sqlalchemy"] is False


def test_the_welcome_page_shows_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    welcome = _probe(tmp_path)["welcome"]
    assert welcome == {
        "step": "welcome",
        "sqlalchemy": False,
        "orm_classes": False,
        "shows": "welcome",
        "visible": True,
        "title": "LIP Planner",
        "loaded": [],
        "collecting": False,  # held until the first plan is up
        "key_filter": False,
    }


def test_a_plan_opened_after_the_lean_start_shows_its_tree(
    tmp_path: Path, riverside_file: Path
) -> None:
    steps = _probe(tmp_path, str(riverside_file))
    assert steps["welcome"]["sqlalchemy"] is False
    opened = steps["opened"]
    assert opened["sqlalchemy"] is True
    assert opened["shows"] == "plan" and opened["visible"] is True
    assert str(opened["title"]).startswith("riverside")
    with sqlite3.connect(riverside_file) as plan:
        (priorities,) = plan.execute("SELECT count(*) FROM priority").fetchone()
    assert priorities > 0
    assert steps["plan rows"]["rows"] == priorities  # the tree's top level


def test_opening_a_plan_to_look_at_it_loads_no_orm_class(
    tmp_path: Path, riverside_file: Path
) -> None:
    """The plan is read with Core statements over light tables; the 24 mapped classes
    (a fifth of a second) come in with the first edit, not with the window."""
    opened = _probe(tmp_path, str(riverside_file))["opened"]
    assert opened["shows"] == "plan" and opened["orm_classes"] is False


def test_a_plan_shown_to_look_at_loads_no_form_dialog_or_key_filter(
    tmp_path: Path, riverside_file: Path
) -> None:
    """The forms, editing commands and menus' dialogs wait for their first use (each is
    driven from the window in test_deferred_features.py); the reserved-keys filter waits
    for a text box; the garbage collector, held during start-up, runs again."""
    opened = _probe(tmp_path, str(riverside_file))["opened"]
    assert opened["shows"] == "plan" and opened["visible"] is True
    assert opened["loaded"] == []
    assert opened["key_filter"] is False
    assert opened["collecting"] is True


_SCAN_PROBE = """
import inspect, json, sys
read = []
real = inspect.getsource
inspect.getsource = lambda obj: read.append(obj.__name__) or real(obj)
import lipplanner.ui  # PySide6 itself is read while its hook is installed
read.clear()
import lipplanner.ui.application
import wave  # a module nothing above imports
from PySide6.QtCore import QObject, Signal

class Probe(QObject):  # Qt's classes keep their usual names after the change
    said = Signal(str)

heard = []
probe = Probe()
probe.said.connect(heard.append)
probe.said.emit("ok")
print(json.dumps({"read": read, "heard": heard, "object_name": probe.objectName()}))
"""


def test_pyside6_reads_no_module_source_once_the_app_has_started(tmp_path: Path) -> None:
    """PySide6 read every imported module's file to look for `from __feature__`;
    the app's import of `lipplanner.ui` stops it (a tenth of a small plan's start-up)."""
    result = subprocess.run(
        [sys.executable, "-c", _SCAN_PROBE],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.splitlines()[-1])
    assert probe == {"read": [], "heard": ["ok"], "object_name": ""}
