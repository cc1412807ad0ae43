"""Every Settings page fits a 1024×600 window at 150 % text, in Spanish (the longest words)
and in Persian (right to left): nothing scrolls sideways, no page name hides off to the side."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

_spec = importlib.util.spec_from_file_location("gallery_checks", Path(__file__).parent / "gallery" / "checks.py")
checks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checks)


@pytest.mark.parametrize("language", ["es", "fa"])
def test_every_settings_page_fits_a_small_screen_with_large_text(qtbot, data_dir, journal, clock, large_text,
                                                                  language):
    from tracker.ui.main.window import MainWindow
    from tracker.ui.settings.pages import PAGES

    large_text(language)
    window = MainWindow(data_dir, journal, clock)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("settings")
    view = window.stack.views["settings"]
    problems = []
    for page in PAGES:
        view.show_page(page.id)
        QApplication.processEvents()
        problems += [f"{page.id}: {p}" for p in checks.sideways(window)]
        bar = view.list.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            problems.append(f"{page.id}: the list of pages scrolls sideways")
    security = view.pages["security"].widget()  # its password-store check ends before the window goes
    qtbot.waitUntil(lambda: not security.keyring_busy(), timeout=10000)
    assert problems == []
