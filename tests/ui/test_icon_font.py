"""The app loads one icon font, and the bundle ships exactly that font."""

import json
from pathlib import Path

import qtawesome

from tracker.ui.common import icons

ROOT = Path(__file__).resolve().parents[2]


def test_every_icon_name_is_in_the_one_font_we_load():
    prefix, _ttf, charmap = icons.FONT
    names = json.loads((Path(qtawesome.__file__).parent / "fonts" / charmap).read_text())
    for ours, theirs in icons.ICONS.items():
        font_prefix, glyph = theirs.split(".", 1)
        assert font_prefix == prefix, ours
        assert glyph in names, ours


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
