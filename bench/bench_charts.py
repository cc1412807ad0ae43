"""The Charts section as a person meets it (issue 17): time to the first paint after opening
it, to the chart drawn, and to switch chart kind, each in a fresh process (matplotlib not yet
loaded, as on the first visit).

Bare side: the same window built from plain widgets (a label and a busy bar) for the first
paint, and bare matplotlib importing and drawing a line chart of the same points on the GUI
thread for the chart drawn. Goals: first paint < 0.3 s, switching < 0.2 s (absolute).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from harness import ROOT, Case, Ctx, Measured

PROBE = r'''
import gc, json, os, sys, time
def rss_mb():
    gc.collect()
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[2])
side = sys.argv[1]
if side != "bare":
    import tracker.ui  # the app's first import (tracker.ui.app): its setup runs before anything else loads
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
from harness import Ctx
ctx = Ctx.from_json(sys.argv[3])
out = {}
if side == "bare":
    t0 = time.perf_counter()
    from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget
    w = QWidget(); lay = QVBoxLayout(w); lay.addWidget(QLabel("Gathering…")); bar = QProgressBar(); bar.setRange(0, 0); lay.addWidget(bar)
    w.resize(1000, 620); w.show(); app.processEvents()
    out["first_paint"] = time.perf_counter() - t0
    conn = ctx.bare_connection()
    rows = conn.execute("SELECT l.occurred_at, m.value FROM measurements m JOIN diary_logs l ON l.id = m.log_id "
                        "WHERE m.kind = 'temperature' ORDER BY l.occurred_at DESC LIMIT 13").fetchall()
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure
    fig = Figure(figsize=(8, 4.2)); ax = fig.add_subplot(); ax.plot(range(len(rows)), [r[1] for r in rows], marker="o")
    canvas = FigureCanvasQTAgg(fig); lay.addWidget(canvas); app.processEvents(); canvas.grab()
    out["chart_drawn"] = time.perf_counter() - t0
    out["rss"] = rss_mb()
    t = time.perf_counter()
    fig2 = Figure(figsize=(8, 4.2)); ax = fig2.add_subplot(); ax.plot(range(len(rows)), [r[1] for r in rows], marker="s")
    canvas2 = FigureCanvasQTAgg(fig2); lay.replaceWidget(canvas, canvas2); canvas.deleteLater(); app.processEvents(); canvas2.grab()
    out["switch"] = time.perf_counter() - t
elif side == "every":
    # The main window, then every section in turn (the chart drawn), as a session goes.
    from tracker.ui.main.sections import SECTIONS
    from tracker.ui.main.window import MainWindow
    window = MainWindow(ctx.data_dir, ctx.journal, ctx.clock)
    window.resize(1200, 800); window.show()
    def settle(seconds):
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents(); time.sleep(0.005)
    settle(1.0)
    for section in SECTIONS:
        window.show_section(section.id)
        settle(1.0)
        view = window.stack.views.get(section.id)
        while section.id == "charts" and (view.is_loading() or view.canvas is None):
            app.processEvents(); time.sleep(0.005)
        if section.id == "charts":
            view.canvas.grab()
    out["rss"] = rss_mb()
else:
    from tracker.ui.context import AppContext
    import tracker.ui.common.style, tracker.ui.main.zoom, tracker.ui.theme  # the main window has loaded these
    journal = ctx.journal
    t0 = time.perf_counter()
    from tracker.ui.charts.view import create_view
    view = create_view(AppContext(ctx.data_dir, journal, ctx.clock))
    view.resize(1000, 620); view.show(); app.processEvents()
    out["first_paint"] = time.perf_counter() - t0
    def drawn():
        while view.is_loading() or view.canvas is None or view.stack.currentIndex() != 2:
            app.processEvents(); time.sleep(0.001)
        app.processEvents(); view.canvas.grab()
    drawn()
    out["chart_drawn"] = time.perf_counter() - t0
    out["rss"] = rss_mb()
    times = []
    for kind in ("measurements", "markers", "doses", "symptoms"):
        t = time.perf_counter()
        view.kind_box.setCurrentIndex(view.kind_box.findData(kind))
        drawn()
        times.append(time.perf_counter() - t)
    out["switch"] = max(times)
print("RESULT " + json.dumps(out), flush=True)
'''


def _probe(ctx: Ctx, side: str) -> dict:
    _ = ctx.data_key  # unwrapped once here; children read it from the environment
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'bench'}"}
    proc = subprocess.run([sys.executable, "-c", PROBE, side, str(ROOT), ctx.to_json()], capture_output=True, text=True,
                          env=env, timeout=300, cwd=ROOT)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError(f"the charts probe printed no result ({proc.stderr.strip()[-300:]})")


def cases(ctx: Ctx) -> list[Case]:
    def measure(side: str, what: str):
        return lambda: Measured(_probe(ctx, side)[what])

    return [
        Case("Charts section: first paint", measure("ours", "first_paint"), measure("bare", "first_paint"),
             note="open the section until its placeholder is painted; goal < 0.3 s"),
        Case("Charts section: chart drawn (3 months)", measure("ours", "chart_drawn"), measure("bare", "chart_drawn"),
             note="until the first chart is painted; bare: import matplotlib and draw one line on the GUI thread"),
        Case("Charts section: RSS after the first chart", measure("ours", "rss"), measure("bare", "rss"), unit="MB", repeats=1,
             note="the probe process after the first chart (the RSS column of the timed rows is the harness's own)"),
        Case("RSS after opening every view", measure("every", "rss"), measure("bare", "rss"), unit="MB", repeats=1,
             target=("at_most_mb", 200),
             note="the main window, then each section in turn (the chart drawn); bare: the charts case's bare window "
                  "with its chart; goal (issue 17): ≤ 200 MB at 20 years"),
        Case("Charts section: switch chart kind", measure("ours", "switch"), measure("bare", "switch"),
             note="slowest of four kinds, data already read; goal < 0.2 s"),
    ]
