"""The visual language in one place: spacing scale, type scale, cards and named colours.

    style.space(2)                  # px for step 2 of the spacing scale, at the current text size
    style.set_type(label, "title")  # title / heading / subheading / body / caption
    style.tint(label, "error")      # a named theme colour that follows light/dark switches
    Card(title)                     # a rounded panel for grouped content (painted from the theme)

Everything scales with the text-size setting: the spacing unit is a quarter of the current
line height, type roles are factors of the application font (the View menu's zoom rescales
explicitly sized fonts, see tracker/ui/main/zoom.py), and tinted widgets re-read their colour
when the palette changes (light ↔ dark).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from tracker.ui import theme

#: Steps of the spacing scale as multiples of a quarter line: 1 = hairline gaps, 2 = inside
#: a group, 4 = between groups, 6 = page margins.
SPACING_STEPS = (0, 1, 2, 3, 4, 6, 8)

#: Type roles as factors of the application font size, and whether they are bold.
TYPE_SCALE: dict[str, tuple[float, bool]] = {
    "title": (1.6, True),
    "heading": (1.3, True),
    "subheading": (1.1, True),
    "body": (1.0, False),
    "caption": (0.92, False),
}


def unit() -> int:
    """A quarter of the current line height (about 4 px at normal size), at least 2 px."""
    return max(2, round(QFontMetrics(QApplication.font()).height() / 4))


def space(step: int) -> int:
    """Pixels for a step of the spacing scale (0, 1, 2, 3, 4, 6 or 8 quarters of a line)."""
    if step not in SPACING_STEPS:
        raise ValueError(f"spacing step {step} is not on the scale {SPACING_STEPS}")
    return step * unit()


def set_type(widget: QWidget, role: str) -> QWidget:
    """Give `widget` a role of the type scale, relative to the current application font."""
    factor, bold = TYPE_SCALE[role]
    font = QApplication.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(max(6, round(font.pixelSize() * factor)))
    font.setBold(bold)
    widget.setFont(font)
    widget.setProperty("typeRole", role)
    return widget


def label(text: str, role: str = "body", *, wrap: bool = True, tint_as: str | None = None,
          buddy: QWidget | None = None) -> QLabel:
    """A label in a type role (word-wrapped unless told), optionally tinted.

    Plain text (so content shown in it is never read as markup), except a label with a
    buddy, whose "&" marks its Alt key."""
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.AutoText if buddy is not None else Qt.TextFormat.PlainText)
    if buddy is not None:
        widget.setBuddy(buddy)
    set_type(widget, role)
    if tint_as is not None:
        tint(widget, tint_as)
    return widget


def retint_all() -> None:
    """Re-apply every tinted widget's named colour (theme.apply_theme calls this after a switch;
    Qt 6 does not tell child widgets with their own palette that the application's changed)."""
    for widget in QApplication.allWidgets():
        if widget.property("tint") or widget.property("tintBackground"):
            _apply_tint(widget)


theme.on_scheme_change(retint_all)


def _apply_tint(widget: QWidget) -> None:
    token, background = widget.property("tint"), widget.property("tintBackground")
    palette = QPalette(QApplication.palette())
    if token:
        colour = theme.colour(str(token))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Active, role, colour)
            palette.setColor(QPalette.ColorGroup.Inactive, role, colour)
    if background:
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(role, theme.colour(str(background)))
    widget.setPalette(palette)


def tint_background(widget: QWidget, token: str) -> QWidget:
    """Fill `widget` with a named theme colour (e.g. the sidebar's shade), kept in step."""
    theme.TOKENS["light"][token]
    widget.setProperty("tintBackground", token)
    widget.setAutoFillBackground(True)
    _apply_tint(widget)
    return widget


def tint(widget: QWidget, token: str) -> QWidget:
    """Colour `widget`'s text with a named theme colour ("error", "ok", "muted"…), kept in step
    with light/dark switches. Disabled text keeps the palette's disabled colour."""
    theme.TOKENS["light"][token]  # an unknown name is a bug: KeyError here, not a silent default
    widget.setProperty("tint", token)
    _apply_tint(widget)
    return widget


def untint(widget: QWidget) -> QWidget:
    """Back to the palette's own text colour."""
    widget.setProperty("tint", None)
    widget.setPalette(QPalette())
    if widget.property("tintBackground"):
        _apply_tint(widget)
    return widget


def error_label() -> QLabel:
    """An error message under a field: hidden until it has something to say."""
    widget = QLabel()
    widget.setObjectName("fieldError")
    widget.setWordWrap(True)
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    tint(widget, "error")
    widget.hide()
    return widget


class Card(QFrame):
    """A rounded panel for one group of content, with an optional heading.

    Painted from the theme's "card" and "card_border" colours (not a style sheet), so it
    follows light/dark switches and keeps every child widget's native look.
    """

    RADIUS = 8

    def __init__(self, title: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.body = QVBoxLayout(self)
        pad = space(4)
        self.body.setContentsMargins(pad, pad, pad, pad)
        self.body.setSpacing(space(2))
        self.title_label: QLabel | None = None
        if title is not None:
            self.title_label = label(title, "heading")
            self.body.addWidget(self.title_label)

    def set_title(self, text: str) -> None:
        if self.title_label is not None:
            self.title_label.setText(text)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(theme.colour("card_border"), 1))
        painter.setBrush(theme.colour("card"))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), self.RADIUS, self.RADIUS)
