"""The screenshot tool: every view in the navigation and the main dialogs, written as
PNGs of the screen size asked for, none of them blank."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from lipplanner.tools import screenshots


def _ink(image: QImage) -> float:
    """The share of pixels (a grid sample) unlike the commonest one: 0 for a blank."""
    pixels = Counter(
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    )
    return 1 - pixels.most_common(1)[0][1] / sum(pixels.values())


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen dialogs
def test_one_size_writes_every_view_and_dialog_at_that_size(
    qapp: QApplication, tmp_path: Path
) -> None:
    from lipplanner.ui.main_window import MainWindow

    out = tmp_path / "en" / "1280x720"
    written = screenshots.render_desk(out, (1280, 720), tmp_path / "profile")
    names = {path.stem for path in written}

    probe = MainWindow()
    views = {entry.key.replace("_", "-") for entry in probe._entries}
    probe.deleteLater()
    assert views <= names, views - names  # every view in the navigation
    assert set(screenshots.DIALOGS) <= names, set(screenshots.DIALOGS) - names
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        assert path.stat().st_size < 150_000, (path.name, path.stat().st_size)
        if path.stem in screenshots.DIALOGS:  # as big as it asks, never above the screen
            assert image.width() <= 1280 and image.height() <= 720 - 60, path.name
        else:
            assert (image.width(), image.height()) == (1280, 720), path.name
        assert _ink(image) > 0.03, f"{path.name} is blank"


def test_sizes_are_read_from_a_list_or_one_at_a_time() -> None:
    assert screenshots.parse_size("1280x720,1920x1080") == [(1280, 720), (1920, 1080)]
    options = screenshots._parse(["--size", "1280x800", "--size", "1920x1080", "--lang", "fr"])
    assert options.sizes == [(1280, 800), (1920, 1080)] and options.langs == ("fr",)
    assert screenshots._parse([]).sizes == list(screenshots.SIZES)
    with pytest.raises(SystemExit):
        screenshots._parse(["--size", "big"])
