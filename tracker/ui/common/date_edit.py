"""A date field that is easy to type into and whose calendar starts the week as the region does.

- Reaching the field by keyboard selects the day, so typing "21" gives the 21st of the shown
  month (typing into a half-selected field could give another day).
- The pop-up calendar's weeks start on the region's first day (Monday in the UK and most of
  Europe), whatever the interface language.
- The month is shown as a word ("1 Mar 2026"), never in a numeric order that reads
  differently across regions.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QWidget

from tracker.render import i18n

_KEYBOARD = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason,
             Qt.FocusReason.OtherFocusReason)


class DateEdit(QDateEdit):
    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(QDate(day.year, day.month, day.day), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMM yyyy")
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.calendarWidget().setFirstDayOfWeek(i18n.region_locale().firstDayOfWeek())

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if event.reason() in _KEYBOARD:
            # After Qt has placed the cursor: the whole day is selected, typing replaces it.
            QTimer.singleShot(0, lambda: self.setSelectedSection(QDateEdit.Section.DaySection))
