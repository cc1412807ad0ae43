"""Suite-wide set-up: no screen, cheap KDF, a private data folder, frozen clocks.

Feature fixtures live in `tests/<area>/conftest.py`.
"""

from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

# Before anything imports Qt or keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TRACKER_TEST_ONLY_WEAK_KDF"] = "1"
# Never touch the developer's real keyring; keyring tests opt in to a real Secret Service.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
os.environ.setdefault("MPLBACKEND", "Agg")

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("TRACKER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def created(data_dir):
    """A freshly created journal (open) and its recovery key."""
    from tracker.services.journals import create_journal

    result = create_journal(data_dir, "Test Patient", PASSPHRASE)
    yield result
    result.journal.close()


@pytest.fixture
def journal(created):
    return created.journal


@pytest.fixture
def london():
    return ZoneInfo("Europe/London")


@pytest.fixture
def clock(london):
    from tracker.domain.clock import FixedClock

    return FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=london))
