"""Python's cycle collector runs on the GUI thread only (the way Anki's desktop app does it).

Left automatic, a collection runs on whichever thread happens to allocate past the threshold —
often the task runner's worker — and frees every unreachable cycle there, including any Qt
widget caught in one: a widget destroyed off the GUI thread crashes the process later (the
symptom form's segfault, issue 15). So automatic collection is switched off and a timer on the
GUI thread collects the generations whose thresholds were passed, as the interpreter would.
Reference counting, which frees almost everything, is untouched.

A full collection walks every object the process holds: 70–80 ms once SQLAlchemy, matplotlib
and the views are loaded (measured on the 2-core CI machine), a visible stall in the middle of
typing or scrolling. So it waits until she has not typed, clicked or scrolled for a moment
(`QUIET_S`), and is put off at most `MAX_WAIT_S`, so cycles never pile up for long. The young
generations (a millisecond or less) are collected as soon as they are due.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

#: Often enough that cycles never pile up for long; a check with nothing to do is a few µs.
INTERVAL_MS = 1000
QUIET_S = 2.0
MAX_WAIT_S = 120.0

_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                    QEvent.Type.TouchBegin, QEvent.Type.TabletPress})


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None, interval_ms: int = INTERVAL_MS, *,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        gc.disable()
        self._now = monotonic
        self.last_input = self._now() - QUIET_S
        self.full_due_since: float | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT:
            self.last_input = self._now()
        return False

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold (the oldest only in a
        quiet moment, or once it has waited `MAX_WAIT_S`); returns objects freed."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [generation for generation in range(3) if counts[generation] > thresholds[generation]]
        if due and due[-1] == 2:
            now = self._now()
            if self.full_due_since is None:
                self.full_due_since = now
            if now - self.last_input < QUIET_S and now - self.full_due_since < MAX_WAIT_S:
                due.pop()  # the young ones if due, the whole heap once she pauses
            else:
                self.full_due_since = None
        return gc.collect(due[-1]) if due else 0

    def stop(self) -> None:
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        gc.enable()


_collector: GuiThreadCollector | None = None


def collect_on_the_gui_thread(app: QObject) -> GuiThreadCollector:
    """Start it once per process; the task runner does, when it makes its first worker."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
    return _collector
