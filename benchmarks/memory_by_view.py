"""Where the GUI's memory goes on the big plan: RSS (and its peak) after each step of
bench_gui's session — the plan open, the Actions view, a filter, then every view — and,
with `--rows`, what one table's rows hold by `tracemalloc` (slow: about a minute).

    python benchmarks/memory_by_view.py [--actions 20000] [--rows actions partners]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import big_plan


def _rss() -> tuple[float, float]:
    """Current and peak resident memory, MB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--actions", type=int, default=20000)
    parser.add_argument("--rows", nargs="*", default=[], help="tables whose rows to trace")
    args = parser.parse_args()
    profile = tempfile.mkdtemp(prefix="lipplanner-bench-")
    os.environ.update(
        QT_QPA_PLATFORM="offscreen", HOME=profile, XDG_CONFIG_HOME=profile, XDG_DATA_HOME=profile
    )
    from lipplanner.ui.application import make_application
    from lipplanner.ui.main_window import MainWindow

    def mark(step: str) -> None:
        rss, peak = _rss()
        print(f"{step:28s} RSS {rss:5.0f} MB   peak {peak:5.0f} MB", flush=True)

    app = make_application()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    mark("window")
    window.open_plan(str(big_plan(args.actions)), read_only=True)
    app.processEvents()
    mark("plan open")
    window.show_view("actions")
    app.processEvents()
    mark("actions")
    search = window.current_view("actions").search  # type: ignore[union-attr]
    for text in ("n", "ne", ""):
        search.setText(text)
        app.processEvents()
    mark("actions filtered")
    for key in [e.key for e in window._entries]:
        window.show_view(key)
        app.processEvents()
        mark(f"view {key}")
    for key in args.rows:
        import gc
        import tracemalloc

        window.show_view(key)
        page = window.current_view(key)
        gc.collect()
        tracemalloc.start()
        rows = page.rows(window.context.view())  # type: ignore[union-attr]
        held = tracemalloc.get_traced_memory()[0]
        top = tracemalloc.take_snapshot().statistics("lineno")[:8]
        tracemalloc.stop()
        each = held / max(1, len(rows))
        print(f"{key} rows: {len(rows)}, {held / 2**20:.1f} MB, {each:.0f} B a row")
        for stat in top:
            print("   ", stat)
        del rows
    sys.stdout.flush()
    os._exit(0)  # as bench_gui: the figures are out, skip tearing down 20,000 rows


if __name__ == "__main__":
    main()
