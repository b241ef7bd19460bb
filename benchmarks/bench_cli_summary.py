"""`lipplanner summary` on the big plan against its floor: a fresh Python that imports
SQLAlchemy's ORM and counts the actions with one query.

    python benchmarks/bench_cli_summary.py [--actions 2000]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import big_plan, compile_tree, interleaved, line, run_python

FLOOR = (
    "import sqlalchemy.orm, sqlite3, sys;"
    "sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM action').fetchone()"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    compile_tree()
    plan = str(big_plan(args.actions))
    subject, floor = interleaved(
        run_python(["-m", "lipplanner", "summary", plan]),
        run_python(["-c", FLOOR, plan]),
        args.repeat,
    )
    print(line(f"cli_summary_{args.actions}", subject, "s", floor))


if __name__ == "__main__":
    main()
