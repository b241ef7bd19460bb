"""Features that add their own menu entries and views to the main window.

Each entry names a function `install(window: MainWindow) -> None`, called once after
the window has built its menus and standard views. An installer adds actions with
`window.menu("file" | "edit" | "view" | "plan" | "tools" | "help")` and views with
`window.add_view(...)`; see `MainWindow` for both.
"""

from __future__ import annotations

INSTALLERS: list[str] = [
    # "lipplanner.ui.<module>:install",
    "lipplanner.ui.safety_actions:install",
    "lipplanner.ui.yearly_actions:install",
    "lipplanner.ui.import_actions:install",
    "lipplanner.ui.export_actions:install",
    "lipplanner.ui.progress_views:install",
    "lipplanner.ui.i18n_actions:install",
]
