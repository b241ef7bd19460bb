"""Shared helpers: the big plans, best-of-N timing, and the one-line result format
`name: value unit (ratio× floor value unit)`."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"


def big_plan(actions: int = 2000) -> Path:
    """The synthetic plan of `lipplanner demo big.lip --actions N`, built once and reused."""
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"big{actions}.lip"
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "lipplanner", "demo", str(path), "--actions", str(actions)],
            cwd=ROOT,
            check=True,
        )
    return path


def compile_tree(tree: Path = ROOT) -> None:
    """Write the bytecode of the tree's `lipplanner` once, as installing it does.

    This project's shells set PYTHONDONTWRITEBYTECODE, so without this every timed start
    compiles our ~300 modules from source (0.3-0.6 s), a cost the floor (site-packages,
    compiled at install) and an installed copy never pay."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(tree / "lipplanner")],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def best_of(function: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of `repeat` runs, in seconds: the least disturbed by other work."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return min(timings)


def run_python(args: Sequence[str]) -> Callable[[], object]:
    """A callable that runs `python ARGS` in a fresh interpreter and checks it succeeded."""

    def run() -> object:
        return subprocess.run(
            [sys.executable, *args], cwd=ROOT, check=True, stdout=subprocess.DEVNULL
        )

    return run


def interleaved(
    subject: Callable[[], object], floor: Callable[[], object], repeat: int = 5
) -> tuple[float, float]:
    """Best-of timings of a subject and its floor, alternating so both see the same load."""
    subject_times, floor_times = [], []
    for _ in range(repeat):
        floor_times.append(best_of(floor, 1))
        subject_times.append(best_of(subject, 1))
    return min(subject_times), min(floor_times)


def line(name: str, value: float, unit: str, floor: float | None = None) -> str:
    """`name: 0.612 s (1.08× floor 0.566 s)`."""
    text = f"{name}: {value:.3g} {unit}"
    if floor:
        text += f" ({value / floor:.2f}× floor {floor:.3g} {unit})"
    return text


def guard_none_refcount() -> None:
    """PySide6 6.12 on Python 3.11 drops references to `None` it never took; the app
    guards itself in `make_application`, and this does the same for a benchmark that
    calls Qt before (or without) it: see `lipplanner.ui.refcounts`."""
    from lipplanner.ui.refcounts import guard_singleton_refcounts

    guard_singleton_refcounts()
