"""The app loads one icon font, and the bundle ships exactly that font."""

import json
from pathlib import Path

import qtawesome  # the font files come from its package; the tests compare with its drawing

from tracker.ui.common import icons

ROOT = Path(__file__).resolve().parents[2]


def test_every_icon_name_is_in_the_one_font_we_load():
    prefix, _ttf, charmap = icons.FONT
    names = json.loads((Path(qtawesome.__file__).parent / "fonts" / charmap).read_text())
    for ours, theirs in icons.ICONS.items():
        font_prefix, glyph = theirs.split(".", 1)
        assert font_prefix == prefix, ours
        assert glyph in names, ours


def test_the_font_keeps_only_the_glyphs_we_draw(qapp):
    """The character map names ~7,000 glyphs; keeping them all cost 1.4 MB for the session."""
    assert sorted(icons._iconic().chars) == sorted({name.split(".", 1)[1] for name in icons.ICONS.values()})


def test_the_bundle_spec_ships_that_font_and_no_other():
    spec = (ROOT / "packaging" / "treatment-journey.spec").read_text()
    _prefix, ttf, charmap = icons.FONT
    assert f'ICON_FONT_FILES = {{"{ttf}", "{charmap}"}}' in spec
    assert 'name.startswith("qtawesome/fonts/")' in spec  # the filter that applies it


def test_an_icon_draws(qapp):
    pixmap = icons.icon("today").pixmap(32, 32)
    assert not pixmap.isNull()
    image = pixmap.toImage()
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32))


def test_icons_draw_as_qtawesome_draws_them(qapp):
    """Our glyph engine paints the very pixels QtAwesome's would, in every mode and size."""
    import os

    from PySide6.QtGui import QIcon, QPalette

    os.environ.setdefault("QT_API", "pyside6")
    theirs = qtawesome.IconicFont(icons.FONT)
    palette = qapp.palette()
    colour = palette.color(QPalette.ColorRole.WindowText).name()
    selected = palette.color(QPalette.ColorRole.HighlightedText).name()
    for ours, name in icons.ICONS.items():
        expected = theirs.icon(name, color=colour, color_active=colour, color_selected=selected)
        for size in (16, 24):
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Selected, QIcon.Mode.Disabled):
                assert icons.icon(ours).pixmap(size, size, mode).toImage() == \
                    expected.pixmap(size, size, mode).toImage(), (ours, size, mode)


def test_drawing_an_icon_does_not_load_qtpy():
    """QtPy star-imports QtCore, QtGui and QtWidgets: PySide6 then builds all their classes
    and enums (~18 MB resident for the whole session)."""
    import subprocess
    import sys

    code = ("import os, sys\n"
            "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from tracker.ui.common import icons\n"
            "assert not icons.icon('today').pixmap(16, 16).isNull()\n"
            "assert 'qtpy' not in sys.modules and 'qtawesome' not in sys.modules, 'loaded'\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
