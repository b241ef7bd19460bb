"""Keep PySide6 from reading the source of every module the app imports.

Once imported, PySide6 hooks `import`: for each new module it reads the whole source
file (`inspect.getsource`) to see whether it mentions PySide6 and so might say
`from __feature__ import snake_case` (PySide6's opt-in Pythonic names). The app uses no
such feature, but the scan still read some 320 files at start-up (ours, SQLAlchemy's,
the standard library's): 60 ms of the 2,000-action plan's start-up, 10% of it.

Answering "no" for every module marks it "ignore" (feature id -1), which is what a
module without features gets anyway: Qt's classes keep their one, default face.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  # installs the hook and loads its module

_FEATURE_MODULE = "shibokensupport.feature"


def _uses_no_feature(module: ModuleType) -> bool:
    return False


def skip_feature_scan() -> None:
    """Answer the hook's question without reading files (a PySide6 that has no such
    hook is left as it is)."""
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]
