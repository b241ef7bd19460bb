"""The `lipplanner` command line: the GUI launcher's arguments and the headless
sub-commands. Never imports Qt; heavy modules are imported by the command that needs them.

Exit codes: 0 success; 1 an error the user can fix (one sentence on stderr); 2 bad usage.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lipplanner import APP_NAME, __version__
from lipplanner.commands import imports, safety, yearly
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period
from lipplanner.core.wording import count

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that says what is wrong in one line and exits with 2."""

    def error(self, message: str) -> Any:
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\nTry “{self.prog} --help”.\n")


def _period(text: str) -> Period:
    try:
        return Period.parse(text)
    except UserError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


# --- sub-commands -------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from lipplanner.core import demo

    if args.actions is None:
        path = demo.create_demo_file(args.output, overwrite=args.force)
        print(f"Wrote the Riverside demo plan to {path}")
    else:
        path = demo.create_synthetic_file(
            args.output, args.actions, seed=args.seed, overwrite=args.force
        )
        print(f"Wrote a synthetic plan of {count(args.actions, 'action')} to {path}")
    return EXIT_OK


def summarise(db: Any, period: Any) -> dict[str, Any]:
    """The figures of `lipplanner summary`, as a JSON-ready dictionary."""
    from lipplanner.core.services.summary import plan_summary

    summary = plan_summary(db, period)
    keys = [key for key, _label in summary.statuses]

    def counts(by_status: dict[str, int]) -> dict[str, int]:
        return {key: by_status.get(key, 0) for key in keys}

    def percent(value: float | None) -> float | None:
        return None if value is None else round(value, 1)

    total = summary.total
    return {
        "plan": {
            "title": summary.plan_title,
            "lip": summary.lip,
            "first_year": summary.first_year,
            "last_year": summary.last_year,
            "status": summary.plan_status,
        },
        "period": summary.period.label,
        "statuses": dict(summary.statuses),
        "priorities": [
            {
                "code": p.code,
                "title": p.title,
                "actions": p.rollup.actions,
                "by_status": counts(p.rollup.by_status),
                "percent_complete": percent(p.rollup.percent),
                "status": p.rollup.status_key,
            }
            for p in summary.priorities
        ],
        "totals": {
            "actions": total.actions,
            "by_status": counts(total.by_status),
            "percent_complete": percent(total.percent),
            "status": total.status_key,
            "overdue": total.overdue,
            "stale": total.stale,
            "partners": summary.partners,
            "practices": summary.practices,
            "indicators": summary.indicators,
        },
    }


def cmd_summary(args: argparse.Namespace) -> int:
    from lipplanner.core.collector import collector_paused
    from lipplanner.core.periods import fiscal_year_label

    # SQLAlchemy's import makes tens of thousands of objects, none garbage: the
    # collector's walks over them were a tenth of the command.
    with collector_paused():
        from lipplanner.core.db import open_plan

        db = open_plan(args.file, read_only=True, leave_no_trace=True)
        try:
            data = summarise(db, args.period)
        finally:
            db.close()
    plan = data["plan"]
    warn_outside_plan(
        "summary", Period.parse(data["period"]), plan["first_year"], plan["last_year"]
    )
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    totals, labels = data["totals"], data["statuses"]
    print(
        f"{plan['lip']} — {plan['title']} ({fiscal_year_label(plan['first_year'])} to "
        f"{fiscal_year_label(plan['last_year'])})"
    )
    print(
        f"Period {Period.parse(data['period']).display}: {count(totals['actions'], 'action')}, "
        f"{_pct(totals['percent_complete'])} complete, {totals['overdue']:,} overdue, "
        f"{totals['stale']:,} without an update this period"
    )
    print()
    for priority in data["priorities"]:
        print(f"{priority['code']:<6} {priority['title']}")
        statuses = ", ".join(f"{labels[k]} {n}" for k, n in priority["by_status"].items() if n)
        print(
            f"       {count(priority['actions'], 'action')}, {_pct(priority['percent_complete'])} "
            f"complete — {statuses or 'no actions'}"
        )
    print()
    print(
        f"Partners {totals['partners']} · Indicators {totals['indicators']} · "
        f"Promising practices {totals['practices']}"
    )
    return EXIT_OK


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def warn_outside_plan(command: str, period: Period, first_year: int, last_year: int) -> None:
    """Refuse a period before the plan begins (nothing can be reported yet); warn on
    stderr for one after it ends (the figures then only repeat the latest updates)."""
    from lipplanner.core.periods import fiscal_year_label

    years = f"{fiscal_year_label(first_year)} to {fiscal_year_label(last_year)}"
    if period.year < first_year:
        raise UserError(
            f"{period.display} is before the plan begins ({years}): there is nothing to report "
            f"yet. Choose a period from {years}."
        )
    if period.year > last_year:
        print(
            f"lipplanner {command}: warning: {period.display} is after the plan ends ({years}); "
            "no work is planned in it, so the figures only repeat each action’s latest update.",
            file=sys.stderr,
        )


def cmd_check(args: argparse.Namespace) -> int:
    from lipplanner.core.db.check import check_file

    report = check_file(Path(args.file))
    for line in report.lines:
        print(line)
    if report.problems:
        for problem in report.problems:
            print(f"Problem: {problem}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from lipplanner.core.db import open_plan
    from lipplanner.core.periods import last_completed_quarter
    from lipplanner.core.reports.progress_report import ReportOptions, export_progress_report
    from lipplanner.core.reports.saving import check_destination
    from lipplanner.core.services.plan_view import load_plan_view

    destination = check_destination(args.output)  # before any work
    if destination.exists() and not args.force:
        raise UserError(
            f"“{destination}” already exists; choose another name or add --force to replace it."
        )
    db = open_plan(args.file, read_only=True, leave_no_trace=True)
    try:
        # A report covers a period that is over: by default the last completed quarter.
        view = load_plan_view(db, args.period or last_completed_quarter())
    finally:
        db.close()
    warn_outside_plan("export", view.period, view.plan.first_year, view.plan.last_year)
    options = ReportOptions(lang=args.lang, prepared_by=args.prepared_by or "")
    path = export_progress_report(view, destination, options)
    print(f"Wrote the {view.period.display} progress report ({args.lang}) to {path}")
    return EXIT_OK


# Commands register here; a command is (help, add-arguments function, run function).
Command = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]


def _demo_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("output", metavar="OUT.lip", help="the plan file to write")
    p.add_argument(
        "--actions",
        type=_positive,
        metavar="N",
        help="write a synthetic plan of N actions instead of Riverside",
    )
    p.add_argument("--seed", type=int, default=1, help="seed of the synthetic plan")
    p.add_argument("--force", action="store_true", help="replace OUT.lip if it exists")


def _summary_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a plan file")
    p.add_argument("--period", type=_period, help="e.g. 2025-26-Q2 or 2025-26 (default: now)")
    p.add_argument("--json", action="store_true", help="print JSON")


def _check_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a plan file")


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a plan file")
    p.add_argument(
        "-o", "--output", required=True, metavar="OUT.xlsx", help="the workbook to write"
    )
    p.add_argument(
        "--period",
        type=_period,
        help="e.g. 2025-26-Q2 or 2025-26 (default: the last completed quarter)",
    )
    p.add_argument("--lang", choices=("en", "fr"), default="en", help="report language")
    p.add_argument(
        "--prepared-by",
        metavar="NAME",
        help="name printed on the cover (default: the partnership's coordinator)",
    )
    p.add_argument("--force", action="store_true", help="replace OUT.xlsx if it exists")


COMMANDS: dict[str, Command] = {
    "demo": ("write the Riverside demo plan, or a synthetic one of any size", _demo_args, cmd_demo),
    "summary": ("print progress by priority", _summary_args, cmd_summary),
    "check": ("check a plan file's integrity and schema", _check_args, cmd_check),
    "history": ("print who changed what and when", safety.history_args, safety.cmd_history),
    "backups": ("list, make or restore a plan's backups", safety.backups_args, safety.cmd_backups),
    "copy": ("copy a plan between a file and a server", safety.copy_args, safety.cmd_copy),
    "rollover": (
        "preview or start the next fiscal year's annual action plan",
        yearly.rollover_args,
        yearly.cmd_rollover,
    ),
    "submissions": (
        "list the submitted reports, or write one as it was sent",
        yearly.submissions_args,
        yearly.cmd_submissions,
    ),
    "import": (
        "create a plan from a spreadsheet, or read partner updates into a plan",
        imports.import_args,
        imports.cmd_import,
    ),
    "partner-workbooks": (
        "write the quarter's update workbooks, one per lead partner",
        imports.workbooks_args,
        imports.cmd_partner_workbooks,
    ),
    "import-template": (
        "write the spreadsheet template for importing a plan",
        imports.template_args,
        imports.cmd_import_template,
    ),
    "export": ("write the funder progress report (Excel)", _export_args, cmd_export),
}


def command_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lipplanner", description=f"{APP_NAME}: headless commands.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )
    for name, (help_text, add_arguments, run) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text.capitalize())
        add_arguments(command)
        command.set_defaults(run=run)
    return parser


def gui_parser() -> argparse.ArgumentParser:
    commands = ", ".join(COMMANDS)
    parser = _Parser(
        prog="lipplanner",
        description=f"{APP_NAME}: the strategic plan of a Local Immigration Partnership.",
        epilog=f"Headless commands: {commands} (see “lipplanner COMMAND --help”).",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("file", nargs="?", metavar="FILE", help="a plan file to open")
    parser.add_argument(
        "--demo", action="store_true", help="open a fresh copy of the Riverside demo plan"
    )
    parser.add_argument(
        "--db", metavar="URL", help="open a shared database (postgresql+psycopg://user@host/name)"
    )
    parser.add_argument("--read-only", action="store_true", help="open without changing it")
    parser.add_argument("--lang", choices=("en", "fr"), help="interface language")
    return parser


def run_command(argv: Sequence[str]) -> int:
    """Run a headless sub-command; returns the exit code."""
    args = command_parser().parse_args(list(argv))
    try:
        return int(args.run(args))
    except UserError as error:
        print(f"lipplanner {args.command}: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`… | head`): stop quietly, and keep Python from
        # complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except OSError as error:
        print(
            f"lipplanner {args.command}: {error.strerror or error}"
            f"{f': {error.filename}' if error.filename else ''}.",
            file=sys.stderr,
        )
        return EXIT_ERROR


def is_command(argv: Sequence[str]) -> bool:
    return bool(argv) and argv[0] in COMMANDS


def mistyped_command(argv: Sequence[str]) -> str | None:
    """The first argument, when it reads as a command that does not exist rather than a
    plan to open: a bare word ("sumary") that names no file. None otherwise."""
    if not argv or argv[0] in COMMANDS:
        return None
    word = argv[0]
    if word.startswith("-") or "://" in word or "/" in word or "\\" in word:
        return None
    if Path(word).suffix or Path(word).exists():
        return None
    return word


def unknown_command(word: str) -> int:
    """Say that `word` is not a command, suggest the nearest one, and list them all."""
    close = difflib.get_close_matches(word, list(COMMANDS), n=1)
    guess = f' — did you mean "{close[0]}"?' if close else "."
    print(
        f'lipplanner: unknown command "{word}"{guess}\n'
        f"Commands: {', '.join(COMMANDS)} (see “lipplanner COMMAND --help”).",
        file=sys.stderr,
    )
    return EXIT_USAGE
