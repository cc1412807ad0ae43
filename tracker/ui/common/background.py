"""Background operations (after Anki's QueryOp): work off the GUI thread, results back on it.

    op = BackgroundOp(lambda progress: services.build_pdf(journal, progress=progress),
                      on_success=self._done, on_failure=self._failed, parent=self)
    op.start()           # op.cancel() asks the work to stop at its next progress call

`work(progress)` gets a `Progress` it may call as progress(done, total, label); calling it
after cancel() raises OperationCancelled inside the worker. Callbacks run on the GUI thread.

The op owns no thread: start() submits the work to the app's one task runner
(tracker/ui/common/runner.py), which runs it after the work submitted before it. `key`
makes a newer op with the same key drop this one's result; `lane` is Lane.SIDE only for
work that touches no journal (see runner.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from tracker.domain.errors import OperationCancelled
from tracker.ui.common.runner import Lane, Progress, Task, task_runner

__all__ = ["BackgroundOp", "Lane", "Progress"]


class BackgroundOp(QObject):
    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(
        self,
        work: Callable[[Progress], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        key: str | None = None,
        lane: Lane = Lane.JOURNAL,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work: Callable[[Progress], Any] | None = work
        self._on_success = on_success
        self._on_failure = on_failure
        self._key = key
        self._lane = lane
        self._task: Task | None = None

    def start(self) -> BackgroundOp:
        assert self._work is not None and self._task is None, "an op runs once: make a new one"
        task = self._task = task_runner().submit(
            self._work, key=self._key, lane=self._lane, on_success=self._succeeded, on_failure=self._failed,
            on_progress=self._progressed, on_finished=self._finished)
        # Its owner closed (a dialog, a view): work not yet started never runs, a result has nowhere to land.
        self.destroyed.connect(lambda *_: task.drop())
        return self

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def drop(self) -> None:
        """Cancel, and deliver nothing at all (not even the cancellation)."""
        if self._task is not None:
            self._task.drop()

    def is_running(self) -> bool:
        """Queued or running (the work has not ended yet)."""
        return self._task is not None and self._task.is_pending()

    def wait(self, msecs: int = 30000) -> bool:
        return self._task is None or self._task.wait(msecs)

    def _progressed(self, done: int, total: int, label: str) -> None:
        if isValid(self):
            self.progressed.emit(done, total, label)

    def _finished(self) -> None:
        # Let go of the owner's callbacks now, on the GUI thread: an owner holding its op (as
        # the op's Qt parent) and the op holding the owner's methods is a cycle that only the
        # garbage collector frees, and that may run on the worker thread (runner.Task.let_go).
        self._work = self._on_success = self._on_failure = None
        if isValid(self):
            self.finished.emit()

    def _succeeded(self, result: Any) -> None:
        if isValid(self) and self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        if self._on_failure is not None:
            self._on_failure(exc)
        elif not isinstance(exc, OperationCancelled):
            from tracker.ui.common.errors import show_error

            show_error(None, exc)
