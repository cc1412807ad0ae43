"""A cheap Argon2id cost for tests (the shipped app has no switch for it).

`install()` patches `tracker.storage.kdf` in this process. Child processes the tests start
(fault writers, the real window) call it before running the app code; `APP_MAIN` is the
`python -c` program that does that and then starts the app.
"""

from __future__ import annotations

WEAK_PARAMS = {"time_cost": 1, "memory_kib": 8, "parallelism": 1}

APP_MAIN = (
    "import sys; sys.path.insert(0, 'tests'); import weak_kdf; weak_kdf.install(); "
    "from tracker.entry import main; sys.exit(main())"
)


def install() -> None:
    from tracker.storage import kdf

    kdf.NEW_SLOT_PARAMS = kdf.Argon2Params(**WEAK_PARAMS)
    kdf.BOUNDS = kdf.Bounds(min_memory_kib=8)
