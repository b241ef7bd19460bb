"""Headless sub-commands of `lipplanner`, grouped by feature; `lipplanner.cli` lists them."""
