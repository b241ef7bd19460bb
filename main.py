"""Thin launcher: `python main.py [args]` is the same as the `lipplanner` command."""

import sys

from lipplanner.app import main

if __name__ == "__main__":
    sys.exit(main())
