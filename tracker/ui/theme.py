"""Appearance: light/dark palette, text size (zoom) and a clearly visible focus ring.

    apply_appearance(app, data_dir)     # at start-up, after the translators, before widgets

Preferences live in `app_prefs` (they are needed before unlocking): "theme" ("system",
"light", "dark"), "zoom" (factor of the system font size, 1.0 = normal; the View menu's
zoom uses the same key), "focus_ring" ("strong" or "standard"). Our own colours are chosen to meet WCAG AA (4.5:1 for text, 3:1 for the focus
ring and other non-text marks); `tests/ui/test_theme.py` computes the ratios.

The focus ring is an overlay that follows keyboard focus across the whole app, so it works
with every widget and style without restyling them with a stylesheet (which would change
how each widget looks, not just its focused state).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

THEME_KEY = "theme"
ZOOM_KEY = "zoom"
FOCUS_KEY = "focus_ring"
THEMES = ("system", "light", "dark")
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP, ZOOM_DEFAULT = 80, 200, 10, 100

Role = QPalette.ColorRole

#: Our palettes (role → colour). Pairs in CONTRAST_PAIRS must meet the ratios stated there.
LIGHT: dict[QPalette.ColorRole, str] = {
    Role.Window: "#f5f6f8", Role.WindowText: "#1d2329", Role.Base: "#ffffff",
    Role.AlternateBase: "#eef1f4", Role.Text: "#1d2329", Role.Button: "#e9ecef",
    Role.ButtonText: "#1d2329", Role.Highlight: "#1f5f99", Role.HighlightedText: "#ffffff",
    Role.Link: "#1f5f99", Role.LinkVisited: "#6a3d9a", Role.ToolTipBase: "#fffbe6",
    Role.ToolTipText: "#1d2329", Role.PlaceholderText: "#5b6670", Role.BrightText: "#ffffff",
    Role.Light: "#ffffff", Role.Midlight: "#f0f2f4", Role.Mid: "#b8c0c8", Role.Dark: "#8a949e",
    Role.Shadow: "#5b6670",
}
DARK: dict[QPalette.ColorRole, str] = {
    Role.Window: "#1e2227", Role.WindowText: "#e8eaed", Role.Base: "#2a3038",
    Role.AlternateBase: "#323942", Role.Text: "#e8eaed", Role.Button: "#353c45",
    Role.ButtonText: "#e8eaed", Role.Highlight: "#8cc4ff", Role.HighlightedText: "#0b1420",
    Role.Link: "#8cc4ff", Role.LinkVisited: "#c9a7f0", Role.ToolTipBase: "#2b3138",
    Role.ToolTipText: "#e8eaed", Role.PlaceholderText: "#a3adb8", Role.BrightText: "#ffffff",
    Role.Light: "#59626d", Role.Midlight: "#4a525c", Role.Mid: "#7a848f", Role.Dark: "#8a949e",
    Role.Shadow: "#000000",
}
#: Disabled text: dimmed but still readable (WCAG exempts it; we keep it at 3:1 or more).
DISABLED_TEXT = {"light": "#6b757f", "dark": "#8a949e"}
#: Focus ring colours: at least 3:1 against both the window and the input background.
FOCUS = {"light": "#0b57d0", "dark": "#ffd166"}
#: Status text colours other views may use for alerts ("urgent", "warning", "ok").
STATUS = {
    "light": {"urgent": "#a4161a", "warning": "#7a4b00", "ok": "#1e6b34"},
    "dark": {"urgent": "#ff8a80", "warning": "#ffcc66", "ok": "#8fd19e"},
}

#: Named colours for what the palette has no role for. Views ask for them by name
#: (`theme.colour("error")`), never by hex code, so dark mode is complete.
#: Text-like tokens (error … dose_*) meet 4.5:1 on Window and Base; marks (series, calendar
#: fills) meet 3:1 on Base; see TOKEN_CONTRAST and tests/ui/test_theme.py.
TOKENS: dict[str, dict[str, str]] = {
    "light": {
        "error": "#a4161a", "warning": "#7a4b00", "ok": "#1e6b34", "muted": "#56606a",
        "dose_taken": "#1e6b34", "dose_missed": "#a4161a", "dose_skipped": "#56606a",
        "dose_held": "#8a4b00", "dose_overdue": "#a4161a",
        "card": "#ffffff", "card_border": "#d5dbe1", "sidebar": "#e9edf1",
        "break_fill": "#e6ecf2", "today_ring": "#0b57d0",
        "series_1": "#1f5f99", "series_2": "#b4462b", "series_3": "#2c7a3f", "series_4": "#7b3f98",
        "reference": "#a4161a", "grid": "#d5dbe1",
    },
    "dark": {
        "error": "#ff8a80", "warning": "#ffcc66", "ok": "#8fd19e", "muted": "#b4bdc7",
        "dose_taken": "#8fd19e", "dose_missed": "#ff8a80", "dose_skipped": "#b4bdc7",
        "dose_held": "#ffcc66", "dose_overdue": "#ff8a80",
        "card": "#262b32", "card_border": "#3d454f", "sidebar": "#171a1e",
        "break_fill": "#333b45", "today_ring": "#ffd166",
        "series_1": "#8cc4ff", "series_2": "#ff9e80", "series_3": "#8fd19e", "series_4": "#d7a8ff",
        "reference": "#ff8a80", "grid": "#4a525c",
    },
}
#: Tokens used as text: 4.5:1 on both the window and the input/card background.
TEXT_TOKENS = ("error", "warning", "ok", "muted", "dose_taken", "dose_missed", "dose_skipped", "dose_held",
               "dose_overdue")
#: Tokens used as lines and marks: 3:1 on the card background (WCAG 1.4.11).
MARK_TOKENS = ("series_1", "series_2", "series_3", "series_4", "reference", "today_ring")

#: (foreground role, background role, minimum ratio) checked for both palettes.
CONTRAST_PAIRS = (
    (Role.WindowText, Role.Window, 4.5), (Role.Text, Role.Base, 4.5), (Role.Text, Role.AlternateBase, 4.5),
    (Role.ButtonText, Role.Button, 4.5), (Role.HighlightedText, Role.Highlight, 4.5),
    (Role.Link, Role.Base, 4.5), (Role.Link, Role.Window, 4.5), (Role.LinkVisited, Role.Base, 4.5),
    (Role.ToolTipText, Role.ToolTipBase, 4.5), (Role.PlaceholderText, Role.Base, 4.5),
)


# --------------------------------------------------------------------------- contrast maths

def relative_luminance(colour: str | QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(a: str | QColor, b: str | QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# --------------------------------------------------------------------------- palette / theme

def build_palette(scheme: str) -> QPalette:
    colours = DARK if scheme == "dark" else LIGHT
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT[scheme]))
    return palette


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return getattr(hints, "colorScheme", None) is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def effective_scheme(theme: str) -> str:
    """'light' or 'dark': what a theme choice means on this system right now."""
    if theme in ("light", "dark"):
        return theme
    return "dark" if system_prefers_dark() else "light"


_state: dict = {"theme": "system", "scheme": "light", "follower": None}


def apply_theme(app: QApplication, theme: str) -> str:
    """Apply 'system', 'light' or 'dark'; returns the scheme in effect ('light'/'dark')."""
    theme = theme if theme in THEMES else "system"
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: native widgets follow too where the platform allows
        hints.setColorScheme({"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
            theme, Qt.ColorScheme.Unknown))
    scheme = effective_scheme(theme)
    # The scheme first: widgets tinted with a named colour re-read it on the palette change.
    _state["theme"], _state["scheme"] = theme, scheme
    # Our own palette in every case: it is the one whose contrast we have checked.
    app.setPalette(build_palette(scheme))
    if not _state.get("watching") and hasattr(hints, "colorSchemeChanged"):
        # "Follow the system": re-apply when the desktop switches between light and dark.
        hints.colorSchemeChanged.connect(lambda _s: _state["theme"] == "system" and apply_theme(app, "system"))
        _state["watching"] = True
    follower = _state.get("follower")
    if isinstance(follower, _FocusFollower) and shiboken6.isValid(follower):
        follower.restyle(follower.width, QColor(FOCUS[scheme]))
    for callback in _scheme_listeners:
        callback()
    return scheme


_scheme_listeners: list = []


def on_scheme_change(callback) -> None:
    """Call `callback()` after every apply_theme (views re-read named colours then)."""
    if callback not in _scheme_listeners:
        _scheme_listeners.append(callback)


def current_scheme() -> str:
    return str(_state["scheme"])


def status_colour(kind: str) -> str:
    """Colour for 'urgent' / 'warning' / 'ok' text in the current scheme (AA on the window)."""
    return STATUS[current_scheme()][kind]


def colour(token: str, scheme: str | None = None) -> QColor:
    """A named theme colour (see TOKENS) in the current scheme, or in `scheme`."""
    return QColor(TOKENS[scheme or current_scheme()][token])


# --------------------------------------------------------------------------- zoom

def clamp_zoom(percent: int | float | None) -> int:
    try:
        value = int(round(float(percent) / ZOOM_STEP) * ZOOM_STEP)
    except (TypeError, ValueError):
        return ZOOM_DEFAULT
    return max(ZOOM_MIN, min(ZOOM_MAX, value))


def zoom_percent_from_pref(value: object) -> int:
    """app_prefs "zoom" is a factor (1.0 = normal), as the main window's View menu stores it."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return clamp_zoom(value * 100 if value <= ZOOM_MAX / 100 else value)
    return ZOOM_DEFAULT


def apply_zoom(app: QApplication, percent: int) -> int:
    """Scale the application font to `percent` of the system size; returns the applied value.

    Goes through the main window's zoom module, so both share one base font size
    (two modules each remembering "the original size" would compound the scaling).
    """
    from tracker.ui.main import zoom as main_zoom

    percent = clamp_zoom(percent)
    main_zoom.apply(percent / 100)
    return percent


def save_zoom(data_dir: Path, percent: int) -> None:
    save_prefs(data_dir, **{ZOOM_KEY: clamp_zoom(percent) / 100})


# --------------------------------------------------------------------------- focus ring

class FocusRing(QWidget):
    """A ring drawn around whichever widget has keyboard focus.

    It is a sibling of the focused widget, placed just outside it and raised above it, so
    it moves along when a scroll area scrolls. It is never a window of its own.
    """

    MARGIN = 3

    def __init__(self, parent: QWidget, width: int = 3) -> None:
        super().__init__(parent)
        self._colour = QColor(FOCUS["light"])
        self._width = width
        self._target: QWidget | None = None
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def widget(self) -> QWidget | None:
        return self._target

    def set_colour(self, colour: QColor) -> None:
        self._colour = colour
        self.update()

    def set_width(self, width: int) -> None:
        self._width = width
        self.update()

    def ring_width(self) -> int:
        return self._width

    def follow(self, target: QWidget | None) -> None:
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)
        self._target = target
        if target is None:
            self.hide()
            return
        target.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        target = self._target
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            self.hide()
            return
        m = self.MARGIN
        self.setGeometry(target.geometry().adjusted(-m, -m, m, m))
        self.raise_()
        self.show()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt naming
        if obj is self._target and event.type() in _TRACKED_EVENTS:
            self._place()
        return False

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._colour, self._width))
        inset = self._width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 4, 4)


_TRACKED_EVENTS = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.ZOrderChange)


class _FocusFollower(QObject):
    """Moves a ring to each newly focused widget; one ring per parent widget, made on demand."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._ring: FocusRing | None = None
        self.width = 3
        self.colour = QColor(FOCUS["light"])

    @property
    def ring(self) -> FocusRing | None:
        return self._ring if self._ring is not None and shiboken6.isValid(self._ring) else None

    def restyle(self, width: int, colour: QColor) -> None:
        self.width, self.colour = width, colour
        if self.ring is not None:
            self.ring.set_width(width)
            self.ring.set_colour(colour)

    def on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = self.ring
        try:
            host = None if new is None or new.isWindow() else new.parentWidget()
            if host is None:
                if ring is not None:
                    ring.follow(None)
                return
            if ring is None or ring.parentWidget() is not host:
                if ring is not None:
                    ring.follow(None)
                    ring.deleteLater()
                ring = FocusRing(host, self.width)
                ring.set_colour(self.colour)
                self._ring = ring
            ring.follow(new)
        except RuntimeError:  # a widget was deleted between the signal and now
            self._ring = None


def install_focus_ring(app: QApplication, strong: bool = True) -> _FocusFollower:
    """One app-wide focus ring (3 px when strong, 2 px otherwise). Safe to call again."""
    follower = _state.get("follower")
    if not isinstance(follower, _FocusFollower) or not shiboken6.isValid(follower):
        follower = _FocusFollower(app)
        app.focusChanged.connect(follower.on_focus_changed)
        _state["follower"] = follower
    follower.restyle(3 if strong else 2, QColor(FOCUS[current_scheme()]))
    return follower


# --------------------------------------------------------------------------- preferences

def load_prefs(data_dir: Path | None) -> dict:
    prefs: dict = {}
    if data_dir is not None:
        from tracker.services import app_prefs

        prefs = app_prefs.load(Path(data_dir))
    theme = prefs.get(THEME_KEY)
    return {
        THEME_KEY: theme if theme in THEMES else "system",
        ZOOM_KEY: zoom_percent_from_pref(prefs.get(ZOOM_KEY)),
        FOCUS_KEY: prefs.get(FOCUS_KEY) if prefs.get(FOCUS_KEY) in ("strong", "standard") else "strong",
    }


def save_prefs(data_dir: Path, **values) -> None:
    from tracker.services import app_prefs

    app_prefs.update(Path(data_dir), **values)


def apply_appearance(app: QApplication, data_dir: Path | None) -> dict:
    """Apply the saved theme, text size and focus ring; returns the preferences used."""
    prefs = load_prefs(data_dir)
    apply_theme(app, prefs[THEME_KEY])
    apply_zoom(app, prefs[ZOOM_KEY])
    install_focus_ring(app, strong=prefs[FOCUS_KEY] == "strong")
    return prefs
