"""Reproducible timings of LIP Planner on a synthetic big plan (see docs/PERFORMANCE.md)."""
