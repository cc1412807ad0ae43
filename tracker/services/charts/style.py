"""Shared look of every chart: colour-blind-safe palette, markers, labels, date axis.

Labels arrive already translated (services have no Qt); `ChartLabels()` gives English.
Series differ by colour (Okabe–Ito) AND by marker and line style, so a chart printed in
grey or read by someone with a colour-vision deficiency still tells series apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TYPE_CHECKING, TypeAlias, TypedDict, overload

import matplotlib
import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter

from tracker.services.charts.labels import (
    ChartLabels as ChartLabels,  # re-exported: builders and reports import it from here
)

if TYPE_CHECKING:  # only the annotations below need these names
    import numpy as np
    from numpy.typing import NDArray

#: Hover coordinates: a list built point by point, or a numpy array (the dose grid).
Coords: TypeAlias = "Sequence[float] | NDArray[np.float64]"

# matplotlib.dates has no type hints: typed names for the three functions used here.
_date2num: Callable[[datetime], float] = mdates.date2num
_num2date: Callable[[float], datetime] = mdates.num2date
_auto_locator: Callable[..., mdates.DateLocator] = mdates.AutoDateLocator

#: Up to this many days, ticks fall every few days counted from the first day. (Matplotlib's
#: day ticks restart on the 1st of each month, so "29 Nov" and "1 Dec" printed on top of each
#: other in the clinic summary's four-week chart.)
DAY_TICKS_UP_TO = 45

# Okabe & Ito (2008), "Color Universal Design"; black left out so bands and text stay distinct.
OKABE_ITO: tuple[str, ...] = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")
MARKERS: tuple[str, ...] = ("o", "s", "^", "D", "v", "P", "X", "*")
LINESTYLES: tuple[str | tuple[int, tuple[int, ...]], ...] = ("-", "--", "-.", ":", (0, (5, 1)), (0, (3, 1, 1, 1, 1, 1)), (0, (1, 1)), (0, (8, 2)))
BAND_COLOURS: tuple[str, ...] = ("#E8E8E8", "#D6E6F2")  # light grey / light blue, alternating
#: Font families with Latin and Arabic-script glyphs (matplotlib falls back in order).
FONT_FAMILIES: list[str] = ["DejaVu Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "sans-serif"]

class LazyTexts(Sequence[str]):
    """Hover texts made only when asked for: a year of daily dots would otherwise format
    thousands of strings nobody points at (it cost a third of the chart's build time)."""

    def __init__(self, count: int, make: Callable[[int], str]) -> None:
        self._count, self._make = count, make

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._count))]
        if i < 0:
            i += self._count
        if not 0 <= i < self._count:
            raise IndexError(i)
        return self._make(i)


@dataclass
class HoverIndex:
    """Points a pointer can hover, per axes: data x (matplotlib date numbers), y and text."""

    entries: list[tuple[Axes, Coords, Coords, Sequence[str]]] = field(default_factory=list)

    def add(self, ax: Axes, xs: Coords, ys: Coords, texts: Sequence[str] | Callable[[int], str]) -> None:
        if len(xs):
            if callable(texts):
                texts = LazyTexts(len(xs), texts)
            self.entries.append((ax, xs, ys, texts))


def nearest_point(fig: Figure, ax: Axes, x_px: float, y_px: float, radius_px: float = 12.0) -> str | None:
    """Text of the hover point nearest to a pointer position (display pixels) in `ax`, if close."""
    import numpy as np

    best, best_d2 = None, radius_px * radius_px
    for entry_ax, xs, ys, texts in hover_index(fig).entries:
        if entry_ax is not ax:
            continue
        pts = ax.transData.transform(np.column_stack([xs, ys]))
        d2 = (pts[:, 0] - x_px) ** 2 + (pts[:, 1] - y_px) ** 2
        i = int(np.argmin(d2))
        if d2[i] <= best_d2:
            best, best_d2 = texts[i], float(d2[i])
    return best


def hover_index(fig: Figure) -> HoverIndex:
    """The hover points a builder attached to its figure (empty if none)."""
    found = getattr(fig, "tj_hover", None)  # set by new_figure(); Figure does not declare it
    return found if isinstance(found, HoverIndex) else HoverIndex()


def new_figure(width: float, height: float, labels: ChartLabels) -> tuple[Figure, HoverIndex]:
    use_chart_fonts()
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    index = HoverIndex()
    setattr(fig, "tj_hover", index)  # read back by hover_index(); plain attribute, never saved  # noqa: B010
    return fig, index


#: Legend text size (points) under every chart.
LEGEND_FONT_SIZE = 8.5
#: The narrowest a chart is drawn (inches at its text size): the screen's chart area at
#: 1024 px (the charts view keeps at least this; see ui/charts/view.chart_text_factor).
NARROWEST_CHART = 5.6


def legend_columns(texts: list[str], *, width: float = NARROWEST_CHART, fontsize: float = LEGEND_FONT_SIZE) -> int:
    """How many legend entries fit side by side in a chart `width` inches wide: matplotlib
    never wraps a legend, and four symptoms in one row ran off the right edge at 1024 px,
    cutting "Cycle starts" in half. An estimate on the generous side (0.6 em a character
    plus the marker and the gaps, about 4.8 em)."""
    if not texts:
        return 1
    widest = max(len(t) for t in texts) * 0.6 * fontsize + 4.8 * fontsize
    return max(1, min(len(texts), int(width * 72 // widest)))


def style_axes(ax: Axes, labels: ChartLabels) -> None:
    ax.grid(True, axis="y", color="#CCCCCC", linewidth=0.6)
    ax.set_axisbelow(True)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)


def use_chart_fonts() -> None:
    """Latin + Arabic-script fallback fonts for all chart text (tick labels are made at draw
    time from rcParams, so this is set process-wide rather than per text)."""
    if matplotlib.rcParams["font.family"] != FONT_FAMILIES:
        matplotlib.rcParams["font.family"] = FONT_FAMILIES


def as_datetime(d: date | datetime) -> datetime:
    return d if isinstance(d, datetime) else datetime.combine(d, time(12))


def date_num(d: date | datetime) -> float:
    return float(_date2num(as_datetime(d).replace(tzinfo=None)))


def set_date_axis(ax: Axes, start: date, end: date, labels: ChartLabels, *, show_label: bool = True) -> None:
    """Dates on the x axis, using the caller's month names, with sensible tick spacing."""
    left = date_num(datetime.combine(start, time(0)))
    right = date_num(datetime.combine(end, time(23, 59)))
    ax.set_xlim(left, right)
    span_days = max(1.0, right - left)
    if span_days <= DAY_TICKS_UP_TO:
        step = 1 if span_days <= 8 else 2 if span_days <= 16 else 7
        ax.xaxis.set_major_locator(FixedLocator([left + day for day in range(0, int(span_days) + 1, step)]))
    else:
        ax.xaxis.set_major_locator(_auto_locator(minticks=3, maxticks=8))

    def fmt(x: float, _pos: int | None = None) -> str:
        d = _num2date(x).date()
        month = labels.month_names[d.month - 1]
        if span_days > 800:
            text = str(d.year) if d.month == 1 else f"{month} {d.year}"
        elif span_days > 120:
            text = f"{month} {d.year}" if d.month == 1 or _pos == 0 else month
        else:
            text = f"{d.day} {month}"
        return labels.digits(text)

    ax.xaxis.set_major_formatter(FuncFormatter(fmt))
    if show_label:
        # Short charts show day and month only: the axis title says which year(s).
        years = str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        ax.set_xlabel(labels.date_axis if span_days > 120 else f"{labels.date_axis} ({labels.digits(years)})")


#: Readings further apart than this are not joined by a line: a line across months of
#: silence would suggest values nobody recorded.
GAP_DAYS = 21


def break_gaps(xs: list[float], ys: list[float], max_gap_days: float = GAP_DAYS) -> tuple[list[float], list[float]]:
    """The same points with a NaN between any two more than `max_gap_days` apart (matplotlib
    leaves a break in the line there; the markers stay)."""
    out_x: list[float] = []
    out_y: list[float] = []
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        if i and x - xs[i - 1] > max_gap_days:
            out_x.append((x + xs[i - 1]) / 2)
            out_y.append(float("nan"))
        out_x.append(x)
        out_y.append(y)
    return out_x, out_y


class SeriesStyle(TypedDict):
    """Line2D keyword arguments that tell one series from the next."""

    color: str
    marker: str
    linestyle: str | tuple[int, tuple[int, ...]]
    markersize: float
    linewidth: float


def series_style(index: int) -> SeriesStyle:
    i = index % len(OKABE_ITO)
    return {
        "color": OKABE_ITO[i],
        "marker": MARKERS[index % len(MARKERS)],
        "linestyle": LINESTYLES[index % len(LINESTYLES)],
        "markersize": 5,
        "linewidth": 1.6,
    }
