"""Help → User guide works from an installed wheel, not only from a checkout's docs/."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[2]
GUIDE = CHECKOUT / "docs" / "guide"
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")

# Run in the installed copy: opens the Help action and reports what it shows.
PROBE = r"""
import re, sys
from pathlib import Path
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
import lipplanner
from lipplanner.ui import i18n
from lipplanner.ui.application import make_application
from lipplanner.ui.main_window import MainWindow

app = make_application()
i18n.switch_language(app, sys.argv[1])
window = MainWindow()
window.guide_action.trigger()
guide = window._guide
page = guide.current_page()
print("package", Path(lipplanner.__file__).parent)
print("page", page)
print("shown", guide.isVisible(), guide.browser.toPlainText()[:60].replace("\n", " "))
suffix = ".fr.md" if sys.argv[1] == "fr" else ".md"
for other in sorted(page.parent.glob("*" + suffix)):
    if sys.argv[1] == "en" and other.name.endswith(".fr.md"):
        continue
    guide.show_page(other)
    document = guide.browser.document()
    for name in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", other.read_text(encoding="utf-8")):
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        print("image", other.name + ":" + name, image is not None and not image.isNull())
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(CHECKOUT)],
        check=True,
        timeout=600,
    )
    return next(out.glob("lipplanner-*.whl"))


@pytest.mark.slow
def test_the_wheel_holds_every_guide_page_and_the_images_they_show(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    data = next(n for n in names if n.endswith("share/lipplanner/lipplanner.desktop"))
    share = data.removesuffix("lipplanner.desktop")
    for page in GUIDE.glob("*.md"):
        assert f"{share}docs/guide/{page.name}" in names, page.name
        for image in IMAGE.findall(page.read_text(encoding="utf-8")):
            inside = os.path.normpath(f"docs/guide/{image}")
            assert f"{share}{inside}" in names, f"{page.name} shows {image}, not in the wheel"


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "first_page"), [("en", "README.md"), ("fr", "README.fr.md")])
def test_help_finds_the_installed_guide_and_its_images(
    wheel: Path, tmp_path: Path, lang: str, first_page: str
) -> None:
    prefix = tmp_path / "prefix"
    # --ignore-installed: without it pip "upgrades" the venv's own (editable) install by
    # uninstalling it, and every later test of the run finds no lipplanner.
    install = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--ignore-installed"]
    install.append("--prefix")
    subprocess.run(
        [*install, str(prefix), str(wheel)],
        check=True,
        timeout=300,
    )
    site = sysconfig.get_path("purelib", vars={"base": str(prefix), "platbase": str(prefix)})
    # Away from the checkout, with the installed copy ahead of the editable one.
    env = {**os.environ, "PYTHONPATH": site, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, lang],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = [line.split(" ", 1) for line in result.stdout.splitlines()]
    facts = {key: value for key, value in lines if key != "image"}
    assert Path(facts["package"]).is_relative_to(prefix)
    page = Path(facts["page"])
    assert page.is_relative_to(prefix / "share" / "lipplanner"), page
    assert page.name == first_page
    assert facts["shown"].startswith("True")
    images = [value for key, value in lines if key == "image"]
    assert len(images) >= 10, "the guide's pages show their screenshots"
    assert all(value.endswith("True") for value in images), images
