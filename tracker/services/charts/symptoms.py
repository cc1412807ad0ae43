"""Symptom ratings (0–4, patient-reported) over time, with treatment bands and cycle starts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from matplotlib.figure import Figure

from tracker.services.charts.bands import draw_bands, draw_cycle_starts, draw_local_treatments
from tracker.services.charts.series import WEEKLY_AFTER_DAYS, pick_symptoms, weekly_highest
from tracker.services.charts.style import (
    ChartLabels,
    break_gaps,
    date_num,
    new_figure,
    series_style,
    set_date_axis,
    style_axes,
)
from tracker.services.reports.data import ChartData, SymptomPoint, SymptomSeries

__all__ = ["WEEKLY_AFTER_DAYS", "pick_symptoms", "symptom_chart", "weekly_highest"]

#: Beyond this many points per series, only every n-th point gets a marker (lines stay whole).
_MAX_MARKERS = 60


def _hover_text(points: list[SymptomPoint], series: SymptomSeries, template: str, labels: ChartLabels) -> Callable[[int], str]:
    def text(i: int) -> str:
        value = labels.rating_name(series.scale, points[i].rating)
        return template.format(label=series.label, value=value, date=labels.format_date(points[i].when.date()))

    return text


def symptom_chart(
    data: ChartData,
    *,
    start: date,
    end: date,
    locale_strings: ChartLabels | None = None,
    symptom_ids: list[str] | None = None,
    size: tuple[float, float] = (8.0, 4.2),
) -> Figure:
    labels = locale_strings or ChartLabels()
    fig, hover = new_figure(*size, labels)
    ax = fig.add_subplot()
    style_axes(ax, labels)
    draw_bands(ax, data.bands, start, end, labels)
    handles = []
    drawn_points = 0
    weekly = (end - start).days > WEEKLY_AFTER_DAYS
    chosen = pick_symptoms(data, symptom_ids)
    scales = {s.scale for s in chosen} or {"severity"}
    for i, series in enumerate(chosen):
        points = [p for p in series.points if start <= p.when.date() <= end]
        if not points:
            continue
        if weekly:
            points = weekly_highest(points)
        xs = [date_num(p.when) for p in points]
        ys = [float(p.rating) for p in points]
        style = series_style(i)
        line_x, line_y = break_gaps(xs, ys)
        (line,) = ax.plot(
            line_x, line_y, label=series.label, markevery=max(1, len(xs) // _MAX_MARKERS), zorder=2, gid=f"symptom-{series.symptom_id}", **style
        )
        handles.append(line)
        drawn_points += len(xs)
        template = labels.hover_week if weekly else labels.hover_value
        hover.add(ax, xs, ys, _hover_text(points, series, template, labels))
    if draw_cycle_starts(ax, data.cycles, start, end, labels):
        handles.append(next(line for line in ax.lines if line.get_gid() == "cycles"))
    handles += draw_local_treatments(ax, data.local_treatments, start, end, labels)
    # Always the whole 0-4 scale, so a 1 never looks like a peak.
    ax.set_ylim(-0.3, 4.8)
    if len(scales) == 1:
        ax.set_yticks(range(5), [labels.rating_name(next(iter(scales)), v) for v in range(5)])
        ax.set_ylabel(labels.symptom_axis)
    else:  # severity, frequency and interference words differ: numbers, explained
        ax.set_yticks(range(5), [labels.digits(str(v)) for v in range(5)])
        ax.set_ylabel(labels.mixed_scale_axis, fontsize=8.5)
    ax.set_title(labels.symptom_title_weekly if weekly else labels.symptom_title, loc="right" if labels.rtl else "left", fontsize=11)
    set_date_axis(ax, start, end, labels)
    if not drawn_points:
        ax.text(0.5, 0.5, labels.no_data, transform=ax.transAxes, ha="center", va="center", color="#555555")
    if handles:
        fig.legend(handles=handles, loc="outside lower center", ncol=min(4, len(handles)), frameon=False, fontsize=8.5)
    return fig
