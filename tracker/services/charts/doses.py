"""Dose calendar: one row per drug, one cell per day, coloured by what happened.

Colours are Okabe–Ito; missed and held cells also carry a symbol when cells are wide
enough to see one, so the grid does not rely on colour alone.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from tracker.services.charts.style import ChartLabels, date_num, new_figure, set_date_axis
from tracker.services.reports.data import DOSE_STATUSES, ChartData

STATUS_COLOURS: dict[str, str] = {
    "taken": "#009E73",  # bluish green
    "missed": "#D55E00",  # vermillion
    "held": "#E69F00",  # orange
    "skipped": "#56B4E9",  # sky blue
    "unrecorded": "#8C8C8C",  # mid grey: nobody ticked it
    "planned": "#D9DEE4",  # light grey: still to come
}
STATUS_SYMBOLS: dict[str, str] = {"missed": "x", "held": "_", "skipped": "."}
#: Which status a day's cell shows when a drug has several doses that day: a missed dose
#: must never be hidden behind a taken one.
_RANK: dict[str, int] = {"missed": 5, "held": 4, "skipped": 3, "unrecorded": 2, "taken": 1, "planned": 0}
#: Draw symbols only when the grid has at most this many days (otherwise cells are too thin).
_SYMBOL_MAX_DAYS = 120


def dose_chart(
    data: ChartData, *, start: date, end: date, locale_strings: ChartLabels | None = None, width: float = 8.0
) -> Figure:
    labels = locale_strings or ChartLabels()
    doses = [d for d in data.doses if start <= d.day <= end]
    drugs = sorted({d.drug for d in doses})
    rows = max(1, len(drugs))
    fig, hover = new_figure(width, 1.5 + 0.45 * rows, labels)
    ax = fig.add_subplot()
    ax.set_title(labels.doses_title, loc="right" if labels.rtl else "left", fontsize=11, wrap=True)
    for spine in ("top", "right", "left"):
        ax.spines[spine].set_visible(False)
    days = (end - start).days + 1
    if not doses:
        ax.set_yticks([])
        ax.text(0.5, 0.5, labels.no_data, transform=ax.transAxes, ha="center", va="center", color="#555555")
        set_date_axis(ax, start, end, labels)
        return fig
    row_of = {drug: i for i, drug in enumerate(drugs)}
    code_of = {s: i for i, s in enumerate(DOSE_STATUSES)}
    # Several doses a day (twice daily): the worst outcome wins the cell (np.maximum.at over
    # a severity rank, then back to status codes).
    rank = np.array([_RANK[s] for s in DOSE_STATUSES])
    code_of_rank = np.argsort(rank)
    cells = np.full((rows, days), -1)
    np.maximum.at(
        cells,
        (np.fromiter((row_of[d.drug] for d in doses), int, len(doses)), np.fromiter(((d.day - start).days for d in doses), int, len(doses))),
        np.fromiter((rank[code_of.get(d.status, code_of["planned"])] for d in doses), int, len(doses)),
    )
    grid = np.where(cells >= 0, code_of_rank[np.clip(cells, 0, None)], np.nan)
    cmap = ListedColormap([STATUS_COLOURS[s] for s in DOSE_STATUSES])
    norm = BoundaryNorm(np.arange(-0.5, len(DOSE_STATUSES)), cmap.N)
    x_edges = np.array([date_num(start + timedelta(days=i)) - 0.5 for i in range(days + 1)])
    y_edges = np.arange(rows + 1) - 0.5
    ax.pcolormesh(x_edges, y_edges, np.ma.masked_invalid(grid), cmap=cmap, norm=norm, edgecolors="white" if days <= 200 else "face", linewidth=0.5 if days <= 200 else 0)
    ax.set_yticks(range(rows), drugs)
    ax.set_ylim(rows - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    set_date_axis(ax, start, end, labels)
    if days <= _SYMBOL_MAX_DAYS:
        for status, symbol in STATUS_SYMBOLS.items():
            rr, cc = np.nonzero(grid == code_of[status])
            if len(rr):
                ax.plot(x_edges[cc] + 0.5, rr, linestyle="none", marker=symbol, color="black", markersize=5, markeredgewidth=1.2)
    rows_i, cols_i = np.nonzero(~np.isnan(grid))

    def text(i: int) -> str:
        r, c = int(rows_i[i]), int(cols_i[i])
        status = DOSE_STATUSES[int(grid[r, c])]
        return labels.hover_value.format(
            label=drugs[r], value=labels.dose_statuses.get(status, status), date=labels.format_date(start + timedelta(days=c)))

    hover.add(ax, x_edges[cols_i] + 0.5, rows_i.astype(float), text)
    present = [s for s in DOSE_STATUSES if np.any(grid == code_of[s])]
    handles = [
        Patch(facecolor=STATUS_COLOURS[s], edgecolor="black" if s in STATUS_SYMBOLS else STATUS_COLOURS[s], hatch=_hatch(s), label=labels.dose_statuses.get(s, s))
        for s in present
    ]
    fig.legend(handles=handles, loc="outside lower center", ncol=len(handles), frameon=False, fontsize=8.5)
    return fig




def _hatch(status: str) -> str | None:
    return {"missed": "xx", "held": "--", "skipped": ".."}.get(status)
