"""PySide6 without its copy of every module's source in memory (issue 17: ~40 MB).

After PySide6 is imported it checks every module imported from then on for the text
"PySide6" (for its opt-in `from __feature__ import ...`, which we never use) with
`inspect.getsource`, which keeps each module's source lines in `linecache` for the rest of
the process: all of SQLAlchemy, matplotlib, numpy and the app, 480,000 lines, ~39 MB of the
~235 MB measured after opening every view on a 20-year journal (bench/bench_charts.py), and
the reading and splitting costs start-up time too. The same answer, read from the file's
bytes and not kept, leaves `linecache` to what tracebacks ask for.
"""

from __future__ import annotations

import sys
from types import ModuleType

#: Where PySide6 6.x keeps the check (an embedded module, not on disk).
FEATURE_MODULE = "shibokensupport.feature"


def uses_pyside(module: ModuleType) -> bool:
    """Whether the module's source names PySide6: PySide6's own test, without caching the
    source. A module with no source file on disk (built in, compiled, only bytecode, inside
    an archive such as the bundle's) answers False, as PySide6's does when `inspect` finds no
    source. The answer only matters to a module that opts in with `from __feature__ import`."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:  # named but not on disk (a bundle's archive): no source, as above
        return False


def stop_caching_sources() -> bool:
    """Replace PySide6's source check by `uses_pyside`. Returns whether there was one to
    replace (tests/ui/test_source_scan.py fails if an upgrade moves it)."""
    import PySide6.QtCore  # noqa: F401 - installs the import hook and the module patched here

    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        return False
    vars(feature)["_mod_uses_pyside"] = uses_pyside  # the one PySide6 private name we replace
    return True
