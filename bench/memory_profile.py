"""Where the memory of "RSS after opening every view" goes, section by section (issue 17).

    .venv/bin/python bench/run.py --years 20 --only "every view" --keep   # prints "kept /tmp/tj-bench-…"
    .venv/bin/python bench/memory_profile.py /tmp/tj-bench-…               # the same walk, step by step
    .venv/bin/python bench/memory_profile.py /tmp/tj-bench-… --all         # then the chart's "All" and back

Opens the main window on a kept benchmark journal, then each section in turn as
bench_charts.py's "every" probe does, and prints after each step: RSS (what the bench
reports), its anonymous and file-backed parts, the memory SQLite holds (page caches), the
bytes pymalloc keeps in arenas, and the packages first imported by that step. `--all` then
switches the chart to "All" and back to 3 months, where memory that was freed but not given
back to the system shows as pymalloc arenas much larger than their live blocks.
Not part of the test suite; Linux only (/proc).
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import re
import sys
import time
from datetime import date, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark passphrase, long enough"  # run.py's


def _rollup() -> dict[str, float]:
    """MB from /proc/self/smaps_rollup, RSS as the bench reads it (statm)."""
    out = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        parts = line.split()
        if parts[0] == "Anonymous:":
            out["anon"] = int(parts[1]) / 1024
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    out["rss"] = pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    return out


def _sqlite_mb() -> float:
    module = sys.modules.get("sqlcipher3._sqlite3")
    if module is None:
        return 0.0
    lib = ctypes.CDLL(module.__file__)
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return lib.sqlite3_memory_used() / 2**20


def _pymalloc_mb() -> tuple[float, float]:
    """(MB in pymalloc's arenas, MB of live blocks in them), from sys._debugmallocstats."""
    read, write = os.pipe()
    saved = os.dup(2)
    os.dup2(write, 2)
    try:
        sys._debugmallocstats()
    finally:
        os.dup2(saved, 2)
        os.close(write)
        os.close(saved)
    with os.fdopen(read) as stream:
        text = stream.read()

    def number(label: str) -> int:
        found = re.search(rf"{label}\s*=\s*([\d,]+)", text)
        return int(found.group(1).replace(",", "")) if found else 0

    # 64-bit CPython 3.10+: 1 MiB arenas.
    return float(number("# arenas allocated current")), number("# bytes in allocated blocks") / 2**20


class Steps:
    def __init__(self) -> None:
        self.previous: dict[str, float] | None = None
        self.modules = set(sys.modules)

    def show(self, label: str) -> None:
        gc.collect()
        now = _rollup()
        arenas, live = _pymalloc_mb()
        delta = "" if self.previous is None else f" ({now['rss'] - self.previous['rss']:+6.1f})"
        new = sorted(set(sys.modules) - self.modules)
        packages: dict[str, int] = {}
        for name in new:
            top = name.split(".")[0]
            packages[top] = packages.get(top, 0) + 1
        shown = ", ".join(f"{k} {v}" for k, v in sorted(packages.items(), key=lambda kv: -kv[1])[:8])
        print(f"{label:14s} RSS {now['rss']:6.1f} MB{delta}  anon {now['anon']:6.1f}  file {now['rss'] - now['anon']:5.1f}  "
              f"sqlite {_sqlite_mb():4.1f}  pymalloc arenas {arenas:4.0f} MB / live {live:5.1f}  "
              f"+{len(new)} modules{': ' + shown if shown else ''}", flush=True)
        self.previous, self.modules = now, set(sys.modules)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    work = Path(argv[0])
    data_dir = work / "data"
    journal_id = next((data_dir / "journals").iterdir()).name
    import tracker.ui  # noqa: F401 - the app's first import, as in the bench probe

    # isort: split
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from harness import Ctx

    ctx = Ctx(data_dir, journal_id, PASSPHRASE, 0, False, 1, work / "scratch", date.today() - timedelta(days=1))
    steps = Steps()
    steps.show("application")
    from tracker.ui.main.sections import SECTIONS
    from tracker.ui.main.window import MainWindow

    window = MainWindow(ctx.data_dir, ctx.journal, ctx.clock)
    window.resize(1200, 800)
    window.show()

    def settle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.005)

    def chart_drawn(view) -> None:
        while view.is_loading() or view.canvas is None:
            app.processEvents()
            time.sleep(0.005)
        settle(0.3)
        view.canvas.grab()

    settle(1.0)
    steps.show("window")
    for section in SECTIONS:
        window.show_section(section.id)
        settle(1.0)
        if section.id == "charts":
            chart_drawn(window.stack.views.get("charts"))
        steps.show(section.id)
    if "--all" in argv:
        window.show_section("charts")
        view = window.stack.views.get("charts")
        for key in ("all", "3m"):
            view.set_range(key)
            chart_drawn(view)
            steps.show(f"charts {key}")
    print(json.dumps({"rss_mb": round(_rollup()["rss"], 1)}))
    os._exit(0)  # skip Qt's teardown, as the bench probe does


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
