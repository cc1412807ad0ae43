"""Zoom: scales the application font; the factor is remembered in app preferences."""

from __future__ import annotations

from pathlib import Path

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
    font.setPointSizeF(_base() * factor)
    QApplication.setFont(font)
    return factor


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
