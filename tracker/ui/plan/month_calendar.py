"""Month calendar with painted markers: doses (by status), infusions and appointments.

Markers: a dot per drug on a dose day (green taken, red missed, dark grey skipped, orange
held by the team, a grey ring when a past dose was not marked, light grey still to come);
a drip (infusion) is drawn as a diamond; a blue square is an appointment. The text below
lists the chosen day in words.
"""

from __future__ import annotations

import calendar as pycal
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygon
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from tracker.services import appointments, doses
from tracker.ui.plan import words

STATUS_COLOURS = {
    "taken": "#2e7d32", "missed": "#c62828", "skipped": "#616161", "held_by_team": "#ef6c00", None: "#bdbdbd",
}


@dataclass(frozen=True)
class DayMarks:
    doses: tuple  # DueDose
    appointments: tuple  # AppointmentInfo


class MarkedCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: dict[date, DayMarks] = {}
        self.today: date | None = None
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        marks = self.marks.get(words.pydate(qdate))
        if not marks:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = max(5, min(9, rect.height() // 6))
        x = rect.left() + 4
        y = rect.bottom() - size - 3
        seen = []
        for dose in marks.doses:
            status = "held_by_team" if dose.held_by_plan and dose.status is None else dose.status
            if dose.regimen_drug_id in seen:
                continue
            seen.append(dose.regimen_drug_id)
            colour = QColor(STATUS_COLOURS.get(status, "#9e9e9e"))
            if status is None and self.today is not None and dose.day < self.today:
                painter.setPen(QPen(QColor("#757575"), 1.5))  # past and not marked: a ring
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
            if dose.route == "intravenous":
                half = size // 2
                painter.drawPolygon(QPolygon([QPoint(x + half, y - 1), QPoint(x + size + 1, y + half),
                                              QPoint(x + half, y + size + 1), QPoint(x - 1, y + half)]))
            else:
                painter.drawEllipse(x, y, size, size)
            x += size + 3
        for _ in marks.appointments:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1565c0"))
            painter.drawRect(x, y, size, size)
            x += size + 2
        painter.restore()


class MonthCalendar(QWidget):
    """The calendar plus a plain list of what is on the chosen day (for screen readers too)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        self.calendar = MarkedCalendar()
        self.calendar.setAccessibleName(self.tr("Month calendar of doses and appointments"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.legend = QLabel(self.tr("Dots: green taken · red missed · dark grey skipped · orange held by the team · "
                                     "grey ring not marked · light grey to come. A diamond is a drip (infusion); "
                                     "a blue square is an appointment."))
        self.legend.setWordWrap(True)
        layout.addWidget(self.calendar, 2)
        layout.addWidget(self.legend)
        # A busy day (many tablets) scrolls here instead of pushing the buttons off a small screen.
        self.details_scroll = QScrollArea()
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setWidget(self.details)
        self.details_scroll.setMinimumHeight(6 * self.details.fontMetrics().lineSpacing())
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.details_scroll, 1)
        self.calendar.currentPageChanged.connect(lambda *_: self.refresh())
        self.calendar.selectionChanged.connect(self._show_day)
        today = ctx.clock.today()
        self.calendar.setSelectedDate(words.qdate(today))

    def refresh(self) -> None:
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = date(year, month, 1) - timedelta(days=7)
        last = date(year, month, pycal.monthrange(year, month)[1]) + timedelta(days=14)
        marks: dict[date, list] = {}
        for dose in doses.doses_between(self._ctx.journal, first, last):
            marks.setdefault(dose.day, [[], []])[0].append(dose)
        for appt in appointments.between(self._ctx.journal, first, last, self._ctx.clock.zone):
            marks.setdefault(appt.local(self._ctx.clock.zone).date(), [[], []])[1].append(appt)
        self.calendar.marks = {d: DayMarks(tuple(a), tuple(b)) for d, (a, b) in marks.items()}
        self.calendar.today = self._ctx.clock.today()
        self.calendar.updateCells()
        self._show_day()

    def marks_on(self, day: date) -> DayMarks | None:
        return self.calendar.marks.get(day)

    def _show_day(self) -> None:
        day = words.pydate(self.calendar.selectedDate())
        marks = self.calendar.marks.get(day)
        lines = [words.long_date(day)]
        if not marks:
            lines.append(self.tr("Nothing planned on this day."))
        else:
            zone = self._ctx.clock.zone
            for appt in marks.appointments:
                local = appt.local(zone)
                place = f" — {appt.place}" if appt.place else ""
                lines.append(f"{words.time_text(local.time())} {words.appointment_kind_label(appt.kind)}{place}")
            for dose in marks.doses:
                if dose.status is None and dose.held_by_plan:
                    status = words.status_label("held_by_team")
                elif dose.status is None and day > self._ctx.clock.today():
                    status = self.tr("Planned")  # not "not marked yet": it is not due yet
                else:
                    status = words.status_label(dose.status)
                cycle = words.cycle_text(dose.cycle, dose.day_in_cycle, dose.cycle_length)
                name = self.tr("{name} ({cycle})").format(name=dose.name, cycle=cycle) if cycle else dose.name
                lines.append(self.tr("{time} {name}: {status}").format(time=words.time_text(dose.at), name=name, status=status))
        self.details.setText("\n".join(lines))
