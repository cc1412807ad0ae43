"""Chart builders: plain data in, `matplotlib.figure.Figure` out (never pyplot).

Used by the Charts view (hosted in a FigureCanvasQTAgg) and by the clinic summary
(rendered to PNG). Labels are passed in already translated; English by default.

The builders load matplotlib (about half a second), so they are imported on first use:
the Charts view reads labels, ranges and the text view (`text`) on the GUI thread and
lets a worker thread pay for matplotlib.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from tracker.services.charts.labels import ChartLabels
from tracker.services.charts.ranges import RANGE_KEYS, chart_range

if TYPE_CHECKING:
    from tracker.services.charts.doses import dose_chart
    from tracker.services.charts.style import HoverIndex, hover_index, nearest_point
    from tracker.services.charts.symptoms import symptom_chart
    from tracker.services.charts.values import lab_chart, measurement_chart

_LAZY = {
    "dose_chart": "doses",
    "HoverIndex": "style",
    "hover_index": "style",
    "nearest_point": "style",
    "symptom_chart": "symptoms",
    "lab_chart": "values",
    "measurement_chart": "values",
}

__all__ = [
    "RANGE_KEYS",
    "ChartLabels",
    "HoverIndex",
    "chart_range",
    "dose_chart",
    "hover_index",
    "lab_chart",
    "measurement_chart",
    "nearest_point",
    "symptom_chart",
]


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
