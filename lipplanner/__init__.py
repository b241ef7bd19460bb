"""LIP Planner: the strategic plan of a Local Immigration Partnership, on the desktop."""

__version__ = "0.1.0"
APP_NAME = "LIP Planner"
