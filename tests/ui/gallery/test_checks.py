"""The gallery's checks catch what they claim to (so a clean gallery means something)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from tracker.ui.common import style

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

_spec = importlib.util.spec_from_file_location("gallery_checks", Path(__file__).with_name("checks.py"))
checks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checks)


def test_checks_find_clipped_text_widgets_outside_and_low_contrast(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    fits = QLabel("Fine", window)
    fits.adjustSize()
    squeezed = QLabel("A sentence far too long for its box", window)
    squeezed.setGeometry(0, 40, 60, 30)
    button = QPushButton("Mark all morning doses taken", window)
    button.setGeometry(0, 80, 50, 30)
    stray = QLabel("Off", window)
    stray.setGeometry(280, 180, 80, 40)
    faint = QLabel("Faint", window)
    faint.setGeometry(100, 0, 100, 30)
    faint.setStyleSheet("color: #dddddd;")
    window.show()
    qtbot.waitExposed(window)
    clipped = checks.clipped(window)
    assert any("far too long" in p for p in clipped) and any("Mark all" in p for p in clipped)
    assert not any("Fine" in p for p in clipped)
    assert any("'Off'" in p for p in checks.outside(window))
    assert not any("Fine" in p for p in checks.outside(window))
    low = checks.low_contrast(window)
    assert any("Faint" in p for p in low) and not any("Fine" in p for p in low)
    style.tint(fits, "muted")  # a theme colour passes
    assert not any("Fine" in p for p in checks.low_contrast(window))
