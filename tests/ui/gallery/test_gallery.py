"""Screenshot gallery: every main view of a demo journal (fixed clock), rendered and checked.

PNGs go to build/gallery/<combination>/<view>.png for people to look at; the mechanical
checks (tests/ui/gallery/checks.py) fail the test: widgets outside the window, clipped
label or button text, low-contrast text.

The full product (2 sizes × 2 themes × 3 languages × 2 text sizes × 7 views = 168 images)
takes about a minute on 2 cores; CI renders this subset, chosen so every size, theme,
language and text size appears, and the hardest cases are covered (the small screen with
large text; Spanish, the longest words; Persian, right to left):

    en 1366×768 light 100 %   (also the README's set: docs/screenshots/)
    en 1366×768 dark  100 %
    en 1024×600 light 100 %
    en 1024×600 dark  150 %
    es 1024×600 light 150 %
    fa 1366×768 dark  100 %
    fa 1024×600 light 150 %

Set GALLERY_ALL=1 to render the full product.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

_spec = importlib.util.spec_from_file_location("gallery_checks", Path(__file__).with_name("checks.py"))
checks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checks)

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "build" / "gallery"
VIEWS = ("today", "plan", "diary", "charts", "learn", "reports", "settings")
SUBSET = (
    ("en", "1366x768", "light", 100), ("en", "1366x768", "dark", 100), ("en", "1024x600", "light", 100),
    ("en", "1024x600", "dark", 150), ("es", "1024x600", "light", 150), ("fa", "1366x768", "dark", 100),
    ("fa", "1024x600", "light", 150),
)
FULL = tuple(itertools.product(("en", "es", "fa"), ("1366x768", "1024x600"), ("light", "dark"), (100, 150)))
COMBINATIONS = FULL if os.environ.get("GALLERY_ALL") else SUBSET

#: Problems in views other helpers own, known and reported, not yet fixed: (view, text in
#: the problem). Each is listed in the gallery's report; remove a line when it is fixed.
KNOWN: tuple[tuple[str, str], ...] = ()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A one-year demo journal ending yesterday, shared by every combination (read-only use)."""
    from tracker.domain.clock import FixedClock
    from tracker.services.journals import create_journal
    from tracker.services.synthetic import generate

    data_dir = tmp_path_factory.mktemp("gallery-data")
    os.environ["TRACKER_DATA_DIR"] = str(data_dir)
    created = create_journal(data_dir, "Demo", "correct horse battery staple")
    generate(created.journal, years=1, seed=1, end=date(2026, 3, 9))
    journal_id = created.journal.journal_id
    created.journal.close()  # each window opens it again: closing a window closes its journal
    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/London")))
    yield data_dir, journal_id, clock
    os.environ.pop("TRACKER_DATA_DIR", None)


@pytest.fixture
def appearance(qapp):
    """Language, theme and text size for one combination; everything back to English, light,
    100 % afterwards (other tests expect it)."""
    from tracker.render import i18n
    from tracker.ui import theme
    from tracker.ui.main import zoom

    def apply(language: str, scheme: str, percent: int) -> None:
        i18n.install_translators(qapp, language)
        theme.apply_theme(qapp, scheme)
        zoom.apply(percent / 100)

    yield apply
    zoom.apply(1.0)
    theme.apply_theme(qapp, "light")
    i18n.install_translators(qapp, "en")


def _shown_window(qtbot, data_dir, journal, clock, size: str):
    """The main window on `journal` at `size` ("1024x600"), on screen."""
    from tracker.ui.main.window import MainWindow

    width, height = (int(x) for x in size.split("x"))
    window = MainWindow(data_dir, journal, clock)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def _known(view: str, problem: str) -> bool:
    return any(view == v and text in problem for v, text in KNOWN)


@pytest.mark.parametrize("language, size, scheme, percent", COMBINATIONS,
                         ids=[f"{lang}-{size}-{scheme}-{pct}" for lang, size, scheme, pct in COMBINATIONS])
def test_gallery(qtbot, demo, appearance, language, size, scheme, percent, settle):
    from tracker.services.journals import unlock

    data_dir, journal_id, clock = demo
    journal = unlock(data_dir, journal_id, "correct horse battery staple")
    appearance(language, scheme, percent)
    window = _shown_window(qtbot, data_dir, journal, clock, size)
    width, height = (int(x) for x in size.split("x"))
    folder = OUT / f"{language}-{size}-{scheme}-{percent}"
    folder.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    try:
        for view in VIEWS:
            window.show_section(view)
            # Views read the journal on the task runner and draw what it returns (Today and the
            # alert banner too): without this, Today was photographed, and checked, blank.
            settle()
            shown = window.stack.views.get(view)
            for name in ("is_busy", "is_loading"):  # background work (charts, reports) finishes first
                busy = getattr(shown, name, None)
                if busy is not None:
                    qtbot.waitUntil(lambda b=busy: not b(), timeout=15000)
            if getattr(shown, "data", True) is None:  # the charts' data arrives after the thread ends
                qtbot.waitUntil(lambda s=shown: s.data is not None, timeout=15000)
            QApplication.processEvents()
            # A label whose text arrived from background work (the password store's answer) is
            # laid out over the next turns of the event loop: judge the view once it has settled.
            try:
                qtbot.waitUntil(lambda: not checks.clipped(window), timeout=2000)
            except qtbot.TimeoutError:
                pass  # still clipped: reported below with the rest
            assert (window.width(), window.height()) == (width, height), \
                f"{view}: the window grew to {window.width()}×{window.height()} (its content does not fit)"
            window.grab().save(str(folder / f"{view}.png"))
            found = [f"{view}: outside: {p}" for p in checks.outside(window)]
            found += [f"{view}: clipped: {p}" for p in checks.clipped(window)]
            found += [f"{view}: contrast: {p}" for p in checks.low_contrast(window)]
            found += [f"{view}: sideways: {p}" for p in checks.sideways(window)]
            problems += [p for p in found if not _known(view, p)]
    finally:
        # Background work (charts, the automatic backup) finishes before the journal is reused.
        for op in list(window._ops):
            op.wait(30000)
        window.close()
    assert not problems, "\n".join(problems)


ALERT_COMBINATIONS = (("en", "1024x600", "light", 100), ("en", "1024x600", "dark", 100), ("en", "1366x768", "light", 100),
                      ("en", "1366x768", "dark", 100), ("es", "1024x600", "dark", 150),
                      ("fa", "1024x600", "light", 100))


@pytest.mark.parametrize("language, size, scheme, percent", ALERT_COMBINATIONS,
                         ids=[f"{lang}-{size}-{scheme}-{pct}" for lang, size, scheme, pct in ALERT_COMBINATIONS])
def test_gallery_today_with_open_alerts(qtbot, tmp_path, appearance, language, size, scheme, percent, settle):
    """Today with two open cards (a fever on palbociclib: call now; and a lesser one): the cards
    must leave the section room on a small screen, and pass the same checks as every view."""
    from datetime import timedelta

    from tracker.domain.clock import FixedClock
    from tracker.domain.measurements import Measurement
    from tracker.domain.symptoms import SymptomRating
    from tracker.services import care_team, diary, people, plan
    from tracker.services.journals import create_journal

    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/London")))
    journal = create_journal(tmp_path, "Demo", "correct horse battery staple").journal
    line = plan.add_line(journal, name="Palbociclib and letrozole", start=date(2026, 1, 5))
    for drug_id in ("palbociclib", "letrozole"):
        plan.add_regimen_drug(journal, line.id, drug_id=drug_id, times=["08:00"], start=date(2026, 1, 5),
                              pattern={"kind": "interval", "every": 1, "unit": "days"})
    care_team.save_care_team(journal, care_team.CareTeam("Acute oncology", "01632 960001"))
    patient = people.patient(journal).id
    diary.log_symptoms(journal, [SymptomRating("nausea", severity=3)], patient, clock.now() - timedelta(hours=5), clock)
    diary.log_symptoms(journal, [Measurement("temperature", 38.4, "°C")], patient, clock.now() - timedelta(hours=1),
                       clock)
    appearance(language, scheme, percent)
    window = _shown_window(qtbot, tmp_path, journal, clock, size)
    try:
        window.show_section("today")
        settle()
        QApplication.processEvents()
        banner = window.banner
        assert len(banner.rows) >= 2 and banner.rows[0].card.level == "call_now"
        folder = OUT / f"{language}-{size}-{scheme}-{percent}"
        folder.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(folder / "today-alerts.png"))
        assert window.stack.height() >= 0.3 * window.height(), "the alert cards left the section no room"
        problems = [f"outside: {p}" for p in checks.outside(window)]
        problems += [f"clipped: {p}" for p in checks.clipped(window)]
        problems += [f"contrast: {p}" for p in checks.low_contrast(window)]
        assert not problems, "\n".join(problems)
    finally:
        for op in list(window._ops):
            op.wait(30000)
        window.close()
