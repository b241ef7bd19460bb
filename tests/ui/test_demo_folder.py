"""`lipplanner --demo` writes its copy in ".../LIP Planner/demo", the user's data folder,
not in Qt's organisation/application pair ".../LIP Planner/LIP Planner/demo"."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from lipplanner.cli import gui_parser
from lipplanner.ui.application import open_from_options
from lipplanner.ui.main_window import MainWindow


def test_the_demo_copy_lives_in_the_data_folder_once(
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    assert open_from_options(window, gui_parser().parse_args(["--demo"]))
    assert window.context is not None
    path = window.context.db.path
    data = Path(os.environ["XDG_DATA_HOME"]).resolve()
    assert path == data / "LIP Planner" / "demo" / "Riverside demo.lip"
    assert "LIP Planner/LIP Planner" not in path.as_posix()
