"""One task runner for the app: background work runs serially, its results come back on the GUI thread.

    task = task_runner().submit(work, key="charts", on_success=show)

Work submitted to a lane runs on that lane's single worker thread, one task after another in
submission order, so two operations never touch the journal at once (its connection pool is
not made for concurrent writers, and a backup must not read half of an import).

Lanes: `Lane.JOURNAL` (the default) is for anything that opens, reads or writes a journal or
the data folder. `Lane.SIDE` is only for work that touches neither — asking the system's
password store whether it is reachable — so that a settings page does not wait behind a long
export or a sync to show one line of status.

Generations: work submitted with a `key` supersedes the older work with the same key; the
older task is cancelled and its result is dropped, never delivered, so a slow, stale chart
load can never land after the newer one.
"""

from __future__ import annotations

import atexit
import enum
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal

from tracker.domain.errors import OperationCancelled


class Lane(enum.Enum):
    JOURNAL = "journal"
    SIDE = "side"


class Progress:
    """progress(done, total, label) inside the work; raises OperationCancelled once cancelled."""

    def __init__(self, emit: Callable[[int, int, str], None], cancelled: threading.Event) -> None:
        self._emit = emit
        self._cancelled = cancelled

    def __call__(self, done: int, total: int, label: str = "") -> None:
        if self._cancelled.is_set():
            raise OperationCancelled()
        self._emit(done, total, label)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


def _nothing(*_args: Any) -> None:
    return None


@dataclass(eq=False)
class Task:
    """One submitted piece of work. Its callbacks run on the GUI thread."""

    work: Callable[[Progress], Any]
    lane: Lane
    key: str | None
    on_success: Callable[[Any], None] = _nothing
    on_failure: Callable[[BaseException], None] = _nothing
    on_progress: Callable[[int, int, str], None] = _nothing
    on_finished: Callable[[], None] = _nothing
    cancelled: threading.Event = field(default_factory=threading.Event)
    #: Set on the worker thread once the work returned, raised, or was skipped.
    ended: threading.Event = field(default_factory=threading.Event)
    #: A newer task with the same key exists (or the owner dropped it): deliver nothing.
    superseded: bool = False
    result: Any = None
    error: BaseException | None = None

    def cancel(self) -> None:
        """Ask the work to stop at its next progress call; if it has not started, it never will."""
        self.cancelled.set()

    def drop(self) -> None:
        """Cancel, and never deliver a result (the owner no longer wants it)."""
        self.superseded = True
        self.cancel()

    def let_go(self) -> None:
        """Once delivered, on the GUI thread: drop the work, its callbacks and its result.

        They hold the owner's widgets (a bound `self._fill`, a closure over a form). Kept, they
        outlived the form in the worker's last task and in the cycle with its BackgroundOp, and
        were freed later on the worker thread (its next task, or a garbage collection run
        there): a widget destroyed off the GUI thread crashed the app (segfault in a combo's
        model while the worker read the journal)."""
        self.work = _nothing
        self.on_success = self.on_failure = self.on_progress = self.on_finished = _nothing
        self.result = self.error = None

    def is_pending(self) -> bool:
        """Queued or running."""
        return not self.ended.is_set()

    def wait(self, msecs: int) -> bool:
        """Block until the work ended (its callbacks follow through the event loop)."""
        return self.ended.wait(msecs / 1000)


class _LaneWorker(QThread):
    """One worker thread taking tasks from its queue one at a time (None stops it).

    A QThread, not a bare Python thread: rendering a PDF or chart image on it needs the
    thread's own Qt event dispatcher."""

    def __init__(self, lane: Lane, runner: TaskRunner) -> None:
        super().__init__()
        self.setObjectName(f"tracker-{lane.value}")
        self.queue: queue.SimpleQueue[Task | None] = queue.SimpleQueue()
        self._runner = runner
        self.start()

    def run(self) -> None:  # runs in the worker thread
        while True:
            task = self.queue.get()
            if task is None:
                return
            self._run(task)
            # Qt objects the work let go of with deleteLater() go now, not when the app quits.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def _run(self, task: Task) -> None:
        if task.cancelled.is_set():
            task.error = OperationCancelled()  # cancelled while queued: it never starts
        else:
            def emit(done: int, total: int, label: str) -> None:
                self._runner.progressed.emit(task, done, total, label)

            try:
                task.result = task.work(Progress(emit, task.cancelled))
            except BaseException as exc:  # noqa: BLE001 - delivered to on_failure on the GUI thread
                task.error = exc
        task.ended.set()
        self._runner.ended.emit(task)


class TaskRunner(QObject):
    """Owns one worker thread per lane; create it on the GUI thread (results are delivered there)."""

    progressed = Signal(object, int, int, str)
    ended = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes: dict[Lane, _LaneWorker] = {}
        self._latest: dict[str, Task] = {}
        self._pending: set[Task] = set()
        self._lock = threading.Lock()
        # Signals emitted on a worker thread reach these slots through the GUI thread's event loop.
        self.progressed.connect(self._deliver_progress)
        self.ended.connect(self._deliver)

    def submit(
        self,
        work: Callable[[Progress], Any],
        *,
        key: str | None = None,
        lane: Lane = Lane.JOURNAL,
        on_success: Callable[[Any], None] = _nothing,
        on_failure: Callable[[BaseException], None] = _nothing,
        on_progress: Callable[[int, int, str], None] = _nothing,
        on_finished: Callable[[], None] = _nothing,
    ) -> Task:
        task = Task(work, lane, key, on_success, on_failure, on_progress, on_finished)
        if key is not None:
            older = self._latest.get(key)
            if older is not None:
                older.drop()
            self._latest[key] = task
        with self._lock:
            self._pending.add(task)
        worker = self._lanes.get(lane)
        if worker is None:
            worker = self._lanes[lane] = _LaneWorker(lane, self)
        worker.queue.put(task)
        return task

    def cancel_all(self, lane: Lane | None = None) -> None:
        """Cancel queued and running tasks (of one lane, or all): queued ones never start."""
        with self._lock:
            tasks = [task for task in self._pending if lane is None or task.lane is lane]
        for task in tasks:
            task.cancel()

    def wait_idle(self, msecs: int = 30000, lane: Lane | None = None) -> bool:
        """Block until every task submitted so far (of one lane, or all) has ended."""
        with self._lock:
            tasks = [task for task in self._pending if lane is None or task.lane is lane]
        return all(task.wait(msecs) for task in tasks)

    def is_idle(self) -> bool:
        """Nothing queued, running, or waiting to be delivered."""
        with self._lock:
            return not self._pending

    def shutdown(self, msecs: int = 10000) -> None:
        """On quit: cancel everything, let the running work stop, and end the threads."""
        self.cancel_all()
        for worker in self._lanes.values():
            worker.queue.put(None)
        for worker in self._lanes.values():
            if not worker.wait(msecs):
                # Still running (work that never calls progress, on a slow folder): keep the
                # thread referenced, as Qt aborts the process when a running QThread is destroyed.
                _still_running.append(worker)
        self._lanes.clear()

    def _deliver_progress(self, task: Task, done: int, total: int, label: str) -> None:
        if not task.superseded:
            task.on_progress(done, total, label)

    def _deliver(self, task: Task) -> None:
        with self._lock:
            self._pending.discard(task)
        if task.key is not None and self._latest.get(task.key) is task:
            del self._latest[task.key]
        try:
            if not task.superseded:
                if task.error is not None:
                    task.on_failure(task.error)
                else:
                    task.on_success(task.result)
        finally:
            # Even when a callback raised (that goes on to the bug report): its op must still
            # end, or a view waiting for it (sharing, backups, export) stays busy for good.
            task.on_finished()
            task.let_go()


_runner: TaskRunner | None = None
#: Workers that did not stop within shutdown's wait (kept alive until the process ends).
_still_running: list[QThread] = []


def task_runner() -> TaskRunner:
    """The app's runner, made on first use on the GUI thread and shut down when the app quits."""
    global _runner
    if _runner is None:
        app = QCoreApplication.instance()
        assert app is not None and QThread.currentThread() == app.thread(), "make the runner on the GUI thread"
        _runner = TaskRunner(app)
        # With worker threads about, cycles are collected on the GUI thread only (gui_thread_gc).
        from tracker.ui.common.gui_thread_gc import collect_on_the_gui_thread

        collect_on_the_gui_thread(app)
        app.aboutToQuit.connect(_runner.shutdown)
        # Also when Python exits without the event loop having quit (a script, the tests):
        # a worker thread still running when Qt destroys it would abort the process.
        atexit.register(_runner.shutdown)
    return _runner
