"""Headless commands of the yearly cycle: `lipplanner rollover` and `lipplanner
submissions`. Never imports Qt. Registered in `lipplanner.cli.COMMANDS`."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from lipplanner.core.errors import UserError


def _year(text: str) -> int:
    from lipplanner.core.periods import parse_fiscal_year

    try:
        return parse_fiscal_year(text)
    except UserError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _positive_id(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"“{text}” is not a submission number")
    return int(text)


def rollover_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a plan file")
    p.add_argument(
        "--year",
        type=_year,
        metavar="YEAR",
        help="the fiscal year that ends, e.g. 2026-27 (default: the year in effect)",
    )
    p.add_argument(
        "--apply",
        action="store_true",
        help="start the next year, after a backup (else: preview)",
    )
    p.add_argument(
        "--extend",
        action="store_true",
        help="extend the plan by one year when the next year is beyond its last",
    )
    p.add_argument(
        "--early",
        action="store_true",
        help="start the next year although the year that ends has not reached its last quarter",
    )
    p.add_argument("--json", action="store_true", help="print the preview as JSON")


def _codes(items: Any) -> list[str]:
    return [item.code for item in items]


def today() -> date:
    """Today's date (a function, so tests can stand on a chosen day)."""
    return date.today()


_ORDINALS = ("first", "second", "third", "fourth")


def too_early(year: int, day: date) -> str:
    """Why `year` should not be rolled over on `day` yet, or "" once its last quarter
    (January to March) has begun: until then its annual plan is still being carried out."""
    from lipplanner.core.periods import Period, fiscal_year_label

    last_quarter = Period(year, 4)
    if day >= last_quarter.start:
        return ""
    if day < Period(year).start:
        where = "has not begun yet"
    else:
        now = Period.containing(day).quarter or 1
        where = f"is only in its {_ORDINALS[now - 1]} quarter (Q{now})"
    return (
        f"On {day.isoformat()}, {fiscal_year_label(year)} {where}; its last quarter begins "
        f"on {last_quarter.start.isoformat()}"
    )


def cmd_rollover(args: argparse.Namespace) -> int:
    """Preview (and with --apply, start) the next fiscal year's annual action plan.

    Applying makes a backup first, so the start of a year can be taken back by restoring
    it; the changes themselves go into the plan's history."""
    from lipplanner.core.db import open_plan
    from lipplanner.core.db.backups import make_backup
    from lipplanner.core.periods import fiscal_year_label
    from lipplanner.core.services.plan_view import load_plan_view
    from lipplanner.core.services.rollover import apply_rollover, preview_rollover

    backup: Path | None = None
    db = open_plan(args.file, read_only=not args.apply)
    try:
        year = args.year if args.year is not None else load_plan_view(db).current_year
        preview = preview_rollover(db, year)
        early = too_early(year, today())
        next_label = fiscal_year_label(preview.to_year)
        if args.apply and preview.needs_extension and not args.extend:
            raise UserError(
                f"{next_label} is beyond the plan’s last year "
                f"({fiscal_year_label(preview.last_year)}); add --extend to extend the plan "
                f"to {next_label} and start it."
            )
        if args.apply and early and not args.early:
            raise UserError(
                f"{early}. Start {next_label} once it has begun, or add --early to start it now."
            )
        data: dict[str, Any] = {
            "from_year": fiscal_year_label(preview.from_year),
            "to_year": fiscal_year_label(preview.to_year),
            "carried": _codes(preview.carried),
            "closed": _codes(preview.closed),
            "reopened": _codes(preview.reopened),
            "later": _codes(preview.later),
            "needs_extension": preview.needs_extension,
            "warnings": list(preview.warnings),
            "applied": False,
        }
        if early:
            data["warnings"].append(f"{early}.")
        if args.apply:
            backup = make_backup(Path(args.file), "before-rollover")
            apply_rollover(db, preview, extend_plan=args.extend)
            data["applied"] = True
            data["backup"] = str(backup)
    finally:
        db.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"From {data['from_year']} to {data['to_year']}:")
    for key, label in (
        ("carried", "carried over"),
        ("closed", "closed (completed or discontinued)"),
        ("reopened", "reopened and carried over"),
        ("later", "starting later"),
    ):
        if data[key]:
            print(f"  {len(data[key])} {label}: {', '.join(data[key])}")
    extension = preview.extension_message
    if extension and not args.extend:
        extension += " Add --extend to do so."
    for warning in [*data["warnings"], extension]:
        if warning:
            print(f"Note: {warning}")
    if data["applied"]:
        print(f"Backed up the plan to {backup}.")
        print(f"Started {data['to_year']}; the change is in the plan’s history.")
        print(
            f'To take it back: lipplanner backups "{args.file}" --restore '
            f'"{backup.name if backup else ""}"'
        )
    else:
        flags = " --extend" if preview.needs_extension and not args.extend else ""
        flags += " --early" if early and not args.early else ""
        print(f"Nothing changed (preview); add --apply{flags} to start the next year.")
    return 0


def submissions_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a plan file")
    p.add_argument(
        "--save",
        nargs=2,
        metavar=("NUMBER", "OUT.xlsx"),
        help="write submitted report NUMBER as it was sent",
    )
    p.add_argument("--json", action="store_true", help="print the list as JSON")


def cmd_submissions(args: argparse.Namespace) -> int:
    """List the submitted reports, or write one as it was sent."""
    from lipplanner.core.db import open_plan
    from lipplanner.core.services.submissions import get_submission, list_submissions

    db = open_plan(args.file, read_only=True, leave_no_trace=True)
    try:
        if args.save:
            number, out = args.save
            try:
                wanted = _positive_id(number)
            except argparse.ArgumentTypeError as error:
                raise UserError(f"{error}.") from None
            if wanted not in {r.id for r in list_submissions(db)}:
                raise UserError(f"There is no submitted report {wanted} in this plan.")
            submission = get_submission(db, wanted)
            target = Path(out)
            if target.exists():
                raise UserError(f"“{target}” already exists; choose another name.")
            from lipplanner.core.files import write_atomically

            # Whole or not at all: a full disk leaves no truncated workbook at the name.
            workbook = submission.workbook
            write_atomically(
                target, lambda temporary: temporary.write_bytes(workbook), replace=False
            )
            print(f"Wrote submitted report {number} to {target}")
            return 0
        rows = list_submissions(db)
    finally:
        db.close()
    if args.json:
        listed = [
            {
                "number": r.id,
                "submitted_at": r.submitted_at.isoformat(),
                "submitted_by": r.submitted_by,
                "recipient": r.recipient,
                "period": r.period,
                "language": r.language,
                "file_name": r.file_name,
                "size": r.size,
            }
            for r in rows
        ]
        print(json.dumps(listed, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No report has been recorded as submitted.")
    for r in rows:
        print(
            f"{r.id:>4}  {r.submitted_at:%Y-%m-%d %H:%M}  {_readable(r.period):<11} {r.language}  "
            f"{r.recipient} — {r.file_name}"
        )
    return 0


def _readable(label: str) -> str:
    """A stored period (2026-27-Q2) as the messages write it (Q2 2026-27)."""
    from lipplanner.core.errors import UserError
    from lipplanner.core.periods import Period

    try:
        return Period.parse(label).display
    except UserError:
        return label  # written by another version: shown as stored
