"""Render the funder report's Summary and Indicators pages as LibreOffice prints them,
for the user guide and the README:

    python -m lipplanner.tools.report_pages        # writes docs/report-summary.png and
                                                   # docs/screenshots/{,fr/}report-*.png

Needs LibreOffice (`soffice`), poppler (`pdftoppm`) and ImageMagick (`convert`). The
Riverside demo is dated as on its reference day, so the pages do not change with the
day they are made.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from lipplanner.core.db import open_plan
from lipplanner.core.demo import DEMO_LAST_FULL_QUARTER, DEMO_REFERENCE_DAY, create_demo_file
from lipplanner.core.reports.labels import SHEETS, Labels
from lipplanner.core.reports.progress_report import ReportOptions, build_report
from lipplanner.core.services.plan_view import load_plan_view

DOCS = Path(__file__).resolve().parents[2] / "docs"
PREPARER = "Jordan Millbrook"
# The Indicators page is mostly blank below its table: keep its top (pixels at 110 dpi).
INDICATORS_HEIGHT = 340


def _run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True, timeout=300)


def render(work: Path, lang: str) -> dict[str, Path]:
    """The Summary and Indicators pages of the Riverside report in `lang`, as PNGs."""
    plan = create_demo_file(work / "riverside.lip", overwrite=True, today=DEMO_REFERENCE_DAY)
    db = open_plan(plan, read_only=True)
    try:
        view = load_plan_view(db, DEMO_LAST_FULL_QUARTER, today=DEMO_REFERENCE_DAY)
    finally:
        db.close()
    labels = Labels(lang)
    workbook = build_report(view, ReportOptions(lang, PREPARER, DEMO_REFERENCE_DAY))
    wanted = {key: labels.sheet(key) for key in ("summary", "indicators")}
    for ws in workbook.worksheets[:]:  # print only the pages shown
        if ws.title not in wanted.values():
            workbook.remove(ws)
    xlsx = work / f"report-{lang}.xlsx"
    workbook.save(xlsx)
    profile = work / "lo-profile"
    _run(
        "soffice",
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(work),
        str(xlsx),
    )
    pages: dict[str, Path] = {}
    for number, key in enumerate(k for k in SHEETS if k in wanted):
        stem = work / f"{lang}-{key}"
        _run("pdftoppm", "-png", "-r", "110", "-singlefile", "-f", str(number + 1),
             "-l", str(number + 1), str(work / f"report-{lang}.pdf"), str(stem))  # fmt: skip
        out = work / f"{lang}-{key}-page.png"
        crop = ["-crop", f"10000x{INDICATORS_HEIGHT}+0+0"] if key == "indicators" else []
        _run("convert", f"{stem}.png", *crop, "-trim", "+repage", "-bordercolor", "white",
             "-border", "24", str(out))  # fmt: skip
        pages[key] = out
    return pages


def main() -> int:
    for tool in ("soffice", "pdftoppm", "convert"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory(prefix="lipplanner-report-pages-") as folder:
        work = Path(folder)
        for lang, target in (("en", DOCS / "screenshots"), ("fr", DOCS / "screenshots" / "fr")):
            pages = render(work, lang)
            for key, png in pages.items():
                shutil.copyfile(png, target / f"report-{key}.png")
            if lang == "en":
                shutil.copyfile(pages["summary"], DOCS / "report-summary.png")
    print(f"Wrote the report pages under {DOCS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
