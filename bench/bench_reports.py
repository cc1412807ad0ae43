"""Reports benchmark: each chart and the whole clinic PDF beside the bare stack, same run.

    .venv/bin/python bench/run.py --only Reports               # 5-year synthetic journal
    .venv/bin/python bench/run.py --only Reports --years 20

(run.py discovers this module; it makes the synthetic journal and runs each side in its own
process.) For every chart, "ours" is the app's builder (filtering, bands, labels, hover
index) drawn by Agg; "bare" draws the SAME figure — same points, bands, cycle marks,
markers, labels, legend and date axis — with plain matplotlib calls, so the ratio is our
overhead. For the PDF, "ours" is `export_pdf` (queries + facts + 5 chart PNGs at 150 dpi +
QTextDocument/QPdfWriter with painted headers and footers); "bare" is raw SQL for the same
rows, the same 5 figures drawn bare to 150-dpi PNGs, and the same HTML printed by
`QTextDocument.print_` into a QPdfWriter. Targets (issue 9): charts ≤ 1.3× bare, PDF ≤ 1.5×
bare, and the 5-year PDF under 3 s. Not part of the test suite.
"""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

from harness import Case, Ctx

CHARTS = (("symptoms", "1y"), ("symptoms", "all"), ("measurements", "1y"), ("markers", "all"), ("counts", "all"), ("doses", "3m"), ("doses", "1y"))


def _data(ctx: Ctx, cache: dict):
    if "data" not in cache:
        from tracker.services.reports.queries import chart_data

        cache["data"] = chart_data(ctx.journal, ctx.clock)
    return cache["data"]


def _ours(kind: str, data, start: date, end: date):
    from tracker.services import charts

    if kind == "symptoms":
        return charts.symptom_chart(data, start=start, end=end, symptom_ids=[s.symptom_id for s in data.symptoms[:4]])
    if kind == "measurements":
        return charts.measurement_chart(data, start=start, end=end)
    if kind in ("markers", "counts"):
        return charts.lab_chart(data, start=start, end=end, group="marker" if kind == "markers" else "count")
    return charts.dose_chart(data, start=start, end=end)


# -- the same figures with plain matplotlib -------------------------------------------------

def _bare_time_axes(fig, rows: int, start, end):
    import matplotlib.dates as mdates

    axes = fig.subplots(rows, 1, sharex=True, squeeze=False)[:, 0]
    for ax in axes:
        ax.set_xlim(mdates.date2num(start), mdates.date2num(end))
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(True, axis="y")
    axes[-1].set_xlabel("Date")
    return axes


def _bare_bands(ax, data, start, end, text=True):
    import matplotlib.dates as mdates
    from matplotlib.transforms import blended_transform_factory

    trans = blended_transform_factory(ax.transData, ax.transAxes)
    for b in data.bands:
        if b.start <= end and (b.end is None or b.end >= start):
            left, right = mdates.date2num(max(b.start, start)), mdates.date2num(min(b.end or end, end))
            ax.axvspan(left, right, color="#E8E8E8", zorder=0)
            if text:
                ax.text(left, 0.98, f"Line {b.number}: {b.name}", transform=trans, va="top", fontsize=7.5, clip_on=True)
    days = [mdates.date2num(c.day) for c in data.cycles if start <= c.day <= end]
    if days:
        ax.plot(days, [0.03] * len(days), "^", color="#333333", markersize=5, transform=trans, label="Cycle starts")


def _bare(kind: str, data, start: date, end: date):
    import matplotlib.dates as mdates
    import numpy as np
    from matplotlib.figure import Figure

    styles = [("o", "-"), ("s", "--"), ("^", "-."), ("D", ":")]
    if kind == "symptoms":
        fig = Figure(figsize=(8, 4.2), layout="constrained")
        (ax,) = _bare_time_axes(fig, 1, start, end)
        _bare_bands(ax, data, start, end)
        weekly = (end - start).days > 400  # the same figure: each week's highest rating on long ranges
        for (marker, ls), s in zip(styles, data.symptoms[:4], strict=False):
            if weekly:
                weeks: dict[date, int] = {}
                for p in s.points:
                    day = p.when.date()
                    if start <= day <= end:
                        monday = day - timedelta(days=day.weekday())
                        weeks[monday] = max(weeks.get(monday, 0), p.rating)
                pts = [(mdates.date2num(day) + 0.5, rating) for day, rating in sorted(weeks.items())]
            else:
                pts = [(mdates.date2num(p.when), p.rating) for p in s.points if start <= p.when.date() <= end]
            if pts:
                xs, ys = zip(*pts, strict=True)
                ax.plot(xs, ys, marker=marker, linestyle=ls, markersize=5, markevery=max(1, len(xs) // 60), label=s.label)
        ax.set_yticks(range(5), ["0 None", "1 Mild", "2 Moderate", "3 Severe", "4 Very severe"])
        ax.set_ylim(-0.3, 4.8)
        ax.set_ylabel("Patient-reported rating")
        ax.set_title("Symptoms (patient-reported)", loc="left")
        fig.legend(loc="outside lower center", ncol=4)
        return fig
    if kind in ("measurements", "markers", "counts", "other"):
        if kind == "measurements":
            series = data.measurements
        else:
            series = [s for s in data.labs if s.group == {"markers": "marker", "counts": "count"}.get(kind, "other")]
        fig = Figure(figsize=(8, 0.9 + 1.7 * max(1, len(series))), layout="constrained")
        axes = _bare_time_axes(fig, max(1, len(series)), start, end)
        for i, (ax, s) in enumerate(zip(axes, series, strict=False)):
            _bare_bands(ax, data, start, end, text=i == 0)
            pts = [(mdates.date2num(p.when), p.value) for p in s.points if start <= p.when.date() <= end]
            low, high = getattr(s, "ref_low", None), getattr(s, "ref_high", None)
            if low is not None or high is not None:
                ax.axhspan(low or 0, high or 1, alpha=0.12)
            if pts:
                xs, ys = zip(*pts, strict=True)
                ax.plot(xs, ys, marker=styles[i % 4][0], linestyle=styles[i % 4][1], markevery=max(1, len(xs) // 80))
            ax.set_ylabel(f"{s.label} ({s.unit})")
        fig.suptitle("Temperature and weight" if kind == "measurements" else "Tumour markers")
        fig.legend(loc="outside lower center", ncol=2)
        return fig
    doses = [d for d in data.doses if start <= d.day <= end]
    drugs = sorted({d.drug for d in doses})
    codes = {"taken": 0, "missed": 1, "held": 2, "skipped": 3, "unrecorded": 4, "planned": 5}
    days = (end - start).days + 1
    grid = np.full((max(1, len(drugs)), days), np.nan)
    for d in doses:
        grid[drugs.index(d.drug), (d.day - start).days] = codes.get(d.status, 5)
    fig = Figure(figsize=(8, 1.5 + 0.45 * max(1, len(drugs))), layout="constrained")
    ax = fig.add_subplot()
    x_edges = mdates.date2num(start) - 0.5 + np.arange(days + 1)
    ax.pcolormesh(x_edges, np.arange(len(drugs) + 1) - 0.5, np.ma.masked_invalid(grid), cmap="tab10", vmin=0, vmax=9)
    ax.set_yticks(range(len(drugs)), drugs)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_title("Dose calendar", loc="left")
    from matplotlib.patches import Patch

    present = sorted({d.status for d in doses}, key=lambda st: codes.get(st, 5))
    hatches = {"missed": "xx", "held": "--", "skipped": ".."}
    fig.legend(handles=[Patch(facecolor=f"C{codes.get(st, 5)}", hatch=hatches.get(st), label=st) for st in present],
               loc="outside lower center", ncol=max(1, len(present)))
    return fig


def _chart_cases(ctx: Ctx) -> list[Case]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from tracker.services.charts import chart_range

    cache: dict = {}
    today = ctx.clock.today()

    def make(kind: str, key: str, builder):
        def run():
            data = _data(ctx, cache)
            start, end = chart_range(key, today, data)
            FigureCanvasAgg(builder(kind, data, start, end)).draw()
        return run

    labels = {"1y": "1 year", "3m": "3 months", "all": "all"}
    return [
        Case(f"Reports: chart {kind} ({labels[key]})", make(kind, key, _ours), make(kind, key, _bare), target=("ratio", 1.3),
             note="figure + Agg draw; bare: the same figure in plain matplotlib")
        for kind, key in CHARTS
    ]


# -- the clinic PDF -------------------------------------------------------------------------

def _pdf_case(ctx: Ctx) -> list[Case]:
    out = ctx.scratch / "reports-clinic.pdf"
    cache: dict = {}

    def ours():
        from tracker.render.export_pdf import export_pdf

        ctx.qt_app()
        export_pdf(ctx.journal, ctx.clock, out)

    def bare():
        from PySide6.QtCore import QMarginsF, QSizeF, QUrl
        from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

        from tracker.services.charts import chart_range

        ctx.qt_app()
        if "html" not in cache:  # the same HTML text, made once outside the timing
            from tracker.services.reports.build import clinic_summary_from_journal

            report = clinic_summary_from_journal(ctx.journal, ctx.clock)
            cache["html"] = report.html
            cache["names"] = list(report.images)
            cache["period"] = (report.date_from, report.date_to)
            cache["data"] = _data(ctx, {})
        conn = ctx.bare_connection()
        conn.execute("SELECT l.occurred_at, s.term_id, s.severity FROM symptom_entries s JOIN diary_logs l ON l.id = s.log_id "
                     "WHERE l.deleted_at IS NULL ORDER BY l.occurred_at").fetchall()
        conn.execute("SELECT m.kind, m.value, m.unit, l.occurred_at FROM measurements m JOIN diary_logs l ON l.id = m.log_id").fetchall()
        conn.execute("SELECT test, value, unit, ref_low, ref_high, taken_on FROM lab_results WHERE deleted_at IS NULL").fetchall()
        conn.execute("SELECT planned_date, drug_id, status FROM dose_events WHERE deleted_at IS NULL").fetchall()
        conn.execute("SELECT number, name, start, \"end\" FROM therapy_lines WHERE deleted_at IS NULL").fetchall()
        data = cache["data"]
        start, end = cache["period"]
        start = min(start, chart_range("3m", end, data)[0]) if (end - start).days < 28 else start
        kinds = {"doses.png": "doses", "symptoms.png": "symptoms", "measurements.png": "measurements",
                 "labs-marker.png": "markers", "labs-count.png": "counts", "labs-other.png": "other"}
        doc = QTextDocument()
        for name in cache["names"]:
            buf = io.BytesIO()
            _bare(kinds[name], data, start, end).savefig(buf, format="png", dpi=150)
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(buf.getvalue(), "PNG"))
        writer = QPdfWriter(str(ctx.scratch / "reports-bare.pdf"))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)))
        doc.setHtml(re.sub(r"\u2068|\u2069", "", cache["html"]))
        doc.setPageSize(QSizeF(writer.width(), writer.height()))
        doc.print_(writer)

    return [
        Case("Reports: clinic summary PDF", ours, bare, target=("ratio", 1.5), repeats=max(3, ctx.repeats // 2),
             note="ours: queries + facts + 5 charts at 150 dpi + paged QPdfWriter; bare: raw SQL + same 5 figures + same HTML via print_"),
    ]


def cases(ctx: Ctx) -> list[Case]:
    return _chart_cases(ctx) + _pdf_case(ctx)
