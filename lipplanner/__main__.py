"""`python -m lipplanner` runs the same entry point as the `lipplanner` command."""

import sys

from lipplanner.app import main

sys.exit(main())
