"""Run every benchmark and print one line per figure.

python -m benchmarks            # or: python benchmarks/run.py [--actions 2000 20000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--actions", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--only", help="run only the benchmarks whose name contains this")
    args = parser.parse_args()
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if args.only in s.stem]
    failed = 0
    for script in scripts:
        for actions in args.actions:
            result = subprocess.run(
                [sys.executable, str(script), "--actions", str(actions)],
                cwd=HERE.parent,
                text=True,
                capture_output=True,
            )
            output = (result.stdout.strip() or result.stderr.strip()).splitlines()
            for text in output:
                print(text if result.returncode == 0 else f"{script.stem}: FAILED {text}")
            failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
