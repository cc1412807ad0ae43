"""Suite-wide set-up: no screen, cheap KDF, a private data folder, frozen clocks.

Feature fixtures live in `tests/<area>/conftest.py`.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

# tests/ on the path for the helpers shared with child processes (weak_kdf).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# Before anything imports Qt or keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's real keyring; keyring tests opt in to a real Secret Service.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
os.environ.setdefault("MPLBACKEND", "Agg")
# One locale for every run, whatever the machine's: Qt reads these when the application starts
# (QLocale.system()), and a US locale would switch the forms to °F and US dates.
os.environ["LANG"] = os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True, scope="session")
def weak_kdf():
    """A cheap Argon2id cost for the whole suite (the shipped app has no switch for it)."""
    import weak_kdf as weak

    weak.install()


def _reset_language() -> None:
    """English source texts, the pinned system locale, left-to-right: where every test starts."""
    from PySide6.QtCore import QCoreApplication, QLocale, Qt
    from PySide6.QtGui import QGuiApplication

    from tracker.render.i18n import remove_translators

    app = QCoreApplication.instance()
    if app is not None:
        remove_translators(app)
    QLocale.setDefault(QLocale.system())
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture(autouse=True)
def fixed_language():
    """Language and locale are process-wide in Qt: a test that switches them (Spanish, Persian)
    must not decide the units or date order of the next test on the same worker."""
    if "PySide6.QtCore" in sys.modules:
        _reset_language()
    yield
    if "PySide6.QtCore" in sys.modules:
        _reset_language()


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
    # As locking does: reads a view started on the task runner end before the journal closes.
    runner_module = sys.modules.get("tracker.ui.common.runner")
    if runner_module is not None and runner_module._runner is not None:
        from tracker.ui.common.runner import Lane

        assert runner_module._runner.wait_idle(30000, Lane.JOURNAL)
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


def pytest_addoption(parser):
    parser.addoption(
        "--shuffle-seed", type=int, default=None,
        help="run the collected tests in a random order drawn from this seed (finds tests that "
             "depend on what an earlier test left behind; the same seed gives the same order)")


def pytest_collection_modifyitems(config, items):
    seed = config.getoption("--shuffle-seed")
    if seed is not None:
        random.Random(seed).shuffle(items)


def pytest_report_header(config):
    seed = config.getoption("--shuffle-seed")
    return None if seed is None else f"test order shuffled with --shuffle-seed {seed}"
