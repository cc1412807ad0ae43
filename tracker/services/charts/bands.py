"""Lines of treatment as shaded, labelled bands and cycle starts as small ticks.

Shared by the symptom chart and the other time charts so a reader can line up a change
in symptoms or markers with a change of treatment.
"""

from __future__ import annotations

from datetime import date

from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.transforms import blended_transform_factory

from tracker.services.charts.style import BAND_COLOURS, ChartLabels, date_num
from tracker.services.reports.data import CycleStart, LocalTreatmentRow, TreatmentBand

#: Bands narrower than this share of the x axis get the short label ("L2") only.
_SHORT_LABEL_SHARE = 0.18
#: Bands narrower than this get no label (it would overlap its neighbours).
_NO_LABEL_SHARE = 0.035


def visible_bands(bands: list[TreatmentBand], start: date, end: date) -> list[TreatmentBand]:
    return [b for b in bands if b.start <= end and (b.end is None or b.end >= start)]


def draw_bands(ax: Axes, bands: list[TreatmentBand], start: date, end: date, labels: ChartLabels, *, with_text: bool = True) -> int:
    """Shade each line of treatment inside [start, end]; returns how many were drawn."""
    left, right = date_num(start), date_num(end)
    span = max(1.0, right - left)
    trans = blended_transform_factory(ax.transData, ax.transAxes)
    drawn = 0
    for band in sorted(visible_bands(bands, start, end), key=lambda b: b.start):
        b_left = max(left, date_num(band.start))
        b_right = min(right, date_num(band.end) if band.end else right)
        colour = BAND_COLOURS[band.number % len(BAND_COLOURS)]
        ax.axvspan(b_left, b_right, color=colour, alpha=0.8, zorder=0, linewidth=0, gid=f"band-{band.number}")
        drawn += 1
        share = (b_right - b_left) / span
        if not with_text or share < _NO_LABEL_SHARE:
            continue
        template = labels.line_band if share >= _SHORT_LABEL_SHARE else labels.line_band_short
        text = template.format(number=band.number, name=band.name)
        ax.text(
            b_left + span * 0.005, 0.985, text, transform=trans, va="top", ha="left", fontsize=7.5,
            color="#333333", clip_on=True, zorder=1,
        )
    return drawn


def draw_cycle_starts(ax: Axes, cycles: list[CycleStart], start: date, end: date, labels: ChartLabels) -> int:
    """Small dark triangles just inside the bottom of the axes at each cycle's first day."""
    days = [date_num(c.day) for c in cycles if start <= c.day <= end]
    if not days:
        return 0
    trans = blended_transform_factory(ax.transData, ax.transAxes)
    ax.plot(
        days, [0.03] * len(days), linestyle="none", marker="^", markersize=5, markeredgewidth=0,
        color="#333333", transform=trans, clip_on=True, zorder=3, label=labels.cycle_starts, gid="cycles",
    )
    return len(days)


def draw_local_treatments(ax: Axes, treatments: list[LocalTreatmentRow], start: date, end: date, labels: ChartLabels) -> list[Line2D]:
    """Radiotherapy days as small down-pointing triangles, and operation or procedure days
    as diamonds, just inside the top of the axes: pain before and after radiotherapy is
    what the team asks about. Returns the drawn marker lines (for the legend)."""
    trans = blended_transform_factory(ax.transData, ax.transAxes)
    radiation = sorted({d for t in treatments if t.kind in ("radiotherapy", "stereotactic") for d in t.days if start <= d <= end})
    other = sorted({d for t in treatments if t.kind not in ("radiotherapy", "stereotactic") for d in t.days if start <= d <= end})
    drawn: list[Line2D] = []
    for days, marker, label, gid in ((radiation, "v", labels.radiotherapy_days, "radiotherapy"),
                                     (other, "D", labels.procedure_days, "procedures")):
        if not days:
            continue
        (line,) = ax.plot([date_num(d) for d in days], [0.90] * len(days), linestyle="none", marker=marker,
                          markersize=5, markeredgewidth=0, color="#333333", transform=trans, clip_on=True, zorder=3,
                          label=label, gid=gid)
        drawn.append(line)
    return drawn
