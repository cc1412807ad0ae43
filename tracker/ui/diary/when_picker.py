"""When did it happen: now by default, quick back-fill choices, or any date and time.

Times are wall-clock times in the clock's zone (the zone is stored with the entry).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QWidget

NOW, MORNING, AFTERNOON, LAST_NIGHT, YESTERDAY_EVENING, OTHER = range(6)


class WhenPicker(QWidget):
    changed = Signal()

    def __init__(self, clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("When"))
        self.choice.addItem(self.tr("Now"), NOW)
        self.choice.addItem(self.tr("This morning (8:00)"), MORNING)
        self.choice.addItem(self.tr("This afternoon (14:00)"), AFTERNOON)
        self.choice.addItem(self.tr("Last night (23:00)"), LAST_NIGHT)
        self.choice.addItem(self.tr("Yesterday evening (19:00)"), YESTERDAY_EVENING)
        self.choice.addItem(self.tr("Another date and time"), OTHER)
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(self.tr("Date and time"))
        layout.addWidget(self.choice)
        layout.addWidget(self.edit, 1)
        self._syncing = False
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.edit.dateTimeChanged.connect(self._edited)
        self._choice_changed()

    def _quick(self, which: int) -> datetime:
        now = self.clock.now()
        today = now.date()
        at = {
            MORNING: (today, time(8, 0)),
            AFTERNOON: (today, time(14, 0)),
            LAST_NIGHT: (today - timedelta(days=1), time(23, 0)),
            YESTERDAY_EVENING: (today - timedelta(days=1), time(19, 0)),
        }.get(which)
        if at is None:
            return now.replace(second=0, microsecond=0)
        return datetime.combine(at[0], at[1], tzinfo=self.clock.zone)

    def _choice_changed(self) -> None:
        which = self.choice.currentData()
        if which != OTHER:
            self._show(self._quick(which))
        self.changed.emit()

    def _show(self, when: datetime) -> None:
        self._syncing = True
        self.edit.setDateTime(QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)))
        self._syncing = False

    def _edited(self) -> None:
        if not self._syncing and self.choice.currentData() != OTHER:
            self.choice.blockSignals(True)
            self.choice.setCurrentIndex(self.choice.findData(OTHER))
            self.choice.blockSignals(False)
        self.changed.emit()

    def set_when(self, when: datetime) -> None:
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(self.choice.findData(OTHER))
        self.choice.blockSignals(False)
        self._show(when.astimezone(self.clock.zone))

    def choose(self, which: int) -> None:
        self.choice.setCurrentIndex(self.choice.findData(which))

    def when(self) -> datetime:
        """Aware datetime in the clock's zone. 'Now' is read at save time, not when the form opened."""
        if self.choice.currentData() == NOW:
            return self.clock.now()
        qdt = self.edit.dateTime()
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.clock.zone)
