"""Fixtures for the fault suite: a warm child process to kill, seeds, the long-run switch.

Tests marked `slow` are the long versions; they run only from `scripts/long-faults`
(which sets TRACKER_LONG_FAULTS=1), so the normal suite stays fast.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))  # for `import _faults` / `_killer` here and in the tests

from _killer import KillRunner  # noqa: E402

LONG_ENV = "TRACKER_LONG_FAULTS"
SEED_ENV = "TRACKER_FAULT_SEED"


def pytest_collection_modifyitems(config, items):
    if os.environ.get(LONG_ENV) == "1":
        return
    skip = pytest.mark.skip(reason=f"long fault trial: run scripts/long-faults (sets {LONG_ENV}=1)")
    for item in items:
        if "slow" in item.keywords and HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(skip)


@pytest.fixture
def rng(request):
    """A seeded random source; the seed is printed so a failing run can be replayed."""
    seed = int(os.environ.get(SEED_ENV) or random.SystemRandom().randrange(1 << 30))
    print(f"\n{request.node.nodeid}: {SEED_ENV}={seed}")
    return random.Random(seed)


@pytest.fixture(scope="module")
def kill_runner():
    runner = KillRunner()
    yield runner
    runner.close()
