"""Icons from a maintained icon library (Material Design Icons, the font QtAwesome ships),
always shown next to a text label, coloured from the theme so they follow light and dark.

    icons.icon("today")                 # by our own name, in the window text colour
    icons.icon("taken", "dose_taken")   # in a named theme colour

Our names map to the library's in ICONS, so a view never spells a library name and a
change of icon set touches this file only.

The glyph is drawn here as QtAwesome draws it (text mode: the font at 7/8 of the icon's
height, centred), without importing QtAwesome: its QtPy layer star-imports QtCore, QtGui and
QtWidgets, which makes PySide6 build every class and enum of them (~18 MB kept resident).
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from tracker.ui import theme

#: The one icon font we use. QtAwesome's ready-made instance loads all ten of its fonts (7 MB,
#: with 1 MB of character maps to parse) at the first icon; the bundle ships only these two
#: files of its package (packaging/treatment-journey.spec; tests/ui/test_icon_font.py).
FONT = ("mdi6", "materialdesignicons6-webfont-6.9.96.ttf", "materialdesignicons6-webfont-charmap-6.9.96.json")
_font: _IconFont | None = None


def font_folder() -> Path:
    """QtAwesome's fonts folder, found without importing the package."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the qtawesome package (the icon font) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


class _IconFont:
    def __init__(self, prefix: str, ttf: str, charmap: str, glyphs: Iterable[str]) -> None:
        folder = font_folder()
        font_id = QFontDatabase.addApplicationFont(str(folder / ttf))
        families = QFontDatabase.applicationFontFamilies(font_id)
        if not families:
            raise OSError(f"the icon font {ttf} could not be loaded")
        self.family = families[0]
        self.prefix = prefix
        # Only the glyphs we draw: the whole map (~7,000 names) kept 1.4 MB for a dozen icons.
        codes = json.loads((folder / charmap).read_text(encoding="utf-8"))
        self.chars = {glyph: chr(int(codes[glyph], 16)) for glyph in glyphs}

    def icon(self, name: str, colours: dict[QIcon.Mode, QColor]) -> QIcon:
        prefix, glyph = name.split(".", 1)
        if prefix != self.prefix:
            raise KeyError(name)
        return QIcon(_GlyphEngine(self.family, self.chars[glyph], colours))


class _GlyphEngine(QIconEngine):
    def __init__(self, family: str, char: str, colours: dict[QIcon.Mode, QColor]) -> None:
        super().__init__()
        self.family, self.char, self.colours = family, char, colours

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:  # noqa: ARG002
        painter.save()
        painter.setPen(self.colours.get(mode, self.colours[QIcon.Mode.Normal]))
        font = QFont()
        font.setFamily(self.family)
        font.setPixelSize(round(0.875 * rect.height()))  # QtAwesome's size: room for the bearing
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter), self.char)
        painter.restore()

    def pixmap(self, size, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:  # noqa: ANN001 - QSize
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self.family, self.char, self.colours)


def _iconic() -> _IconFont:
    global _font  # noqa: PLW0603 - one font per process, made at the first icon
    if _font is None:
        _font = _IconFont(*FONT, glyphs={name.split(".", 1)[1] for name in ICONS.values()})
    return _font

ICONS: dict[str, str] = {
    # sidebar sections
    "today": "mdi6.home-outline",
    "plan": "mdi6.calendar-month-outline",
    "diary": "mdi6.notebook-outline",
    "charts": "mdi6.chart-line",
    "learn": "mdi6.book-open-page-variant-outline",
    "reports": "mdi6.file-document-outline",
    "settings": "mdi6.cog-outline",
    # actions
    "taken": "mdi6.check",
    "all_taken": "mdi6.check-all",
    "save": "mdi6.content-save-outline",
    "undo": "mdi6.undo",
    "more": "mdi6.playlist-plus",
}


def icon(name: str, token: str | None = None, *, selected_token: str | None = None) -> QIcon:
    """Our icon `name` in a theme colour (`token`), or the palette's window text colour.

    `selected_token` (or the highlighted-text colour) is used where the icon is drawn on a
    selection, so it stays visible there."""
    palette = QApplication.palette()
    colour = theme.colour(token).name() if token else palette.color(QPalette.ColorRole.WindowText).name()
    selected = (theme.colour(selected_token).name() if selected_token
                else palette.color(QPalette.ColorRole.HighlightedText).name())
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)  # QtAwesome's default
    return _iconic().icon(ICONS[name], {QIcon.Mode.Normal: QColor(colour), QIcon.Mode.Active: QColor(colour),
                                        QIcon.Mode.Selected: QColor(selected), QIcon.Mode.Disabled: disabled})


def set_icon(button, name: str, token: str | None = None) -> None:
    """Give a button (which keeps its text) our icon `name`; re-coloured on a theme switch."""
    button.setProperty("iconName", name)
    button.setProperty("iconToken", token or "")
    button.setIcon(icon(name, token))


def _recolour_all() -> None:
    for widget in QApplication.allWidgets():
        name = widget.property("iconName")
        if name and hasattr(widget, "setIcon"):
            widget.setIcon(icon(str(name), str(widget.property("iconToken") or "") or None))


theme.on_scheme_change(_recolour_all)
