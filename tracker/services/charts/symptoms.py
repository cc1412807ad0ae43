"""Symptom ratings (0–4, patient-reported) over time, with treatment bands and cycle starts."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from matplotlib.figure import Figure

from tracker.services.charts.bands import draw_bands, draw_cycle_starts
from tracker.services.charts.style import ChartLabels, date_num, new_figure, series_style, set_date_axis, style_axes
from tracker.services.reports.data import ChartData, SymptomPoint, SymptomSeries

#: Ranges longer than this show each week's highest rating instead of every entry.
WEEKLY_AFTER_DAYS = 400
#: Beyond this many points per series, only every n-th point gets a marker (lines stay whole).
_MAX_MARKERS = 60


def weekly_highest(points: list[SymptomPoint]) -> list[SymptomPoint]:
    """The highest rating of each week (Monday to Sunday), dated on its Monday.

    Years of daily dots are unreadable (and slow to draw); the worst day of each week is
    what a clinician looks for in a long view.
    """
    weeks: dict[date, int] = {}
    for p in points:
        monday = p.when.date() - timedelta(days=p.when.weekday())
        weeks[monday] = max(weeks.get(monday, 0), p.rating)
    zone = points[0].when.tzinfo if points else None
    return [SymptomPoint(datetime.combine(day, time(12), tzinfo=zone), rating) for day, rating in sorted(weeks.items())]


def pick_symptoms(data: ChartData, symptom_ids: list[str] | None) -> list[SymptomSeries]:
    if symptom_ids is None:
        return list(data.symptoms)
    by_id = {s.symptom_id: s for s in data.symptoms}
    return [by_id[i] for i in symptom_ids if i in by_id]


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
    for i, series in enumerate(pick_symptoms(data, symptom_ids)):
        points = [p for p in series.points if start <= p.when.date() <= end]
        if not points:
            continue
        if weekly:
            points = weekly_highest(points)
        xs = [date_num(p.when) for p in points]
        ys = [p.rating for p in points]
        style = series_style(i)
        (line,) = ax.plot(
            xs, ys, label=series.label, markevery=max(1, len(xs) // _MAX_MARKERS), zorder=2, gid=f"symptom-{series.symptom_id}", **style
        )
        handles.append(line)
        drawn_points += len(xs)
        template = labels.hover_week if weekly else labels.hover_value
        hover.add(ax, xs, ys, lambda i, pts=points, name=series.label, t=template: t.format(
            label=name, value=labels.rating_names[pts[i].rating], date=labels.format_date(pts[i].when.date())))
    if draw_cycle_starts(ax, data.cycles, start, end, labels):
        handles.append(next(line for line in ax.lines if line.get_gid() == "cycles"))
    ax.set_ylim(-0.3, 4.8)
    ax.set_yticks(range(5), labels.rating_names)
    ax.set_ylabel(labels.symptom_axis)
    ax.set_title(labels.symptom_title_weekly if weekly else labels.symptom_title, loc="right" if labels.rtl else "left", fontsize=11)
    set_date_axis(ax, start, end, labels)
    if not drawn_points:
        ax.text(0.5, 0.5, labels.no_data, transform=ax.transAxes, ha="center", va="center", color="#555555")
    if handles:
        fig.legend(handles=handles, loc="outside lower center", ncol=min(4, len(handles)), frameon=False, fontsize=8.5)
    return fig
