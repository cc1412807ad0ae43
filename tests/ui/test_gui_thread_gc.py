"""Cycles are collected on the GUI thread only, once the task runner exists (gui_thread_gc)."""

from __future__ import annotations

import gc
import threading

from tracker.ui.common.gui_thread_gc import GuiThreadCollector
from tracker.ui.common.runner import task_runner


class _Cycle:
    def __init__(self, freed_on: list) -> None:
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread())


def test_with_the_runner_made_no_collection_runs_on_its_worker(qtbot, settle):
    task_runner()
    assert not gc.isenabled()
    freed_on: list = []

    def make_garbage(_progress):
        # Far past the youngest generation's threshold, on the worker: automatic collection
        # would free the cycle right here, on this thread.
        for _ in range(5):
            _Cycle(freed_on)
        kept = [[] for _ in range(gc.get_threshold()[0] * 3)]  # kept: they count towards a collection
        return len(kept)

    task_runner().submit(make_garbage)
    settle()
    assert freed_on == []  # nothing collected off the GUI thread (automatic collection would have)
    gc.collect()
    assert freed_on == [threading.main_thread()] * 5


def test_the_collector_collects_what_is_due(qtbot):
    collector = GuiThreadCollector(None, interval_ms=60_000)
    try:
        freed_on: list = []
        _Cycle(freed_on)
        kept = [[] for _ in range(gc.get_threshold()[0] * 2)]
        assert gc.get_count()[0] > gc.get_threshold()[0] and kept
        assert collector.collect_if_due() >= 1 and freed_on == [threading.main_thread()]
    finally:
        collector.timer.stop()  # not stop(): the runner's collector keeps automatic collection off


def test_a_full_collection_waits_for_a_quiet_moment_but_not_for_ever(qtbot):
    """A full collection stalls the window 70–80 ms with everything loaded: not while she types."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit

    from tracker.ui.common import gui_thread_gc

    now = [1000.0]
    collector = GuiThreadCollector(None, interval_ms=60_000, monotonic=lambda: now[0])
    field = QLineEdit()
    qtbot.addWidget(field)
    full = []
    gc.callbacks.append(lambda phase, info: full.append(info["generation"]) if phase == "stop" else None)
    try:
        def make_full_due():
            for _ in range(gc.get_threshold()[2] + 1):
                gc.collect(1)  # each one counts towards the oldest generation
            assert gc.get_count()[2] > gc.get_threshold()[2]

        make_full_due()
        QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))  # she types
        full.clear()
        now[0] += 0.5
        collector.collect_if_due()
        assert 2 not in full  # put off while she is typing
        now[0] += gui_thread_gc.QUIET_S
        collector.collect_if_due()
        assert full == [2]  # she paused: done

        make_full_due()
        full.clear()
        for _ in range(int(gui_thread_gc.MAX_WAIT_S) + 1):  # typing on and on
            QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
            collector.collect_if_due()
            now[0] += 1
        assert full.count(2) == 1  # not put off for ever
    finally:
        gc.callbacks.pop()
        collector.timer.stop()
        QApplication.instance().removeEventFilter(collector)
