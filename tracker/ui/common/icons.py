"""Icons from a maintained icon library (QtAwesome: Material Design Icons), always shown
next to a text label, coloured from the theme so they follow light and dark.

    icons.icon("today")                 # by our own name, in the window text colour
    icons.icon("taken", "dose_taken")   # in a named theme colour

Our names map to the library's in ICONS, so a view never spells a library name and a
change of icon set touches this file only.
"""

from __future__ import annotations

import os

# QtPy (under QtAwesome) must use the binding we ship, whatever else is installed.
os.environ.setdefault("QT_API", "pyside6")

import qtawesome  # noqa: E402 - after QT_API
from PySide6.QtGui import QIcon, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tracker.ui import theme  # noqa: E402

#: The one icon font we use, loaded on its own. QtAwesome's ready-made instance loads all ten
#: of its fonts (7 MB, with 1 MB of character maps to parse) at the first icon; the bundle
#: ships only these two files (packaging/treatment-journey.spec; tests/ui/test_icon_font.py).
FONT = ("mdi6", "materialdesignicons6-webfont-6.9.96.ttf", "materialdesignicons6-webfont-charmap-6.9.96.json")
_font: qtawesome.IconicFont | None = None


def _iconic() -> qtawesome.IconicFont:
    global _font  # noqa: PLW0603 - one font per process, made at the first icon
    if _font is None:
        _font = qtawesome.IconicFont(FONT)
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
    return _iconic().icon(ICONS[name], color=colour, color_active=colour, color_selected=selected)


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
