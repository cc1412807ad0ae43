"""Auto-lock: watch user input application-wide and say when the idle limit has passed.

Input events reset the idle time; a QTimer ticks every few seconds and compares the
injected clock with the last activity (tests advance a FixedClock instead of waiting).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from tracker.services.session_lock import IdleTracker

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, clock, minutes: int, *, tick_ms: int = 5000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tracker = IdleTracker(clock, minutes)
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.check)
        self._app = QApplication.instance()

    def start(self) -> None:
        self.tracker.touch()
        self._app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._app.removeEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.tracker.minutes = max(0, int(minutes))
        self.tracker.touch()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT_EVENTS:
            self.tracker.touch()
        return False

    def check(self) -> bool:
        if self.timer.isActive() and self.tracker.is_due():
            self.stop()
            self.idle.emit()
            return True
        return False
