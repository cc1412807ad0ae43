"""The one task runner: serial work off the GUI thread, results on it, stale results dropped."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tracker.domain.errors import OperationCancelled
from tracker.ui.common.background import BackgroundOp, Lane
from tracker.ui.common.runner import TaskRunner

ROOT = Path(__file__).resolve().parents[2]


class Events:
    """Thread-safe record of what happened, in order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.items: list[str] = []

    def add(self, item: str) -> None:
        with self._lock:
            self.items.append(item)


@pytest.fixture
def runner(qapp):
    made = TaskRunner()
    yield made
    made.shutdown()


def test_two_ops_run_one_after_the_other_in_submission_order(qtbot):
    events = Events()

    def job(name: str, seconds: float):
        def work(_progress):
            events.add(f"{name} start")
            time.sleep(seconds)
            events.add(f"{name} end")
            return name
        return work

    results: list[str] = []
    first = BackgroundOp(job("first", 0.3), on_success=results.append)
    second = BackgroundOp(job("second", 0.0), on_success=results.append)
    first.start()
    second.start()
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10000)
    assert events.items == ["first start", "first end", "second start", "second end"]
    assert results == ["first", "second"]


def test_a_stale_result_with_the_same_key_is_dropped_and_another_key_is_delivered(qtbot, runner):
    release = threading.Event()
    delivered: list[str] = []
    failed: list[BaseException] = []

    def slow(_progress):
        release.wait(5)  # never calls progress: it runs to the end even though superseded
        return "old chart"

    old = runner.submit(slow, key="charts", on_success=delivered.append, on_failure=failed.append)
    runner.submit(lambda _p: "new chart", key="charts", on_success=delivered.append, on_failure=failed.append)
    other = runner.submit(lambda _p: "other", key="reports", on_success=delivered.append)
    release.set()
    qtbot.waitUntil(lambda: not other.is_pending() and len(delivered) == 2, timeout=10000)
    qtbot.wait(50)  # a late delivery of the old one would show now
    assert delivered == ["new chart", "other"]
    assert failed == [] and old.superseded


def test_cancel_stops_running_work_and_queued_work_never_starts(qtbot, runner):
    started = threading.Event()
    steps: list[int] = []
    ran_queued: list[bool] = []
    failures: list[BaseException] = []

    def long(progress):
        started.set()
        for step in range(500):
            steps.append(step)
            progress(step, 500)
            time.sleep(0.005)

    running = runner.submit(long, on_failure=failures.append)
    queued = runner.submit(lambda _p: ran_queued.append(True), on_failure=failures.append)
    assert started.wait(5)
    queued.cancel()
    running.cancel()
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=10000)
    assert all(isinstance(exc, OperationCancelled) for exc in failures)
    assert len(steps) < 500 and ran_queued == []


def test_failure_goes_to_on_failure_and_every_callback_runs_on_the_gui_thread(qtbot):
    threads: dict[str, threading.Thread] = {}
    failures: list[BaseException] = []

    def work(progress):
        threads["work"] = threading.current_thread()
        progress(1, 2, "half")
        raise ValueError("broken")

    def progressed(*_args):
        threads["progress"] = threading.current_thread()

    def failed(exc):
        threads["failure"] = threading.current_thread()
        failures.append(exc)

    op = BackgroundOp(work, on_failure=failed)
    op.progressed.connect(progressed)
    op.start()
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert isinstance(failures[0], ValueError)
    assert threads["work"] is not threading.main_thread()
    assert threads["progress"] is threading.main_thread() and threads["failure"] is threading.main_thread()


def test_the_side_lane_does_not_wait_behind_journal_work(qtbot, runner):
    release = threading.Event()
    answers: list[str] = []
    runner.submit(lambda _p: release.wait(30), on_success=lambda _r: answers.append("journal"))
    runner.submit(lambda _p: "keyring", lane=Lane.SIDE, on_success=answers.append)
    qtbot.waitUntil(lambda: answers == ["keyring"], timeout=20000)  # while the journal lane is still busy
    release.set()
    qtbot.waitUntil(lambda: answers == ["keyring", "journal"], timeout=20000)


def test_shutdown_with_work_queued_cancels_it_and_ends_the_threads(qtbot, runner):
    started = threading.Event()
    ran: list[str] = []

    def long(progress):
        started.set()
        for step in range(1000):
            progress(step, 1000)
            time.sleep(0.005)
        ran.append("long, to the end")

    first = runner.submit(long)
    queued = runner.submit(lambda _p: ran.append("queued"))
    assert started.wait(5)
    threads = list(runner._lanes.values())
    runner.shutdown(5000)
    assert not first.is_pending() and not queued.is_pending()
    assert ran == []
    assert threads and not any(thread.isRunning() for thread in threads)


QUIT_WITH_WORK_QUEUED = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from tracker.ui.common.background import BackgroundOp

app = QApplication(sys.argv)
ran = []

def long(progress):
    for step in range(2000):
        progress(step, 2000)
        time.sleep(0.005)

ops = [BackgroundOp(long, on_failure=lambda _e: None), BackgroundOp(lambda _p: ran.append(1), on_failure=lambda _e: None)]
for op in ops:
    op.start()
QTimer.singleShot(100, app.quit)
app.exec()
print("queued ran" if ran else "queued never ran", flush=True)
"""


def test_the_app_quits_cleanly_with_work_queued():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", QUIT_WITH_WORK_QUEUED], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "QThread" not in result.stderr
    assert result.stdout.strip() == "queued never ran"


@pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise)")
def test_a_chart_load_overtaken_by_a_newer_one_is_never_drawn(qtbot, journal, clock, data_dir, monkeypatch):
    from tracker.services.reports import sample_journal
    from tracker.ui.charts import view as charts_view
    from tracker.ui.context import AppContext

    sample_journal.populate(journal, clock, days=60)
    view = charts_view.create_view(AppContext(data_dir, journal, clock), None)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None and not view.is_loading(), timeout=15000)
    release = threading.Event()
    calls: list[str] = []

    def load(_journal, _clock, key, _names, _progress):
        calls.append(key)
        if len(calls) == 1:
            release.wait(5)  # the older load is slow and ignores cancelling: it still ends
        return key

    landed: list[str] = []
    monkeypatch.setattr(charts_view, "load_chart_data", load)
    monkeypatch.setattr(view, "_loaded", landed.append)
    view.range_key = "all"
    view.reload()
    view.range_key = "1y"
    view.reload()
    release.set()
    qtbot.waitUntil(lambda: bool(landed), timeout=10000)
    qtbot.wait(100)  # the older answer, were it delivered, would arrive by now
    assert landed == ["1y"]


def test_locking_cancels_the_window_s_queued_work_and_lets_other_journal_work_end_first(qtbot, main_window, journal):
    started = threading.Event()
    ran_queued: list[bool] = []
    journal_open_for_other: list[bool] = []
    failures: list[BaseException] = []

    def long(progress):
        started.set()
        for step in range(400):
            progress(step, 400)  # raises OperationCancelled once the lock asks it to stop
            time.sleep(0.005)

    ops = [BackgroundOp(long, on_failure=failures.append, parent=main_window.stack),
           BackgroundOp(lambda _p: ran_queued.append(journal.is_open), on_failure=failures.append,
                        parent=main_window.stack)]
    # Journal work owned by something that outlives the lock (like the reminders' calendar file).
    other = BackgroundOp(lambda _p: journal_open_for_other.append(journal.is_open))
    for op in (*ops, other):
        op.start()
    assert started.wait(5)
    main_window.lock()
    assert not journal.is_open
    assert not any(op.is_running() for op in (*ops, other))
    assert ran_queued == []  # never ran against the closed journal
    assert journal_open_for_other == [True]  # ran before the journal closed


def test_a_callback_that_raises_still_ends_its_task(qtbot, runner):
    # The bug goes on to the bug report, but the op must still finish: sharing's controller,
    # the backups page and the export panel wait for `finished` before they take new work.
    finished: list[str] = []

    def broken(_result):
        raise RuntimeError("a bug in a callback")

    with qtbot.captureExceptions() as raised:
        runner.submit(lambda _p: 1, on_success=broken, on_finished=lambda: finished.append("done"))
        qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    assert finished == ["done"]
    assert [exc_type for exc_type, *_rest in raised] == [RuntimeError]


def test_locking_does_not_wait_for_a_sync_queued_behind_the_window_s_own_long_work(qtbot, main_window, journal):
    # Work runs one job at a time. The lock once waited for the sharing run first — queued
    # behind an export of the same window — and cancelled the export only afterwards, so the
    # lock waited for the whole export with the diary still on screen.
    started = threading.Event()
    steps: list[int] = []

    def long(progress):
        started.set()
        for step in range(2000):
            progress(step, 2000)
            steps.append(step)
            time.sleep(0.002)

    export = BackgroundOp(long, parent=main_window.stack)
    export.start()
    assert started.wait(5)
    queued_sync = BackgroundOp(lambda _p: None, parent=main_window.sync)
    main_window.sync._op = queued_sync
    queued_sync.start()
    main_window.lock()
    assert not journal.is_open
    assert len(steps) < 2000  # the export was stopped, not waited for to its end


class _Owner:
    """Stands for a widget that owns an op: records the thread it is freed on."""

    def __init__(self, freed_on: list[threading.Thread]) -> None:
        self._freed_on = freed_on

    def done(self, _result) -> None:
        pass

    def __del__(self) -> None:
        self._freed_on.append(threading.current_thread())


@pytest.fixture
def no_automatic_gc():
    """Only reference counting frees objects here: what a cycle holds stays until collected."""
    was_enabled = gc.isenabled()  # off for good once the runner exists (gui_thread_gc)
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


def test_a_delivered_task_lets_go_of_its_callbacks_on_the_gui_thread(qtbot, runner, no_automatic_gc):
    """The worker keeps its last task until the next one arrives: were the callbacks (a form's
    bound methods) still in it then, the form was freed on the worker thread — a Qt widget
    destroyed off the GUI thread, the symptom form's segfault."""
    freed_on: list[threading.Thread] = []
    owner = _Owner(freed_on)
    delivered: list[int] = []
    runner.submit(lambda _p: 1, on_success=owner.done, on_finished=lambda: delivered.append(1))
    qtbot.waitUntil(lambda: bool(delivered), timeout=10000)
    del owner
    # The worker lets go of its last task when it takes the next one.
    runner.submit(lambda _p: None, on_finished=lambda: delivered.append(2))
    qtbot.waitUntil(lambda: len(delivered) == 2, timeout=10000)
    assert freed_on == [threading.main_thread()]


def test_a_finished_op_lets_go_of_its_owner_on_the_gui_thread(qtbot, no_automatic_gc):
    """An owner holding its op (its Qt child, an attribute) while the op holds the owner's
    methods is a cycle only the garbage collector frees — and it may run on the worker thread,
    mid-task. The op lets go of its callbacks once finished, so the owner goes by itself."""
    freed_on: list[threading.Thread] = []
    owner = _Owner(freed_on)
    op = BackgroundOp(lambda _p: 1, on_success=owner.done)
    owner.op = op  # the cycle
    with qtbot.waitSignal(op.finished, timeout=10000):
        op.start()
    del owner
    assert freed_on == [threading.main_thread()]
