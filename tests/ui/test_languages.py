"""The app in Persian (right-to-left, Persian dates) and in Spanish (every visible text translated).

Sections whose view module does not exist yet are skipped (named in the skip reason).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from tracker.render.i18n import (
    LANGUAGES,
    available_languages,
    i18n_dir,
    preferred_language,
    save_language,
    supported_code,
)
from tracker.ui.main.sections import SECTIONS

_spec = importlib.util.spec_from_file_location("i18n_support", Path(__file__).with_name("test_i18n_support.py"))
support = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(support)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")


@pytest.fixture
def language(qapp):
    switch = support.LanguageSwitch(qapp)
    yield switch
    switch.restore()


def need_qm(code: str) -> None:
    if not (i18n_dir() / f"tracker_{code}.qm").exists():
        pytest.skip(f"i18n/tracker_{code}.qm not built (scripts/i18n-build)")


# ----------------------------------------------------------------------------- machinery

def test_language_codes_and_preferences(data_dir):
    assert [lang.code for lang in LANGUAGES] == ["en", "es", "fa"]
    assert supported_code("es_MX") == "es" and supported_code("fa-IR") == "fa"
    assert supported_code("de_DE") is None and supported_code(None) is None
    assert preferred_language(data_dir) is None  # nothing saved: follow the system
    save_language(data_dir, "fa")
    assert preferred_language(data_dir) == "fa"
    assert preferred_language(data_dir, explicit="es") == "es"  # --lang wins
    save_language(data_dir, None)
    assert preferred_language(data_dir) is None
    assert "en" in [lang.code for lang in available_languages()]


def test_unknown_language_falls_back_to_english(language):
    locale = language.install("xx")
    assert supported_code(locale.name()) in ("en", "es", "fa")  # the system's, or English
    assert QGuiApplication.layoutDirection() == locale.textDirection()


# ----------------------------------------------------------------------------- Persian

def test_persian_mirrors_the_main_window_and_formats_dates(qtbot, language, data_dir, journal, clock):
    need_qm("fa")
    locale = language.install("fa")
    assert locale.language() == QLocale.Language.Persian
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = support.make_main_window(qtbot, data_dir, journal, clock)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.centralWidget().layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Dates and numbers through QLocale: Persian digits and month names.
    long_date = QLocale().toString(QDate(2026, 3, 10), QLocale.FormatType.LongFormat)
    assert "مارس" in long_date and "۱۰" in long_date and "۲۰۲۶" in long_date
    assert set(QLocale().toString(date(2026, 3, 10), QLocale.FormatType.ShortFormat)) & PERSIAN_DIGITS
    assert QLocale().toString(1234.5, "f", 1) == "۱٬۲۳۴٫۵"
    # The sidebar speaks Persian.
    model = window.sidebar.model()
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "Today" not in titles and all(not t.isascii() for t in titles), titles
    window.close()


def test_persian_menus_are_translated(qtbot, language, data_dir, journal, clock):
    need_qm("fa")
    language.install("fa")
    window = support.make_main_window(qtbot, data_dir, journal, clock)
    menus = [support.clean(a.text()) for a in window.menuBar().actions()]
    assert menus and all(not m.isascii() for m in menus), menus
    window.close()


# ----------------------------------------------------------------------------- Spanish

@pytest.mark.parametrize("section", SECTIONS, ids=[s.id for s in SECTIONS])
def test_spanish_every_visible_text_is_translated(qtbot, language, data_dir, journal, clock, section, settle):
    """Walk the section's widgets: no English source text whose Spanish translation exists."""
    need_qm("es")
    pairs = support.translations("es")
    matchers = support.english_matchers(pairs)
    language.install("es")
    window = support.make_main_window(qtbot, data_dir, journal, clock)
    window.show_section(section.id)
    settle()  # the section's first read has landed and rendered
    view = window.stack.current_view()
    assert not view.objectName().startswith("placeholder-"), f"{section.module} failed to build its view"
    texts = support.visible_texts(view) + support.visible_texts(window.menuBar())
    english = [(kind, text) for kind, text in texts
               if text in pairs or any(m.match(text) for _s, m in matchers if text not in pairs.values())]
    assert not english, f"English left on the {section.id} view: {english}"
    assert texts, "the view shows no text at all"
    window.close()


# ----------------------------------------------------------------------------- whole app

@pytest.mark.parametrize("code", ["es", "fa"])
def test_whole_app_starts_and_renders_in_each_language(tmp_path, code):
    """`python -m tracker --smoke --lang <code>`: every section and a chart render without errors."""
    need_qm(code)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "tracker", "--smoke", "--lang", code, "--data-dir", str(tmp_path)],
                            env=env, capture_output=True, text=True, timeout=180, cwd=support.ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "smoke OK" in result.stdout


def test_smoke_reports_failure_with_exit_1(qapp, data_dir, monkeypatch, capsys):
    from tracker.ui import smoke
    from tracker.ui.main import window as main_window

    def broken(*_args, **_kwargs):
        raise RuntimeError("the main window could not be built")

    monkeypatch.setattr(main_window, "MainWindow", broken)
    assert smoke.run_smoke(qapp, data_dir) == 1
    assert "FAILED" in capsys.readouterr().err


def test_texts_of_an_imported_tr_wrapper_are_found_at_run_time(language):
    """card.py and banner.py call the `tr` they import from alerts/wording.py; the build must
    file those texts under that wrapper's context, or the alert card stays English."""
    from PySide6.QtCore import QCoreApplication

    need_qm("es")
    language.install("es")
    for text in ("Done, dismiss", "What to report", "This app does not give medical advice; your team decides what to do."):
        assert QCoreApplication.translate("AlertCard", text) != text, text
