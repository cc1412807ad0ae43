"""Background operations (after Anki's QueryOp): work off the GUI thread, results back on it.

    op = BackgroundOp(lambda progress: services.build_pdf(journal, progress=progress),
                      on_success=self._done, on_failure=self._failed, parent=self)
    op.start()           # op.cancel() asks the work to stop at its next progress call

`work(progress)` gets a `Progress` it may call as progress(done, total, label); calling it
after cancel() raises OperationCancelled inside the worker. Callbacks run on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from tracker.domain.errors import OperationCancelled


class Progress:
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


class _Worker(QThread):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(self, work: Callable[[Progress], Any], cancelled: threading.Event, parent: QObject | None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancelled = cancelled

    def run(self) -> None:  # runs in the worker thread
        try:
            result = self._work(Progress(self.progressed.emit, self._cancelled))
        except BaseException as exc:  # noqa: BLE001 - delivered to on_failure on the GUI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class BackgroundOp(QObject):
    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(
        self,
        work: Callable[[Progress], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()
        self._worker = _Worker(work, self._cancelled, self)
        self._on_success = on_success
        self._on_failure = on_failure
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        self._worker.finished.connect(self.finished)

    def start(self) -> BackgroundOp:
        self._worker.start()
        return self

    def cancel(self) -> None:
        self._cancelled.set()

    def is_running(self) -> bool:
        return self._worker.isRunning()

    def wait(self, msecs: int = 30000) -> bool:
        return self._worker.wait(msecs)

    def _succeeded(self, result: Any) -> None:
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        if self._on_failure is not None:
            self._on_failure(exc)
        elif not isinstance(exc, OperationCancelled):
            from tracker.ui.common.errors import show_error

            show_error(None, exc)
