"""Settings → Language and appearance, driven with the keyboard only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tracker.services import app_prefs
from tracker.ui import theme
from tracker.ui.context import AppContext
from tracker.ui.settings.appearance_page import create_page

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, qapp, data_dir, clock):
    palette, font = QPalette(qapp.palette()), qapp.font()
    theme.apply_zoom(qapp, 100)
    widget = create_page(AppContext(data_dir=data_dir, journal=None, clock=clock), None)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    yield widget
    theme.apply_zoom(qapp, 100)
    theme.apply_theme(qapp, "light")
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_language_choice_is_saved_and_says_when_it_applies(qtbot, page, data_dir):
    assert page.language.currentData() == "system"
    names = [page.language.itemText(i) for i in range(page.language.count())]
    assert "English" in names  # each language in its own name
    page.language.setFocus()
    index = page.language.findData("es") if page.language.findData("es") >= 0 else page.language.findData("en")
    while page.language.currentIndex() != index:
        qtbot.keyClick(page.language, Qt.Key.Key_Down)
    saved = app_prefs.load(data_dir)["language"]
    assert saved == page.language.currentData()
    if saved != "en":
        assert "next time" in page.language_note.text()


def test_text_size_with_arrow_keys_applies_at_once_and_is_remembered(qtbot, qapp, page, data_dir):
    base = qapp.font().pointSizeF()
    page.zoom.setFocus()
    qtbot.keyClick(page.zoom, Qt.Key.Key_Up)
    qtbot.keyClick(page.zoom, Qt.Key.Key_Up)
    assert page.zoom.value() == 120
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.2, rel=0.02)
    assert app_prefs.load(data_dir)["zoom"] == pytest.approx(1.2)


def test_theme_by_mnemonic_and_reset(qtbot, qapp, page, data_dir):
    page.theme_buttons["system"].setFocus()
    qtbot.keyClick(page.theme_buttons["system"], Qt.Key.Key_Down)  # arrow keys move within the group
    assert page.theme_buttons["light"].isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "&Dark"
    qtbot.waitUntil(page.theme_buttons["dark"].isChecked)  # a mnemonic clicks after a short animation
    assert app_prefs.load(data_dir)["theme"] == "dark"
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.DARK[theme.Role.Window]
    page.strong_focus.setFocus()
    qtbot.keyClick(page.strong_focus, Qt.Key.Key_Space)
    assert app_prefs.load(data_dir)["focus_ring"] == "standard"
    page.zoom.setValue(150)
    page.reset_defaults()
    assert theme.load_prefs(data_dir) == {"theme": "system", "zoom": 100, "focus_ring": "strong"}


def test_every_control_is_labelled_for_screen_readers(page):
    assert page.language.accessibleName() or any(
        label.buddy() is page.language for label in page.findChildren(type(page.language_note)))
    for label in page.findChildren(type(page.language_note)):
        if label.buddy() is not None:
            assert label.text().replace("&", "").strip()
    assert {label.buddy() for label in page.findChildren(type(page.language_note))} >= {page.language, page.zoom}


def test_larger_stays_under_the_pointer_as_the_text_grows(qtbot, page):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QPushButton

    larger = next(b for b in page.findChildren(QPushButton) if b.text() == "Larger")
    pointer = larger.mapToGlobal(larger.rect().center())
    for _ in range(3):
        qtbot.mouseClick(larger, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert larger.rect().contains(larger.mapFromGlobal(pointer)), "the button moved away from the pointer"
    assert page.zoom.value() > 100
    assert isinstance(pointer, QPoint)
