"""Composition root: decide between a headless command and the GUI, then start it."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from lipplanner import cli

    if cli.is_command(args):
        return cli.run_command(args)
    mistyped = cli.mistyped_command(args)
    if mistyped is not None:
        return cli.unknown_command(mistyped)
    options = cli.gui_parser().parse_args(args)
    from lipplanner.ui.application import run_gui  # Qt is imported only from here on

    return run_gui(options)
