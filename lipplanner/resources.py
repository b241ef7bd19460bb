"""Where the files in the top-level `resources/` folder are at run time.

From a source checkout or an editable install they are beside the package
(`<checkout>/resources`). A regular install (wheel) puts them under
`<prefix>/share/lipplanner/` through `[tool.setuptools.data-files]` in pyproject.toml;
the installed distribution's file list says where that prefix is (a virtual
environment, the user's ~/.local or the system).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

DISTRIBUTION = "lipplanner"
_SHARE = ("share", "lipplanner")


@cache
def resources_root() -> Path:
    """The folder holding `icons/`, `translations/`, the .desktop file, …"""
    checkout = Path(__file__).resolve().parent.parent / "resources"
    # Checked by a file of ours: some packages install a stray site-packages/resources.
    if (checkout / "lipplanner.desktop").is_file():
        return checkout
    installed = _installed_root()
    if installed is not None:
        return installed
    return Path(sys.prefix).joinpath(*_SHARE)


def _installed_root() -> Path | None:
    from importlib import metadata  # only a wheel install gets here: 10 ms of imports

    try:
        files = metadata.distribution(DISTRIBUTION).files or []
    except metadata.PackageNotFoundError:
        return None
    marker = "/".join((*_SHARE, "lipplanner.desktop"))
    for file in files:
        if file.as_posix().endswith(marker):
            return Path(str(file.locate())).resolve().parent
    return None


def resource_path(*parts: str) -> Path:
    """The path of a resource, e.g. `resource_path("icons", "lipplanner.svg")`.

    The path is returned even if the file is missing, so callers can say which file.
    """
    return resources_root().joinpath(*parts)
