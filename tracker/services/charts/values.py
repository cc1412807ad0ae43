"""Numbers over time with units: temperature and weight; tumour markers and blood counts.

One small panel per series (each has its own unit), sharing the date axis, with the
treatment bands behind and, for lab results, the reference range shaded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from tracker.services.charts.bands import draw_bands, draw_cycle_starts
from tracker.services.charts.style import (
    ChartLabels,
    break_gaps,
    date_num,
    new_figure,
    series_style,
    set_date_axis,
    style_axes,
)
from tracker.services.charts.text import value_decimals
from tracker.services.reports.data import ChartData, LabSeries, MeasurementSeries, ValuePoint

_REF_COLOUR = "#009E73"  # Okabe–Ito bluish green, very light fill + dashed edges
_MAX_MARKERS = 80
#: Temperature axis (°C): fixed so 37.9 never looks like a spike. 37.5 °C is marked: during
#: anti-cancer treatment the alerts say "call now" from there (UKONS v3), so no reading that
#: brought a call-now card may sit below the chart's line.
TEMPERATURE_AXIS = (35.0, 40.0)
FEVER_C = 37.5
_FEVER_COLOUR = "#D55E00"


def _name(series: MeasurementSeries | LabSeries, labels: ChartLabels) -> str:
    """A measurement's name in the reader's language (lab series carry their own label)."""
    if isinstance(series, MeasurementSeries):
        return labels.measurement_names.get(series.kind, series.label)
    return series.label


def _hover_text(points: Sequence[ValuePoint], name: str, unit: str, decimals: int, labels: ChartLabels) -> Callable[[int], str]:
    def text(i: int) -> str:
        value = f"{labels.format_number(points[i].value, decimals)} {unit}"
        return labels.hover_value.format(label=name, value=value, date=labels.format_date(points[i].when.date()))

    return text


def _value_panels(
    title: str,
    series_list: Sequence[MeasurementSeries | LabSeries],
    data: ChartData,
    start: date,
    end: date,
    labels: ChartLabels,
    width: float,
    panel_height: float,
) -> Figure:
    shown = [s for s in series_list if any(start <= p.when.date() <= end for p in s.points)] or list(series_list[:1])
    rows = max(1, len(shown))
    fig, hover = new_figure(width, 0.9 + panel_height * rows, labels)
    # matplotlib types subplots() as Any: a one-column grid of Axes, listed.
    axes: list[Axes] = list(fig.subplots(rows, 1, sharex=True, squeeze=False)[:, 0])
    fig.suptitle(title, x=0.98 if labels.rtl else 0.02, ha="right" if labels.rtl else "left", fontsize=11)
    ref_drawn = False
    if not shown:
        axes[0].text(0.5, 0.5, labels.no_data, transform=axes[0].transAxes, ha="center", va="center", color="#555555")
    for i, (ax, series) in enumerate(zip(axes, shown, strict=False)):
        style_axes(ax, labels)
        draw_bands(ax, data.bands, start, end, labels, with_text=(i == 0))
        draw_cycle_starts(ax, data.cycles, start, end, labels)
        points = [p for p in series.points if start <= p.when.date() <= end]
        name = _name(series, labels)
        ax.set_ylabel(labels.value_with_unit.format(label=name, unit=series.unit), fontsize=8.5)
        if labels.digits is not str:  # the reader's digits on the value axis too (Persian ۰-۹)
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: labels.digits(f"{v:g}")))
        low, high = (series.ref_low, series.ref_high) if isinstance(series, LabSeries) else (None, None)
        if low is not None or high is not None:
            values = [p.value for p in points] or [low or high or 0.0]
            bottom = low if low is not None else min(0.0, min(values))
            top = high if high is not None else max(values) * 1.1
            ax.axhspan(bottom, top, facecolor=_REF_COLOUR, alpha=0.12, edgecolor=_REF_COLOUR, linestyle="--", linewidth=0.8, zorder=0.5, gid="reference-range")
            ref_drawn = True
        if not points:
            ax.text(0.5, 0.5, labels.no_data, transform=ax.transAxes, ha="center", va="center", color="#555555")
            continue
        xs = [date_num(p.when) for p in points]
        ys = [p.value for p in points]
        line_x, line_y = break_gaps(xs, ys)
        ax.plot(line_x, line_y, markevery=max(1, len(xs) // _MAX_MARKERS), zorder=2, gid=f"value-{series.kind if isinstance(series, MeasurementSeries) else series.test_id}", **series_style(i))
        if isinstance(series, MeasurementSeries) and series.kind == "temperature" and series.unit == "°C":
            low, high = TEMPERATURE_AXIS
            ax.set_ylim(min(low, min(ys) - 0.2), max(high, max(ys) + 0.2))
            ax.axhline(FEVER_C, color=_FEVER_COLOUR, linestyle="--", linewidth=1.0, zorder=1.5, gid="fever-line")
            ax.text(0.005 if not labels.rtl else 0.995, FEVER_C, labels.digits(labels.fever_line), transform=ax.get_yaxis_transform(),
                    ha="right" if labels.rtl else "left", va="bottom", fontsize=7.5, color=_FEVER_COLOUR)
        else:
            ax.margins(y=0.15)
        decimals = value_decimals(ys)
        hover.add(ax, xs, ys, _hover_text(points, name, series.unit, decimals, labels))
    for ax in axes:
        set_date_axis(ax, start, end, labels, show_label=ax is axes[-1])
    handles: list[Artist] = []
    if ref_drawn:
        handles.append(Patch(facecolor=_REF_COLOUR, alpha=0.25, edgecolor=_REF_COLOUR, linestyle="--", label=labels.reference_range))
    cycles = [line for line in axes[0].lines if line.get_gid() == "cycles"]
    handles += cycles[:1]
    if handles:
        fig.legend(handles=handles, loc="outside lower center", ncol=len(handles), frameon=False, fontsize=8.5)
    return fig


def measurement_chart(
    data: ChartData, *, start: date, end: date, locale_strings: ChartLabels | None = None, width: float = 8.0
) -> Figure:
    """Temperature and weight, each with its unit on its own axis."""
    labels = locale_strings or ChartLabels()
    order = {"temperature": 0, "weight": 1}
    series = sorted(data.measurements, key=lambda m: (order.get(m.kind, 9), m.label))
    return _value_panels(labels.measurements_title, series, data, start, end, labels, width, 1.8)


def lab_chart(
    data: ChartData,
    *,
    start: date,
    end: date,
    group: str = "marker",
    locale_strings: ChartLabels | None = None,
    test_ids: list[str] | None = None,
    width: float = 8.0,
) -> Figure:
    """Tumour markers ("marker"), blood counts ("count") or other tests ("other"), with reference ranges."""
    labels = locale_strings or ChartLabels()
    series = [s for s in data.labs if s.group == group and (test_ids is None or s.test_id in test_ids)]
    title = {"marker": labels.markers_title, "count": labels.counts_title}.get(group, labels.other_labs_title)
    return _value_panels(title, series, data, start, end, labels, width, 1.6)
