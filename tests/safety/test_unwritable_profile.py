"""The GUI starts and works when the profile folders (home, XDG config/data/cache)
cannot be written: settings, logs and the demo copy fall back to the temporary
folder, with one warning each, instead of a PermissionError."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.safety.test_readers_writers import AS_ORDINARY_USER

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from lipplanner.ui.application import make_application
from lipplanner.ui.errors import install_error_handling
from lipplanner.ui.main_window import MainWindow
from lipplanner.core.services import editing

app = make_application()
install_error_handling()
window = MainWindow()
window.show()
window.open_demo()
assert window.context is not None, "the demo did not open"
db = window.context.db
editing.update(db, "action", 1, {"percent_complete": 77})
assert editing.get_values(db, "action", 1)["percent_complete"] == 77
window.close()
app.processEvents()
print("worked", db.path)
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_gui_works_with_an_unwritable_profile(tmp_path: Path) -> None:
    home = tmp_path / "home"
    for sub in (".config", ".local/share", ".cache"):
        (home / sub).mkdir(parents=True)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "TMPDIR": str(scratch),
        "QT_QPA_PLATFORM": "offscreen",
    }
    folders = [home, *(p for p in home.rglob("*") if p.is_dir())]
    for folder in folders:
        folder.chmod(0o555)
    try:
        done = subprocess.run(
            [*AS_ORDINARY_USER, sys.executable, "-c", CHILD],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    finally:
        for folder in folders:
            folder.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "PermissionError" not in done.stderr
    # The demo copy went to the temporary folder and took the edit there.
    assert done.stdout.startswith(f"worked {scratch}")
    warnings = [line for line in done.stderr.splitlines() if line.startswith("LIP Planner: ")]
    assert any("cannot be written; using" in line for line in warnings), done.stderr
    assert any("settings are kept in" in line for line in warnings), done.stderr
    assert not any(home.rglob("*.lip"))
