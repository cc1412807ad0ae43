"""Theme: our colours meet WCAG AA, themes and zoom apply and persist, the focus ring follows focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from tracker.ui import theme

# Qt's offscreen platform warns on every top-level show(); it is not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def restore_appearance(qapp):
    palette, font = QPalette(qapp.palette()), qapp.font()
    yield qapp
    theme.apply_theme(qapp, "light")
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_contrast_maths_matches_wcag_reference_values():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # WCAG's own example: #767676 on white is the lightest grey that passes AA (4.54:1).
    assert theme.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert theme.contrast_ratio("#777777", "#ffffff") < 4.5


@pytest.mark.parametrize("scheme, colours", [("light", theme.LIGHT), ("dark", theme.DARK)])
def test_palette_text_pairs_meet_aa(scheme, colours):
    failures = [
        f"{fg.name} on {bg.name}: {theme.contrast_ratio(colours[fg], colours[bg]):.2f} < {minimum}"
        for fg, bg, minimum in theme.CONTRAST_PAIRS
        if theme.contrast_ratio(colours[fg], colours[bg]) < minimum
    ]
    assert not failures


@pytest.mark.parametrize("scheme, colours", [("light", theme.LIGHT), ("dark", theme.DARK)])
def test_focus_ring_status_and_disabled_colours_are_readable(scheme, colours):
    for background in (colours[theme.Role.Window], colours[theme.Role.Base]):
        # Non-text contrast (WCAG 1.4.11): the focus ring needs 3:1.
        assert theme.contrast_ratio(theme.FOCUS[scheme], background) >= 3.0
        for kind, colour in theme.STATUS[scheme].items():
            assert theme.contrast_ratio(colour, background) >= 4.5, kind
        assert theme.contrast_ratio(theme.DISABLED_TEXT[scheme], background) >= 3.0
    assert theme.contrast_ratio(theme.DISABLED_TEXT[scheme], colours[theme.Role.Button]) >= 3.0


def test_themes_apply_our_palette(restore_appearance):
    app = restore_appearance
    assert theme.apply_theme(app, "dark") == "dark"
    assert app.palette().color(QPalette.ColorRole.Window).name() == theme.DARK[theme.Role.Window]
    assert theme.status_colour("urgent") == theme.STATUS["dark"]["urgent"]
    assert theme.apply_theme(app, "light") == "light"
    assert app.palette().color(QPalette.ColorRole.Text).name() == theme.LIGHT[theme.Role.Text]
    assert theme.apply_theme(app, "system") in ("light", "dark")
    assert theme.apply_theme(app, "nonsense") in ("light", "dark")  # unknown → follow the system


def test_zoom_is_clamped_and_scales_the_app_font(restore_appearance):
    app = restore_appearance
    theme.apply_zoom(app, 100)
    base = app.font().pointSizeF()
    assert theme.apply_zoom(app, 150) == 150
    assert app.font().pointSizeF() == pytest.approx(base * 1.5, rel=0.02)
    assert theme.apply_zoom(app, 1000) == theme.ZOOM_MAX
    assert theme.apply_zoom(app, 10) == theme.ZOOM_MIN
    theme.apply_zoom(app, 100)
    assert app.font().pointSizeF() == pytest.approx(base, rel=0.02)


def test_preferences_round_trip_and_survive_garbage(data_dir, restore_appearance):
    from tracker.services import app_prefs

    assert theme.load_prefs(data_dir) == {"theme": "system", "zoom": 100, "focus_ring": "strong"}
    theme.save_prefs(data_dir, theme="dark", focus_ring="standard")
    theme.save_zoom(data_dir, 130)
    assert app_prefs.load(data_dir)["zoom"] == pytest.approx(1.3)  # a factor, like the View menu's zoom
    assert theme.load_prefs(data_dir) == {"theme": "dark", "zoom": 130, "focus_ring": "standard"}
    app_prefs.update(data_dir, theme="purple", zoom="big", focus_ring=7)
    assert theme.load_prefs(data_dir) == {"theme": "system", "zoom": 100, "focus_ring": "strong"}
    theme.save_prefs(data_dir, theme="dark")
    prefs = theme.apply_appearance(restore_appearance, data_dir)
    assert prefs["theme"] == "dark" and theme.current_scheme() == "dark"


def test_focus_ring_follows_keyboard_focus(qtbot, restore_appearance):
    follower = theme.install_focus_ring(restore_appearance, strong=True)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first, second = QLineEdit(), QLineEdit()
    layout.addWidget(first)
    layout.addWidget(second)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: follower.ring is not None and follower.ring.widget() is first)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: follower.ring.widget() is second)
    assert follower.ring.ring_width() == 3
    assert follower.ring.isVisible()
    theme.install_focus_ring(QApplication.instance(), strong=False)
    assert follower.ring.ring_width() == 2
    window.close()
