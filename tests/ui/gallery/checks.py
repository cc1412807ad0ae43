"""Mechanical checks on a rendered window: what can be judged without eyes.

- `outside(window)`: visible widgets that stick out of the window (scrolled content is
  clipped by its viewport on purpose and is not counted).
- `clipped(window)`: labels whose text does not fit (one-line labels smaller than Qt's own
  measure of their text, wrapped labels taller than their box) and buttons narrower than
  their text.
- `sideways(window)`: scroll areas showing a horizontal scroll bar (content wider than the
  window: text and buttons hide off to the side). Tables may scroll sideways; forms may not.
- `low_contrast(window)`: labels whose text colour is below 4.5:1 on the window background.

Each returns readable strings ("QLabel 'Next appointment…' 412>380 px") so a failure says
what to fix.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from tracker.ui import theme


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport (clipped there by design), or a viewport itself."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text().replace("\n", " ")[:40]
    return f"{type(widget).__name__} '{text}'" if text else f"{type(widget).__name__} {widget.objectName()}"


def widgets(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if _shown(w, window) and not w.isWindow()]


def outside(window: QWidget) -> list[str]:
    area = window.rect()
    problems = []
    for widget in widgets(window):
        if _scrolled(widget, window) or widget.objectName() == "focusRing":
            continue
        box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not area.adjusted(-1, -1, 1, 1).contains(box):
            problems.append(f"{_name(widget)} at {box.x()},{box.y()} {box.width()}×{box.height()} "
                            f"outside {area.width()}×{area.height()}")
    return problems


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)):
        return None  # rich text lays itself out; judged by eye in the gallery
    if label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        return f"{need}>{label.height()} px high" if need > label.height() + 1 else None
    # Qt's own measure of the text as it will be drawn (with the fonts each script falls back to).
    hint = label.sizeHint()
    if label.width() < hint.width() - 1:
        return f"{hint.width()}>{label.width()} px wide"
    if label.height() < hint.height() - 1:
        return f"{hint.height()}>{label.height()} px high"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return None
    need = button.fontMetrics().horizontalAdvance(text)
    if isinstance(button, (QCheckBox, QRadioButton)):
        need += 20
    elif isinstance(button, (QPushButton, QToolButton)):
        need += 6
    if not button.icon().isNull():
        need += button.iconSize().width()
    return f"{need}>{button.width()} px wide" if need > button.width() else None


def clipped(window: QWidget) -> list[str]:
    problems = []
    for widget in widgets(window):
        if isinstance(widget, QTabBar):
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton) and widget.parentWidget() is not None \
                and not isinstance(widget.parentWidget(), QTabBar):
            problem = _button_problem(widget)
        if problem:
            problems.append(f"{_name(widget)}: {problem}")
    return problems


def low_contrast(window: QWidget, minimum: float = 4.5) -> list[str]:
    problems = []
    background = window.palette().color(QPalette.ColorRole.Window)
    for label in window.findChildren(QLabel):
        if not _shown(label, window) or not label.text() or not label.isEnabled():
            continue
        colour = label.palette().color(QPalette.ColorRole.WindowText)
        ratio = theme.contrast_ratio(colour, background)
        if ratio < minimum:
            problems.append(f"{_name(label)}: {colour.name()} on {background.name()} = {ratio:.2f}")
    return problems


def sideways(window: QWidget) -> list[str]:
    from PySide6.QtWidgets import QAbstractItemView

    problems = []
    for area in window.findChildren(QAbstractScrollArea):
        if not _shown(area, window) or isinstance(area, QAbstractItemView):
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            inner = area.widget() if hasattr(area, "widget") and area.widget() is not None else area
            problems.append(f"{type(area).__name__} {area.objectName()} holding {type(inner).__name__} "
                            f"{inner.objectName()} scrolls sideways by {bar.maximum()} px")
    return problems
