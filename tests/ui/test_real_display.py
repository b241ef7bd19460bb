"""Smoke test on a real X server: the app starts with the xcb plugin, paints, and quits.

Every other UI test runs offscreen, which never loads the xcb plugin or the system libraries it
needs, so only this test notices when a fresh machine cannot show the window at all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.display,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed"),
]

# A painted main window has hundreds of colours (icons, anti-aliased text); an unpainted or
# black screen has one or two.
_MIN_COLOURS = 100
_WAIT_SECONDS = 90.0


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb server; it picks a free display number itself and tells us through a pipe."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            number = announced.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is needed for the real-display test (.ci/run installs it)"
    return path


def _x(env: dict[str, str], *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=30)


def test_demo_shows_a_painted_main_window_and_quits(display: str, tmp_path: Path) -> None:
    xdotool, grab, identify = _tool("xdotool"), _tool("import"), _tool("identify")
    home = tmp_path / "home"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
        "LANG": "C.UTF-8",
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "LIPPLANNER_USER": "Smoke Test",
    }
    (tmp_path / "runtime").mkdir(mode=0o700)
    log = tmp_path / "app.log"
    with log.open("w") as output:
        app = subprocess.Popen(
            [sys.executable, "-m", "lipplanner", "--demo"],
            env=env,
            cwd=Path(__file__).resolve().parents[2],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        window, colours = "", 0
        shot = tmp_path / "screen.png"
        deadline = time.monotonic() + _WAIT_SECONDS
        while time.monotonic() < deadline and colours < _MIN_COLOURS:
            assert app.poll() is None, f"the app exited ({app.returncode}):\n{log.read_text()}"
            time.sleep(0.5)
            found = _x(env, xdotool, "search", "--onlyvisible", "--name", "demo.*LIP Planner")
            if not found.stdout.strip():
                continue
            window = found.stdout.split()[0]
            if _x(env, grab, "-window", "root", str(shot)).returncode == 0:
                counted = _x(env, identify, "-format", "%k", str(shot))
                colours = int(counted.stdout.strip() or 0)
        assert window, f"no main window appeared:\n{log.read_text()}"
        assert colours >= _MIN_COLOURS, f"the screen stayed blank ({colours} colours)"

        # Quit as a user does, with the keyboard: the app must close itself cleanly.
        _x(env, xdotool, "windowfocus", "--sync", window, "key", "ctrl+q")
        assert app.wait(timeout=30) == 0, log.read_text()
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    text = log.read_text()
    assert "Traceback" not in text, text
