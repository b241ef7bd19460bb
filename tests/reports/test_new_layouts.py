"""Three more real families (tests/reports/new_layouts.py) imported with no hints, and
compared with what a person reading them expects."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reports.new_layouts import NEW_LAYOUTS
from tests.reports.test_real_layouts import import_layout, mismatches


@pytest.mark.parametrize("layout", tuple(NEW_LAYOUTS))
def test_new_layout_imports_as_a_person_reads_it(layout: str, tmp_path: Path) -> None:
    expected = NEW_LAYOUTS[layout](tmp_path)
    got = import_layout(expected.file, tmp_path / "plan.lip")
    assert mismatches(expected, got) == []
