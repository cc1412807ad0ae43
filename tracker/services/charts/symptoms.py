"""Symptom ratings (0–4, patient-reported) over time, with treatment bands and cycle starts."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from datetime import date

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from tracker.services.charts.bands import draw_bands, draw_cycle_starts, draw_local_treatments
from tracker.services.charts.series import WEEKLY_AFTER_DAYS, pick_symptoms, weekly_highest
from tracker.services.charts.style import (
    LEGEND_FONT_SIZE,
    ChartLabels,
    break_gaps,
    date_num,
    legend_columns,
    new_figure,
    series_style,
    set_date_axis,
    style_axes,
)
from tracker.services.reports.data import ChartData, SymptomPoint, SymptomSeries

__all__ = ["LINES_PER_PANEL", "WEEKLY_AFTER_DAYS", "panels_of", "pick_symptoms", "symptom_chart", "weekly_highest"]

#: Beyond this many points per series, only every n-th point gets a marker (lines stay whole).
_MAX_MARKERS = 60
#: Lines one panel holds before the next symptoms go to a panel of their own.
LINES_PER_PANEL = 4
#: Inches each further panel adds to the figure's height.
PANEL_HEIGHT = 2.6


def _hover_text(points: list[SymptomPoint], series: SymptomSeries, template: str, labels: ChartLabels) -> Callable[[int], str]:
    def text(i: int) -> str:
        value = labels.rating_name(series.scale, points[i].rating)
        return template.format(label=series.label, value=value, date=labels.format_date(points[i].when.date()))

    return text


def panels_of(series: list[SymptomSeries], per_panel: int = LINES_PER_PANEL) -> list[list[SymptomSeries]]:
    """The chosen series in groups of at most `per_panel`, one group per panel. With more
    than one panel, each scale gets panels of its own (severity first), so every panel
    names its ratings in words ("Rarely" is not "Mild")."""
    if len(series) <= per_panel:
        return [series]
    panels: list[list[SymptomSeries]] = []
    for scale in dict.fromkeys(["severity", *(s.scale for s in series)]):
        same = [s for s in series if s.scale == scale]
        panels += [same[i:i + per_panel] for i in range(0, len(same), per_panel)]
    return panels


def symptom_chart(
    data: ChartData,
    *,
    start: date,
    end: date,
    locale_strings: ChartLabels | None = None,
    symptom_ids: list[str] | None = None,
    size: tuple[float, float] = (8.0, 4.2),
) -> Figure:
    """One panel of at most four lines; more symptoms are split over panels stacked on one
    shared date axis (a year of eight lines in one panel was a tangle)."""
    labels = locale_strings or ChartLabels()
    weekly = (end - start).days > WEEKLY_AFTER_DAYS
    chosen = [s for s in pick_symptoms(data, symptom_ids) if any(start <= p.when.date() <= end for p in s.points)]
    groups = panels_of(chosen)
    width, height = size
    # Each further panel adds room for its lines, not a second copy of the title and legend.
    fig, hover = new_figure(width, height + PANEL_HEIGHT * (len(groups) - 1), labels)
    axes = fig.subplots(len(groups), 1, sharex=True, squeeze=False)[:, 0]
    handles: list[Artist] = []
    drawn_points = 0
    colour = 0
    for number, (ax, group) in enumerate(zip(axes, groups, strict=True)):
        style_axes(ax, labels)
        draw_bands(ax, data.bands, start, end, labels, with_text=number == 0)
        for series in group:
            points = [p for p in series.points if start <= p.when.date() <= end]
            if weekly:
                points = weekly_highest(points)
            xs = [date_num(p.when) for p in points]
            ys = [float(p.rating) for p in points]
            line_x, line_y = break_gaps(xs, ys)
            (line,) = ax.plot(
                line_x, line_y, label=series.label, markevery=max(1, len(xs) // _MAX_MARKERS), zorder=2,
                gid=f"symptom-{series.symptom_id}", **series_style(colour),
            )
            colour += 1
            handles.append(line)
            drawn_points += len(xs)
            template = labels.hover_week if weekly else labels.hover_value
            hover.add(ax, xs, ys, _hover_text(points, series, template, labels))
        cycles = draw_cycle_starts(ax, data.cycles, start, end, labels)
        if cycles and number == 0:
            handles.append(next(line for line in ax.lines if line.get_gid() == "cycles"))
        local = draw_local_treatments(ax, data.local_treatments, start, end, labels)
        if number == 0:
            handles += local
        _rating_axis(ax, group, labels, small=len(groups) > 1)
        set_date_axis(ax, start, end, labels, show_label=number == len(groups) - 1)
    axes[0].set_title(labels.symptom_title_weekly if weekly else labels.symptom_title, loc="right" if labels.rtl else "left", wrap=True,
                      fontsize=11)
    if not drawn_points:
        axes[0].text(0.5, 0.5, labels.no_data, transform=axes[0].transAxes, ha="center", va="center", color="#555555")
    if handles:
        fig.legend(handles=handles, loc="outside lower center", ncol=legend_columns([str(h.get_label()) for h in handles]),
                   frameon=False, fontsize=LEGEND_FONT_SIZE)
    return fig


def _rating_axis(ax: Axes, group: list[SymptomSeries], labels: ChartLabels, *, small: bool) -> None:
    # Always the whole 0-4 scale, so a 1 never looks like a peak.
    ax.set_ylim(-0.3, 4.8)
    scales = {s.scale for s in group} or {"severity"}
    if len(scales) == 1:
        ax.set_yticks(range(5), [labels.rating_name(next(iter(scales)), v) for v in range(5)])
        ax.set_ylabel(labels.symptom_axis, fontsize=8.5 if small else None)
    else:  # severity, frequency and interference words differ: numbers, explained
        ax.set_yticks(range(5), [labels.digits(str(v)) for v in range(5)])
        ax.set_ylabel(_fitted(labels.mixed_scale_axis, ax, small=small), fontsize=8.5)


def _fitted(text: str, ax: Axes, *, small: bool) -> str:
    """The explanation on as many lines as the panel's height needs: cut off at the top of a
    short chart (the clinic summary's, 3.4 inches) it read "…, 4 = the mos"."""
    if small:
        return textwrap.fill(text, 28)
    figure = ax.get_figure(root=True)
    assert figure is not None  # drawn on a figure's panel
    height_pt = ax.get_position().height * figure.get_figheight() * 72
    fits = int(height_pt / (8.5 * 0.6))  # characters of 8.5 pt text along the panel's side
    if len(text) <= fits:
        return text
    return textwrap.fill(text, max(20, min(fits, len(text) // 2 + 6)))
