"""The application's identity for the desktop: names, organisation and icon."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon

from lipplanner import APP_NAME, __version__
from lipplanner.resources import resource_path

# The .desktop file's base name: Wayland and X11 match windows to it for their icon.
DESKTOP_FILE = "lipplanner"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


@cache  # asked by the application, the window and the welcome page: 8 files read each
def app_icon() -> QIcon:
    """The application icon: the rendered PNG sizes, with the SVG for any other size."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", "hicolor", f"{size}x{size}", "apps", "lipplanner.png")
        if path.is_file():
            icon.addFile(str(path))
    svg = resource_path("icons", "lipplanner.svg")
    if svg.is_file():
        icon.addFile(str(svg))
    if icon.isNull():
        # An installed theme icon, if a package put one there instead of our files.
        icon = QIcon.fromTheme(DESKTOP_FILE)
    return icon


def apply_app_identity(app: QGuiApplication) -> None:
    """Name, organisation, desktop file and window icon, so task bars and docks show
    LIP Planner properly. The organisation name decides where settings are stored:
    keep it unchanged between versions."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("LIP Planner")
    app.setOrganizationDomain("lipplanner.ca")
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(app_icon())
    QCoreApplication.setApplicationName(APP_NAME)
