"""The visual language: named theme colours meet contrast, type and sidebar follow the text
size, tinted text follows light/dark, formats follow the computer's region."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from tracker.render import i18n
from tracker.ui import theme
from tracker.ui.common import style

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def restore_appearance(qapp):
    from tracker.ui.main import zoom

    palette, font = QPalette(qapp.palette()), qapp.font()
    yield qapp
    zoom.apply(1.0)
    theme.apply_theme(qapp, "light")
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_named_colours_meet_contrast_in_both_schemes(scheme):
    tokens, palette = theme.TOKENS[scheme], theme.LIGHT if scheme == "light" else theme.DARK
    assert set(theme.TOKENS["light"]) == set(theme.TOKENS["dark"])
    failures = []
    for token in theme.TEXT_TOKENS:
        for background in (palette[theme.Role.Window], palette[theme.Role.Base], tokens["card"]):
            if theme.contrast_ratio(tokens[token], background) < 4.5:
                failures.append(f"{token} on {background}")
    for token in theme.MARK_TOKENS:
        if theme.contrast_ratio(tokens[token], tokens["card"]) < 3.0:
            failures.append(f"{token} on card")
    # The sidebar's own shade under the window's text colour, and the selection on it.
    if theme.contrast_ratio(palette[theme.Role.WindowText], tokens["sidebar"]) < 4.5:
        failures.append("text on sidebar")
    assert not failures


def test_spacing_scale_and_type_scale_follow_the_text_size(restore_appearance, qtbot):
    from tracker.ui.main import zoom
    from tracker.ui.main.sidebar import Sidebar

    with pytest.raises(ValueError):
        style.space(5)
    heading = style.label("Today", "title")
    body = QLabel("body")
    sidebar = Sidebar()
    for w in (heading, body, sidebar):
        qtbot.addWidget(w)
    small_space, small_heading = style.space(4), heading.font().pointSizeF()
    small_sidebar = sidebar.width()
    assert small_heading > body.font().pointSizeF()
    zoom.apply(2.0)
    assert style.space(4) > small_space
    assert heading.font().pointSizeF() == pytest.approx(small_heading * 2.0, rel=0.05)
    assert heading.font().pointSizeF() > QApplication.font().pointSizeF()  # a heading stays bigger than text
    assert sidebar.width() > small_sidebar  # and the sidebar's titles are never clipped


def test_tinted_text_follows_a_switch_to_dark(restore_appearance, qtbot):
    error = style.error_label()
    qtbot.addWidget(error)
    theme.apply_theme(restore_appearance, "light")
    assert error.palette().color(QPalette.ColorRole.WindowText).name() == theme.TOKENS["light"]["error"]
    theme.apply_theme(restore_appearance, "dark")
    assert error.palette().color(QPalette.ColorRole.WindowText).name() == theme.TOKENS["dark"]["error"]
    with pytest.raises(KeyError):
        style.tint(error, "no such colour")


@pytest.mark.parametrize("system, language, expected", [
    ("C", "en", "en_GB"),              # a computer set to C gets British conventions, not US
    ("de_DE", "en", "en_DE"),          # English words, German region: 24 h, Monday first, metric
    ("en_US", "en", "en_US"),
    ("en_GB", "es", "es_ES"),          # Qt has no Spanish for the UK: Spanish defaults
    ("es_MX", "es", "es_MX"),
    ("fa_IR", "en", "en_GB"),
])
def test_formats_follow_the_region_not_the_interface_language(system, language, expected):
    assert i18n.locale_for(language, QLocale(system)).name() == expected


def test_units_default_to_the_region(monkeypatch, tmp_path):
    from tracker.ui.common import units

    monkeypatch.setattr(i18n, "region_locale", lambda system=None: QLocale("en_US"))
    assert (units.temperature_unit(tmp_path), units.weight_unit(tmp_path)) == ("°F", "lb")
    monkeypatch.setattr(i18n, "region_locale", lambda system=None: QLocale("en_GB"))
    assert (units.temperature_unit(tmp_path), units.weight_unit(tmp_path)) == ("°C", "kg")
    units.save_units(tmp_path, "°F", "kg")  # asked once; the answer wins over the region
    assert (units.temperature_unit(tmp_path), units.weight_unit(tmp_path)) == ("°F", "kg")
    from tracker.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        units.save_units(tmp_path, "K", "kg")


def test_sidebar_turns_dark_with_the_theme(restore_appearance, qtbot):
    from tracker.ui.main.sidebar import Sidebar

    theme.apply_theme(restore_appearance, "light")
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    base = QPalette.ColorRole.Base
    assert sidebar.viewport().palette().color(base).name() == theme.TOKENS["light"]["sidebar"]
    theme.apply_theme(restore_appearance, "dark")
    assert sidebar.viewport().palette().color(base).name() == theme.TOKENS["dark"]["sidebar"]


def test_every_section_has_an_icon_and_button_icons_follow_the_theme(restore_appearance, qtbot):
    from PySide6.QtWidgets import QPushButton

    from tracker.ui.common import icons
    from tracker.ui.main.sections import SECTIONS

    assert all(not icons.icon(section.id).isNull() for section in SECTIONS)
    button = QPushButton("Save")
    qtbot.addWidget(button)
    icons.set_icon(button, "save")
    light = button.icon().pixmap(32, 32).toImage()
    theme.apply_theme(restore_appearance, "dark")
    dark = button.icon().pixmap(32, 32).toImage()
    assert button.text() == "Save"  # an icon never replaces the words
    assert light != dark  # redrawn in the dark scheme's text colour
