"""The desktop entry, the MIME type and the application icon."""

from __future__ import annotations

import configparser
import tomllib
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from lipplanner.resources import resource_path
from lipplanner.tools.render_icons import SIZES, png_path, render
from lipplanner.ui.identity import app_icon, apply_app_identity

ROOT = Path(__file__).resolve().parents[2]


def test_the_desktop_entry_has_every_key_desktops_need() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    assert parser.read(resource_path("lipplanner.desktop"), encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "LIP Planner" and entry["Name[fr]"]
    assert "Local Immigration Partnership" in entry["Comment"]
    assert "Partenariat local" in entry["Comment[fr]"]
    assert entry["Exec"] == "lipplanner %f"
    assert entry["Icon"] == "lipplanner"
    assert entry["Categories"] == "Office;ProjectManagement;"
    assert entry["MimeType"] == "application/x-lipplanner-plan;"


def test_the_mime_type_claims_lip_files() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ElementTree.parse(resource_path("lipplanner-mime.xml")).getroot()
    mime = root.find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == "application/x-lipplanner-plan"
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.lip"]


def test_the_icon_loads_sharp_at_16_and_256_pixels(qtbot: QtBot) -> None:
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 256):
        pixmap = icon.pixmap(QSize(size, size))
        assert not pixmap.isNull() and pixmap.width() == size
        image = pixmap.toImage()
        # Not a blank square: the centre is the white checklist, the corner transparent.
        assert image.pixelColor(size // 2, size // 2).lightness() > 180
        assert image.pixelColor(0, 0).alpha() == 0


def test_the_committed_pngs_are_the_svg_rendered(qtbot: QtBot) -> None:
    svg = resource_path("icons", "lipplanner.svg")
    for size in SIZES:
        committed = QImage(str(png_path(size)))
        assert committed.width() == committed.height() == size
        fresh = QImage.fromData(render(svg, size))
        # Qt versions antialias edges a little differently: the same picture, not the same bytes.
        assert _largest_difference(committed, fresh) <= 2, f"re-render {size} px"


def _largest_difference(a: QImage, b: QImage) -> int:
    """The largest difference of any colour channel of any pixel, 0–255."""
    a, b = (image.convertToFormat(QImage.Format.Format_ARGB32) for image in (a, b))
    return max(abs(x - y) for x, y in zip(bytes(a.constBits()), bytes(b.constBits()), strict=True))


def test_the_application_says_who_it_is(qtbot: QtBot) -> None:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    apply_app_identity(app)
    assert app.applicationName() == "LIP Planner"
    assert app.applicationDisplayName() == "LIP Planner"
    assert app.organizationName() == "LIP Planner"
    assert app.desktopFileName() == "lipplanner"
    assert not app.windowIcon().isNull()


def test_a_regular_install_ships_every_resource_file() -> None:
    """Every file under resources/ that the app reads is listed in the data-files."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = {
        pattern
        for target, patterns in config["tool"]["setuptools"]["data-files"].items()
        if target.startswith("share/lipplanner")
        for pattern in patterns
    }
    needed = {
        "resources/lipplanner.desktop",
        "resources/lipplanner-mime.xml",
        "resources/icons/lipplanner.svg",
        *(f"resources/icons/hicolor/{s}x{s}/apps/lipplanner.png" for s in SIZES),
    }
    assert needed <= shipped
    for pattern in needed:
        assert (ROOT / pattern).is_file()
