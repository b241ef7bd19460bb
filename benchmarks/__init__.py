"""Reproducible timings of LIP Planner, each printed beside a floor measured in the same run."""
