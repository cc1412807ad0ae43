"""A date field that is easy to type into and whose calendar starts the week as the region does.

- Reaching the field by keyboard selects the day, so typing "21" gives the 21st of the shown
  month (typing into a half-selected field could give another day).
- The pop-up calendar's weeks start on the region's first day (Monday in the UK and most of
  Europe), whatever the interface language.
- The month is shown as a word ("1 Mar 2026"), never in a numeric order that reads
  differently across regions.
- Screen readers hear the date ("Tuesday 10 March 2026"), not a spin box value of 0: every
  QDateEdit in the app is exposed as an editable field whose value is its full date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QWidget

from tracker.render import i18n
from tracker.ui.common.announce import announce
from tracker.ui.common.roles import RoleAccessible, install_role


class DateAccessible(RoleAccessible):
    """Qt's spin-box interface reads a date field's numeric value, which is 0: read the date itself."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        if isinstance(widget, QDateEdit):
            # Arrow keys change the date in place; say the new one, as a reader does for a spin box.
            widget.dateChanged.connect(lambda _day, edit=widget: _say_date(edit))

    def text(self, kind: QAccessible.Text) -> str:
        edit = self.widget()
        if kind in (QAccessible.Text.Value, QAccessible.Text.Description) and isinstance(edit, QDateEdit):
            return QLocale().toString(edit.date(), QLocale.FormatType.LongFormat)
        return super().text(kind)


def _say_date(edit: QDateEdit) -> None:
    if edit.hasFocus():
        announce(edit, QLocale().toString(edit.date(), QLocale.FormatType.LongFormat))


def install_date_reading() -> None:
    """Expose every QDateEdit (plain ones too) with its date; call before building a form."""
    install_role(QDateEdit, QAccessible.Role.EditableText, DateAccessible)

_KEYBOARD = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason,
             Qt.FocusReason.OtherFocusReason)


class DateEdit(QDateEdit):
    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        install_date_reading()
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
