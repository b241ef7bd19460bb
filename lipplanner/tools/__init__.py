"""Developer tools run with `python -m lipplanner.tools.<name>`."""
