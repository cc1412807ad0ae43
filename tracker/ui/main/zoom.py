"""Zoom: scales the application font; the factor is remembered in app preferences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
_base_point_size: float | None = None


def _base() -> float:
    global _base_point_size
    if _base_point_size is None:
        _base_point_size = QApplication.font().pointSizeF()
    return _base_point_size


def apply(factor: float) -> float:
    factor = min(max(float(factor), STEPS[0]), STEPS[-1])
    font = QApplication.font()
    old_size = font.pointSizeF()
    font.setPointSizeF(_base() * factor)
    QApplication.setFont(font)
    _rescale_explicit_fonts(old_size, font.pointSizeF())
    return factor


def _rescale_explicit_fonts(old_size: float, new_size: float) -> None:
    """Headings, the sidebar and other widgets given their own font size keep it when the
    application font changes; scale them by the same ratio so the type scale stays a scale."""
    if old_size <= 0 or new_size <= 0 or abs(new_size - old_size) < 1e-6:
        return
    ratio = new_size / old_size
    for widget in QApplication.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            font = widget.font()
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * ratio)
                widget.setFont(font)


def current_factor() -> float:
    """The text size in effect, as a factor of the system's (1.0 = normal)."""
    base = _base()
    return QApplication.font().pointSizeF() / base if base > 0 else 1.0


def saved_factor(data_dir: Path) -> float:
    from tracker.services import app_prefs

    value = app_prefs.load(data_dir).get("zoom", 1.0)
    return float(value) if isinstance(value, (int, float)) else 1.0


def apply_saved(data_dir: Path) -> float:
    _base()
    return apply(saved_factor(data_dir))


def step(data_dir: Path, direction: int) -> float:
    """direction +1 / -1 moves one step; 0 resets. Saves the new factor."""
    from tracker.domain.errors import KnownError
    from tracker.services import app_prefs

    current = saved_factor(data_dir)
    if direction == 0:
        factor = 1.0
    else:
        nearest = min(range(len(STEPS)), key=lambda i: abs(STEPS[i] - current))
        factor = STEPS[min(max(nearest + direction, 0), len(STEPS) - 1)]
    factor = apply(factor)
    try:
        app_prefs.update(data_dir, zoom=factor)
    except (OSError, KnownError):
        pass  # the zoom still applies for this session
    return factor
