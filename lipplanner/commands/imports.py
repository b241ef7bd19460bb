"""The command-line side of spreadsheet import and the partner update round-trip:
`lipplanner import`, `lipplanner partner-workbooks`, `lipplanner import-template`.
Registered in `lipplanner.cli.COMMANDS`; never imports Qt."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from lipplanner.core.errors import UserError
from lipplanner.core.wording import count

EXIT_OK, EXIT_ERROR = 0, 1


def _print_problems(problems: Any, *, more: int = 0, stream: Any = None) -> None:
    stream = stream or sys.stdout
    for problem in problems:
        marker = "Problem" if problem.level == "error" else "Note"
        print(f"  {marker}: {problem}", file=stream)
    if more:
        print(f"  … and {count(more, 'more problem')}.", file=stream)


def import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("workbook", metavar="SHEET.xlsx", help="the workbook to read")
    target = p.add_mutually_exclusive_group()
    target.add_argument(
        "-o", "--output", metavar="NEW.lip", help="create a new plan from the workbook"
    )
    target.add_argument(
        "--into", metavar="PLAN.lip", help="read a returned partner update workbook into a plan"
    )
    target.add_argument(
        "--show-mapping",
        action="store_true",
        help="print how the workbook would be read (sheets, heading rows, column roles) as "
        "JSON to edit and pass back with --mapping; write nothing",
    )
    p.add_argument(
        "--mapping",
        metavar="MAPPING.json",
        help="read the workbook as this saved mapping says (from --show-mapping or the "
        "import assistant) instead of guessing",
    )
    p.add_argument("--dry-run", action="store_true", help="print what would change; write nothing")
    p.add_argument(
        "--accept-problems",
        action="store_true",
        help="create the plan even if some values could not be read (they are left out)",
    )
    p.add_argument("--lip-name", metavar="NAME", help="the partnership's name (new plan)")
    p.add_argument("--title", metavar="TITLE", help="the plan's title (new plan)")


def cmd_import(args: argparse.Namespace) -> int:
    if args.into:
        if args.mapping:
            raise UserError("--mapping is for a plan workbook (with -o), not partner updates.")
        return _import_updates(args)
    if not args.output and not args.show_mapping:
        raise UserError("Say what to do: -o NEW.lip, --into PLAN.lip or --show-mapping.")
    return _import_plan(args)


def _mapping(args: argparse.Namespace, grid: Any) -> Any:
    """The saved mapping given with --mapping, else what the importer detects."""
    from pathlib import Path

    from lipplanner.core.reports.plan_import import detect
    from lipplanner.core.reports.plan_import.mapping import MAX_MAPPING_BYTES, ImportMapping

    if not args.mapping:
        return detect(grid)
    path = Path(args.mapping)
    if not path.is_file():
        raise UserError(f"There is no mapping file “{path}”.")
    if path.stat().st_size > MAX_MAPPING_BYTES:
        raise UserError(f"“{path.name}” is too large to be an import mapping.")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise UserError(
            f"“{path.name}” cannot be read as an import mapping (UTF-8 JSON)."
        ) from None
    return ImportMapping.from_json(text)


def _import_plan(args: argparse.Namespace) -> int:
    from dataclasses import replace
    from pathlib import Path

    from lipplanner.core.periods import fiscal_year_label
    from lipplanner.core.reports.plan_import import (
        build_preview,
        create_plan_file,
        default_identity,
        read_workbook_grid,
    )

    grid = read_workbook_grid(Path(args.workbook))
    mapping = _mapping(args, grid)
    if args.show_mapping:
        print(mapping.to_json(), end="")
        return EXIT_OK
    preview = build_preview(grid, mapping)
    identity = default_identity(preview)
    french = bool(identity.lip_name_fr)  # a French sheet: the names given are French too
    if args.lip_name:
        identity = replace(
            identity, lip_name=args.lip_name, lip_name_fr=args.lip_name if french else ""
        )
    if args.title:
        identity = replace(
            identity, plan_title=args.title, plan_title_fr=args.title if french else ""
        )
    print(f"{args.workbook}: {preview.summary()}.")
    if new := preview.new_organisations():
        print(f"{new}.")
    print(
        f"Plan “{identity.plan_title}”, {fiscal_year_label(identity.first_year)} to "
        f"{fiscal_year_label(identity.last_year)}."
    )
    _print_problems(preview.problems, more=preview.more_problems)
    if preview.has_errors and not args.accept_problems:
        print(
            f"lipplanner import: {count(len(preview.errors) + preview.more_problems, 'problem')} "
            "found; nothing was written. Fix the workbook, or add --accept-problems to create "
            "the plan without the values listed.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    if args.dry_run:
        print("Dry run: nothing was written.")
        return EXIT_OK
    path = create_plan_file(preview, args.output, identity)
    print(f"Created {path}.")
    return EXIT_OK


def _import_updates(args: argparse.Namespace) -> int:
    from lipplanner.core.db import open_plan
    from lipplanner.core.reports.update_import import (
        apply_changes,
        describe,
        read_update_workbook,
    )

    db = open_plan(args.into, read_only=args.dry_run)
    try:
        result = read_update_workbook(db, args.workbook)
        partner = f" from {result.partner}" if result.partner else ""
        print(f"{args.workbook}: updates for {result.period.display}{partner}.")
        for line in describe(result):
            print(line)
        if result.unchanged:
            print(f"{count(result.unchanged, 'row')} unchanged.")
        if result.problems:
            _print_problems(result.problems)
        if result.has_errors:
            print(
                f"lipplanner import: {count(len(result.errors), 'row')} "
                f"{'has' if len(result.errors) == 1 else 'have'} problems; nothing was "
                "written. Fix them in the workbook and import it again.",
                file=sys.stderr,
            )
            return EXIT_ERROR
        if not result.has_changes:
            print("No changes: every row matches what the plan already holds.")
            return EXIT_OK
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_OK
        applied = apply_changes(db, result.period, result.updates, result.indicators)
        print(
            f"Applied {count(len(applied.updates), 'update')} and "
            f"{count(len(applied.indicators), 'indicator value')} to {db.name}."
        )
        return EXIT_OK
    finally:
        db.close()


def workbooks_args(p: argparse.ArgumentParser) -> None:
    from lipplanner.cli import _period

    p.add_argument("file", metavar="PLAN.lip", help="a plan file")
    p.add_argument("--period", type=_period, required=True, help="the quarter, e.g. 2025-26-Q3")
    p.add_argument("-o", "--output", metavar="FOLDER", required=True, help="where to write them")
    p.add_argument("--lang", choices=("en", "fr"), default="en", help="workbook language")
    p.add_argument("--single", action="store_true", help="one workbook for all partners")
    p.add_argument("--force", action="store_true", help="replace workbooks already there")


def cmd_partner_workbooks(args: argparse.Namespace) -> int:
    from lipplanner.commands.folders import new_folders
    from lipplanner.core.db import open_plan
    from lipplanner.core.errors import UserError
    from lipplanner.core.reports.partner_workbooks import (
        ExistingWorkbooks,
        write_partner_workbooks,
    )

    db = open_plan(args.file, read_only=True, leave_no_trace=True)
    try:
        with new_folders(args.output):
            result = write_partner_workbooks(
                db,
                args.period,
                args.output,
                lang=args.lang,
                single=args.single,
                overwrite=args.force,
            )
    except ExistingWorkbooks as existing:
        n = len(existing.names)
        raise UserError(
            f"{count(n, 'workbook')} already {'exists' if n == 1 else 'exist'} in "
            f"“{existing.folder}” ({existing.shown}); choose another folder or add --force "
            f"to replace {'it' if n == 1 else 'them'}."
        ) from None
    finally:
        db.close()
    for book in result.workbooks:
        print(
            f"Wrote {book.path} ({count(book.actions, 'action')}, "
            f"{count(book.indicators, 'indicator')})"
        )
    if result.without_lead:
        n = len(result.without_lead)
        print(
            f"Not sent: {count(n, 'action')} {'has' if n == 1 else 'have'} no lead partner "
            f"({', '.join(result.without_lead)}); use --single to include "
            f"{'it' if n == 1 else 'them'}."
        )
    return EXIT_OK


def template_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("output", metavar="OUT.xlsx", help="where to save the template")
    p.add_argument("--lang", choices=("en", "fr"), default="en", help="header language")
    p.add_argument("--force", action="store_true", help="replace OUT.xlsx if it exists")


def cmd_import_template(args: argparse.Namespace) -> int:
    from pathlib import Path

    from lipplanner.core.reports.import_template import write_import_template

    if Path(args.output).exists() and not args.force:
        raise UserError(f"“{args.output}” already exists; choose another name or add --force.")
    path = write_import_template(args.output, lang=args.lang)
    print(f"Wrote the import template to {path}")
    return EXIT_OK
