"""Chart builders: plain data in, `matplotlib.figure.Figure` out (never pyplot).

Used by the Charts view (hosted in a FigureCanvasQTAgg) and by the clinic summary
(rendered to PNG). Labels are passed in already translated; English by default.
"""

from tracker.services.charts.doses import dose_chart
from tracker.services.charts.ranges import RANGE_KEYS, chart_range
from tracker.services.charts.style import ChartLabels, HoverIndex, hover_index, nearest_point
from tracker.services.charts.symptoms import symptom_chart
from tracker.services.charts.values import lab_chart, measurement_chart

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
