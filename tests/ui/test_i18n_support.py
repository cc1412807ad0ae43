"""Helpers (no tests) shared by the language and keyboard tests: a main window, walking widget trees.

Named test_i18n_* to sit with the i18n tests; other test modules load it by path.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
_TAG = re.compile(r"<[^>]*>")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


class LanguageSwitch:
    """Installs a language for one test and puts everything back afterwards."""

    def __init__(self, app) -> None:
        self.app = app
        self.locale = QLocale()
        self.direction = QGuiApplication.layoutDirection()

    def install(self, code: str) -> QLocale:
        from tracker.render.i18n import install_translators

        return install_translators(self.app, code)

    def restore(self) -> None:
        from tracker.render.i18n import install_translators

        install_translators(self.app, "en")
        QLocale.setDefault(self.locale)
        QGuiApplication.setLayoutDirection(self.direction)


def make_main_window(qtbot, data_dir, journal, clock):
    from tracker.ui.main.window import MainWindow

    window = MainWindow(data_dir, journal, clock, idle_tick_ms=60_000)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def clean(text: str) -> str:
    text = _TAG.sub(" ", text).replace("&&", "\x00").replace("&", "").replace("\x00", "&")
    return " ".join(text.split())


def shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isVisible()


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) of every visible label, button, group box, tab and placeholder."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not shown(widget, root):
            continue
        texts: list[str] = []
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            text = clean(text)
            if _LETTERS.search(text):
                found.append((type(widget).__name__, text))
    return found


def translations(lang: str) -> dict[str, str]:
    """English source → finished translation, from i18n/tracker_<lang>.ts (only where they differ)."""
    path = ROOT / "i18n" / f"tracker_{lang}.ts"
    pairs: dict[str, str] = {}
    if not path.exists():
        return pairs
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        text = tr.text or ""
        if message.get("numerus") == "yes":
            continue
        if text.strip() and clean(text) != clean(source):
            pairs[clean(source)] = clean(text)
    return pairs


def english_matchers(pairs: dict[str, str]) -> list[tuple[str, re.Pattern[str]]]:
    """Patterns that recognise an English source on screen, with {placeholders} filled in."""
    matchers = []
    for source in pairs:
        literal = re.sub(r"\{[^}]*\}", "", source)
        if len(_LETTERS.findall(literal)) < 1:
            continue
        pattern = "".join(".+?" if part.startswith("{") else re.escape(part)
                          for part in re.split(r"(\{[^}]*\})", source))
        matchers.append((source, re.compile(f"^{pattern}$", re.S)))
    return matchers


#: Controls a person operates; each needs a name a screen reader can say.
CONTROL_TYPES = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit,
                 QPlainTextEdit, QSlider)


def qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (a spin box's line edit): their owner is checked."""
    return widget.objectName().startswith("qt_")


def has_accessible_name(widget: QWidget) -> bool:
    if qt_internal(widget):
        return True
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and clean(widget.text()):
        return True
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return True
    return False


def tab_focusable(widget: QWidget, root: QWidget) -> bool:
    return (shown(widget, root) and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.focusProxy() is None)
