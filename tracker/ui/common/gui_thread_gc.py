"""Python's cycle collector runs on the GUI thread only (the way Anki's desktop app does it).

Left automatic, a collection runs on whichever thread happens to allocate past the threshold —
often the task runner's worker — and frees every unreachable cycle there, including any Qt
widget caught in one: a widget destroyed off the GUI thread crashes the process later (the
symptom form's segfault, issue 15). So automatic collection is switched off and a timer on the
GUI thread collects the generations whose thresholds were passed, as the interpreter would.
Reference counting, which frees almost everything, is untouched.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: Often enough that cycles never pile up for long; a check with nothing to do is a few µs.
INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; returns objects freed."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [generation for generation in range(3) if counts[generation] > thresholds[generation]]
        return gc.collect(max(due)) if due else 0

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


_collector: GuiThreadCollector | None = None


def collect_on_the_gui_thread(app: QObject) -> GuiThreadCollector:
    """Start it once per process; the task runner does, when it makes its first worker."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
    return _collector
