"""Shared fixtures. Qt runs offscreen, and no test touches the real user profile."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything can create a QApplication: no display here, and none needed.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_PROFILE = Path(tempfile.mkdtemp(prefix="lipplanner-test-profile-"))
for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = str(_PROFILE / variable.lower())
os.environ["LIPPLANNER_USER"] = "Test Coordinator"

# As the app does in make_application: a whole test run makes far more void Qt calls
# than the few thousand PySide6 6.12 on Python 3.11 survives (see ui/refcounts.py).
from lipplanner.ui.refcounts import guard_singleton_refcounts  # noqa: E402

guard_singleton_refcounts()

import pytest  # noqa: E402

from lipplanner.core.db import PlanDatabase, open_plan  # noqa: E402


@pytest.fixture(autouse=True)
def _interface_language(request: pytest.FixtureRequest) -> None:
    """Qt tests see the strings as the app shows them: with the current language's
    translators installed (in English, the plural forms of "%n partner(s)")."""
    if "qapp" in request.fixturenames:
        from lipplanner.ui import i18n

        i18n.ensure_installed(request.getfixturevalue("qapp"))


@pytest.fixture(scope="session")
def _riverside_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from lipplanner.core.demo import DEMO_REFERENCE_DAY, create_demo_file

    # Dated as on the reference day, so hand-checked figures hold on any day.
    return create_demo_file(
        tmp_path_factory.mktemp("master") / "riverside.lip", today=DEMO_REFERENCE_DAY
    )


@pytest.fixture
def riverside_file(_riverside_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of the Riverside demo plan (built once per test run)."""
    target = tmp_path / "riverside.lip"
    shutil.copyfile(_riverside_master, target)
    return target


@pytest.fixture
def riverside(riverside_file: Path) -> Iterator[PlanDatabase]:
    db = open_plan(riverside_file)
    yield db
    db.close()


@pytest.fixture
def empty_plan(tmp_path: Path) -> Iterator[PlanDatabase]:
    """A new file with a partnership and a plan, but nothing in the plan yet."""
    from lipplanner.core.services.setup import setup_plan

    db = open_plan(tmp_path / "new.lip", create=True)
    setup_plan(
        db, lip_name="Lakeside LIP", plan_title="Lakeside Strategy", first_year=2025, last_year=2027
    )
    yield db
    db.close()
