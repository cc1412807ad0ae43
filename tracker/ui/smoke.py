"""`python -m tracker --smoke [--data-dir DIR]`: a start-up check for CI and for bundles.

Creates (or reopens) a demo journal in the data folder, opens the main window, shows every
section, renders the window and a chart, prints one OK line and exits 0. Any failure —
an exception, a section that reported an error, an empty render — prints a message to
stderr and exits 1. Dialogs that pop up on their own are closed and listed, so the check
can never hang on a modal window. Other journals in the folder are never opened.
With TRACKER_SMOKE_SHOTS=<folder> each render is also saved there as a PNG.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

DEMO_NAME = "Smoke test demo"
#: A fixed passphrase for the throw-away demo journal only (never a user's journal).
DEMO_PASSPHRASE = "smoke test demo passphrase"
DEMO_YEARS = 0.5
#: Set to a folder to keep a PNG of each render (to look at them, or as CI artifacts).
SHOTS_ENV = "TRACKER_SMOKE_SHOTS"
BUSY_TIMEOUT = 30.0


class SmokeFailure(Exception):
    pass


def _on_runner(app: QApplication, work):
    """Run `work` on the task runner (it opens and fills the journal) and wait here for its result."""
    from tracker.ui.common.runner import task_runner

    outcome: dict = {}
    task = task_runner().submit(lambda _progress: work(), on_success=lambda result: outcome.setdefault("result", result),
                                on_failure=lambda exc: outcome.setdefault("error", exc))
    while not outcome:
        # Wait on the thread, then deliver (processEvents with a time limit, called this often,
        # crashed PySide6 with a refcount error).
        task.wait(50)
        app.processEvents()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def _open_demo(data_dir: Path, clock):
    """The demo journal: reopened if an earlier smoke run made it, else created and filled
    (on the task runner: see `_on_runner`)."""
    from tracker.services import journals

    for info in journals.list_journals(data_dir):
        if info.display_name == DEMO_NAME and info.key_file_ok:
            return journals.unlock(data_dir, info.journal_id, DEMO_PASSPHRASE), False
    from tracker.services.synthetic import generate

    created = journals.create_journal(data_dir, DEMO_NAME, DEMO_PASSPHRASE)
    generate(created.journal, years=DEMO_YEARS, seed=1, end=clock.today())
    return created.journal, True


def _render(widget: QWidget, what: str) -> tuple[int, int]:
    image = widget.grab().toImage()
    shots = os.environ.get(SHOTS_ENV)
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(shots) / (what.replace(" ", "_") + ".png")))
    if image.isNull() or image.width() < 50 or image.height() < 50:
        raise SmokeFailure(f"{what} rendered an empty image")
    # A render that is one flat colour means nothing was painted.
    small = image.scaled(96, 96, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    if len({small.pixel(x, y) for x in range(96) for y in range(96)}) < 2:
        raise SmokeFailure(f"{what} rendered a blank image")
    return image.width(), image.height()


def _wait_until_idle(app: QApplication, view: QWidget, what: str, timeout: float = BUSY_TIMEOUT) -> None:
    """Let a view that loads in the background (`is_busy()` or `is_loading()`) finish first."""
    from tracker.ui.common.runner import task_runner

    deadline = time.monotonic() + timeout
    app.processEvents()
    while not task_runner().is_idle():  # the window's and the view's reads on the task runner
        if time.monotonic() > deadline:
            raise SmokeFailure(f"the {what} section was still loading after {timeout:.0f} s")
        task_runner().wait_idle(50)
        app.processEvents()
    is_busy = getattr(view, "is_busy", None) or getattr(view, "is_loading", None)
    while callable(is_busy) and is_busy():
        if time.monotonic() > deadline:
            raise SmokeFailure(f"the {what} section was still loading after {timeout:.0f} s")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    for _ in range(3):  # the result arrives as a queued signal after the worker ends
        app.processEvents()


def _render_chart(clock) -> tuple[int, int]:
    """A chart through the real chart builders."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from tracker.services.charts import symptom_chart
    from tracker.services.reports.sample import sample_chart_data

    end = clock.today()
    figure = symptom_chart(sample_chart_data(end, years=0.5), start=end - timedelta(days=180), end=end)
    canvas = FigureCanvasQTAgg(figure)
    canvas.resize(800, 420)
    canvas.draw()
    try:
        return _render(canvas, "the chart")
    finally:
        canvas.deleteLater()


def run_smoke(app: QApplication, data_dir: Path) -> int:
    started = time.monotonic()
    problems: list[str] = []
    closed_dialogs: list[str] = []

    def record_error(_parent, exc: BaseException) -> None:
        problems.append("".join(traceback.format_exception(exc)).rstrip())

    def excepthook(exc_type, exc, tb) -> None:  # noqa: ANN001
        problems.append("".join(traceback.format_exception(exc_type, exc, tb)).rstrip())

    def close_dialogs() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                closed_dialogs.append(type(widget).__name__)
                widget.reject()

    from tracker.ui.common import errors as ui_errors

    saved_hook, saved_show_error = sys.excepthook, ui_errors.show_error
    sys.excepthook, ui_errors.show_error = excepthook, record_error
    # Modal dialogs run their own event loop; this timer still fires inside it and closes them.
    closer = QTimer()
    closer.setInterval(200)
    closer.timeout.connect(close_dialogs)
    closer.start()
    window = None
    try:
        from tracker.domain.clock import SystemClock
        from tracker.ui.main.sections import SECTIONS
        from tracker.ui.main.window import MainWindow
        from tracker.ui.theme import apply_appearance

        apply_appearance(app, data_dir)
        clock = SystemClock()
        journal, created = _on_runner(app, lambda: _open_demo(Path(data_dir), clock))
        window = MainWindow(Path(data_dir), journal, clock)
        window.resize(1100, 720)
        window.show()
        app.processEvents()
        for section in SECTIONS:
            window.show_section(section.id)
            _wait_until_idle(app, window.stack.currentWidget(), section.id)
            _render(window, f"the {section.id} section")
        width, height = _render(window, "the main window")
        chart_w, chart_h = _render_chart(clock)
        app.processEvents()
        if problems:
            raise SmokeFailure(f"{len(problems)} error(s) while showing the sections")
        elapsed = time.monotonic() - started
        print(f"smoke OK: {'created' if created else 'reopened'} demo journal, main window {width}x{height}, "
              f"{len(SECTIONS)} sections shown, chart {chart_w}x{chart_h}, "
              f"{len(closed_dialogs)} dialog(s) closed, {elapsed:.2f} s")
        return 0
    except Exception as exc:  # noqa: BLE001 - any failure is the answer: exit 1 with the reason
        print("Treatment Journey smoke check FAILED:", file=sys.stderr)
        for problem in problems:
            print(problem, file=sys.stderr)
        if not isinstance(exc, SmokeFailure) or not problems:
            traceback.print_exception(exc, file=sys.stderr)
        return 1
    finally:
        closer.stop()
        if window is not None:
            window.close()  # closes the journal: the key leaves memory
            window.deleteLater()
            app.processEvents()
        sys.excepthook, ui_errors.show_error = saved_hook, saved_show_error
