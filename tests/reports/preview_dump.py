"""The equivalence harness of the import's build: every preview written out in full, so a
change to how the build is done (not to what it gives) can be checked against the code
before it, on every layout the tests build, the samples and the benchmark sheets.

    # previews of the samples and of the benchmark sheets (every file kind)
    python tests/reports/preview_dump.py OUT.json

    # every preview the pinned import tests build, by test
    PREVIEW_DUMP=OUT.json python -m pytest -p tests.reports.preview_dump tests/reports/...

    # what differs between two dumps (exit status 1 when anything does)
    python tests/reports/preview_dump.py --compare OLD.json NEW.json

Run the first two in a copy of the code before (`git archive main`) and in the worktree,
then compare.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = Path(os.environ.get("LIP_SAMPLES", "/work/shared/samples/plan-spreadsheets"))


def serialised(preview: Any) -> dict[str, Any]:
    """Every field of the preview, its items in order, as plain JSON values."""

    def plain(value: Any) -> Any:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, dict):
            return [[plain(k), plain(v)] for k, v in value.items()]  # (keeps the order)
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if isinstance(value, Path):
            return value.name  # (the tests' folders differ from run to run)
        if value is None or isinstance(value, bool | int | float | str):
            return value
        return f"{type(value).__name__}:{value}"

    found = plain(preview)
    found["problems"] = [[p.location, p.message, p.level] for p in preview.problems]
    found["summary"] = preview.summary()
    return found


def dump_files(paths: list[Path]) -> dict[str, Any]:
    from lipplanner.core.reports.plan_import import read_plan_workbook

    result: dict[str, Any] = {}
    for path in paths:
        try:
            result[path.name] = serialised(read_plan_workbook(path))
        except Exception as error:  # (a refusal is part of the behaviour)
            result[path.name] = f"{type(error).__name__}: {error}"
    return result


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    differences = [f"only before: {k}" for k in old if k not in new]
    differences += [f"only after: {k}" for k in new if k not in old]
    for key in old.keys() & new.keys():
        if old[key] != new[key]:
            differences.append(f"differs: {key}\n{_first_difference(old[key], new[key])}")
    return sorted(differences)


def _first_difference(old: Any, new: Any, where: str = "") -> str:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in old.keys() | new.keys():
            if old.get(key) != new.get(key):
                return _first_difference(old.get(key), new.get(key), f"{where}.{key}")
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            if a != b:
                return _first_difference(a, b, f"{where}[{i}]")
    return f"  at {where}:\n  before {old!r}\n  after  {new!r}"


# -- the pytest plugin: every preview the tests build, by test -----------------------------
_RECORDED: dict[str, Any] = {}


@pytest.fixture(autouse=True)
def _record_previews(request: pytest.FixtureRequest) -> Iterator[None]:
    # The build's own entry point: the tests hold `build_preview` under their own names.
    from lipplanner.core.reports.plan_import import build

    original = build.build
    made: list[Any] = []

    def recording(*args: Any, **kwargs: Any) -> Any:
        made.append(original(*args, **kwargs))
        return made[-1]

    build.build = recording  # type: ignore[assignment]
    try:
        yield
    finally:
        build.build = original  # type: ignore[assignment]
        # (Written out now: `build_preview` adds its notes on sheets left out after.)
        for n, preview in enumerate(made):
            _RECORDED[f"{request.node.nodeid}#{n}"] = serialised(preview)


def pytest_sessionfinish(session: pytest.Session) -> None:
    out = os.environ.get("PREVIEW_DUMP")
    if out:
        Path(out).write_text(json.dumps(_RECORDED, indent=0, sort_keys=True))


def main(argv: list[str]) -> int:
    if argv[:1] == ["--compare"]:
        old, new = (json.loads(Path(p).read_text()) for p in argv[1:3])
        differences = compare(old, new)
        print("\n".join(differences) or f"the same: {len(old)} previews")
        return 1 if differences else 0
    data = ROOT / "benchmarks" / "data"
    paths = sorted(SAMPLES.glob("*.xlsx")) + sorted(data.glob("import2000.*"))
    Path(argv[0]).write_text(json.dumps(dump_files(paths), indent=0, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
