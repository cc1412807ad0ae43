"""Month calendar with painted markers: doses (by status), infusions and appointments.

Readable without a legend: each day with something planned carries a chip of large signs,
one per drug — ✓ taken, ✗ missed, – skipped, ‖ held by the team, ? a past dose not marked,
○ still to come, and ◆ for a drip (infusion) still to come — plus ▣ for an appointment.
The chip has its own background, so it stays visible on the selected (highlighted) day.
Days in the break of a days-in-cycle pattern (days 22-28 of a 21/28 cycle) are shaded.
Colours are the theme's (light and dark). The text below lists the chosen day in words.

Screen readers: the grid is our own (month_grid.MonthGrid, a table over our own model, in
place of QCalendarWidget, whose internal model could only say "10"), so every day cell reads
its whole day ("Tuesday 10 March: letrozole taken, palbociclib to come", day_text); the grid,
the month title and the previous / next month buttons are named. Arrows, Page Up / Page Down
and Home / End move the chosen day (and the month with it).
"""

from __future__ import annotations

import calendar as pycal
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from tracker.domain.clock import Clock
from tracker.services import appointments, doses, plan
from tracker.ui import theme
from tracker.ui.common.background import BackgroundOp
from tracker.ui.plan import words
from tracker.ui.plan.month_grid import MonthGrid

#: Sign and theme colour per dose status (None: not marked).
STATUS_SIGNS = {
    "taken": ("✓", "dose_taken"), "missed": ("✗", "dose_missed"), "skipped": ("–", "dose_skipped"),
    "held_by_team": ("‖", "dose_held"),
}
NOT_MARKED = ("?", "dose_overdue")
TO_COME = ("○", "muted")
INFUSION_TO_COME = ("◆", "muted")
APPOINTMENT = ("▣", "series_1")
MAX_SIGNS = 4


@dataclass(frozen=True)
class DayMarks:
    doses: tuple  # DueDose
    appointments: tuple  # AppointmentInfo


def day_signs(marks: DayMarks, today: date | None) -> list[tuple[str, str]]:
    """(sign, colour token) for a day: one per drug, then one per appointment."""
    signs: list[tuple[str, str]] = []
    seen: list[int] = []
    for dose in marks.doses:
        if dose.regimen_drug_id in seen:
            continue
        seen.append(dose.regimen_drug_id)
        status = "held_by_team" if dose.held_by_plan and dose.status is None else dose.status
        if status in STATUS_SIGNS:
            signs.append(STATUS_SIGNS[status])
        elif today is not None and dose.day < today:
            signs.append(NOT_MARKED)
        else:
            signs.append(INFUSION_TO_COME if dose.route == "intravenous" else TO_COME)
    signs += [APPOINTMENT] * len(marks.appointments)
    return signs


class MarkedCalendar(MonthGrid):
    """The month grid with each day's signs on a chip and break days shaded."""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(day, parent)
        self.marks: dict[date, DayMarks] = {}
        self.break_days: set[date] = set()
        #: The whole day in words (MonthCalendar.day_text), read for each cell.
        self.describe_day: Callable[[date], str] | None = None

    def describe(self, day: date) -> str:
        return self.describe_day(day) if self.describe_day is not None else super().describe(day)

    def shaded(self, day: date) -> bool:
        return day in self.break_days

    def paint_marks(self, painter: QPainter, rect: QRect, day: date) -> None:
        """The chip of signs at the bottom of the cell, below the day number, so neither
        covers the other however short the cells are."""
        marks = self.marks.get(day)
        if not marks:
            return
        signs = day_signs(marks, self.today)
        if not signs:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setBold(True)
        number_height = QFontMetrics(self.font()).height()
        font.setPixelSize(max(9, min(rect.height() - number_height - 4, number_height)))
        metrics = QFontMetrics(font)
        shown = signs[:MAX_SIGNS]
        extra = len(signs) - len(shown)
        text_parts = [sign for sign, _ in shown] + ([f"+{extra}"] if extra else [])
        width = sum(metrics.horizontalAdvance(t) for t in text_parts) + 2 * (len(text_parts) - 1) + 8
        width = min(width, rect.width() - 4)
        chip = QRectF(rect.center().x() - width / 2, rect.bottom() - metrics.height() - 3, width, metrics.height())
        # The chip's own background keeps the signs visible on the selected day's highlight.
        painter.setPen(QPen(theme.colour("card_border"), 1))
        painter.setBrush(theme.colour("card"))
        painter.drawRoundedRect(chip, 4, 4)
        painter.setFont(font)
        x = chip.left() + 4
        for part, token in [*shown, *([(f"+{extra}", "muted")] if extra else [])]:
            advance = metrics.horizontalAdvance(part)
            painter.setPen(theme.colour(token))
            painter.drawText(QRectF(x, chip.top(), advance, chip.height()), int(Qt.AlignmentFlag.AlignCenter), part)
            x += advance + 2
        painter.restore()


class MonthCalendar(QWidget):
    """The calendar plus a plain list of what is on the chosen day (for screen readers too)."""

    #: A month's marks have been read and shown (the Plan view then lists the chosen day's appointments).
    loaded = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        self.calendar = MarkedCalendar(ctx.clock.today())
        self.calendar.describe_day = self.day_text
        #: The grid of days (a table: each cell reads its whole day).
        self.grid = self.calendar.view
        self.grid.setAccessibleName(self.tr("Month calendar of doses and appointments"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.legend = QLabel(self.tr("✓ taken · ✗ missed · – skipped · ‖ held by the team · ? not marked · "
                                     "○ to come · ◆ drip (infusion) · ▣ appointment · shaded days: break week"))
        self.legend.setWordWrap(True)
        layout.addWidget(self.calendar, 2)
        layout.addWidget(self.legend)
        # A busy day (many tablets) scrolls here instead of pushing the buttons off a small screen.
        self.details_scroll = QScrollArea()
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text in it takes focus, not the frame
        self.details_scroll.setWidget(self.details)
        self.details_scroll.setMinimumHeight(6 * self.details.fontMetrics().lineSpacing())
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.details_scroll, 1)
        self.calendar.currentPageChanged.connect(lambda *_: self.refresh())
        self.calendar.selectionChanged.connect(self._show_day)
        today = ctx.clock.today()
        self.calendar.setSelectedDate(words.qdate(today))

    def refresh(self) -> None:
        """Read the month shown on the task runner; its marks show once read (a newer read drops an older one)."""
        journal, clock = self._ctx.journal, self._ctx.clock
        if journal is None:  # the journal is closing (locking): the view goes with it
            return
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        op = BackgroundOp(lambda _progress: load_month(journal, clock, year, month), on_success=self.render,
                          key=f"month-{id(self)}", parent=self)
        op.finished.connect(op.deleteLater)
        op.start()

    def render(self, data: MonthMarks) -> None:
        """Show what `load_month` read."""
        self.calendar.marks = data.marks
        self.calendar.break_days = set(data.break_days)
        self.calendar.today = data.today
        self.calendar.updateCells()
        self._show_day()
        self.loaded.emit()

    def day_text(self, day: date) -> str:
        """The whole day in one sentence, as a screen reader says it."""
        marks = self.calendar.marks.get(day)
        parts: list[str] = []
        if marks:
            zone = self._ctx.clock.zone
            for dose in marks.doses:
                parts.append(self.tr("{name} {status}").format(name=dose.name, status=self._short_status(dose, day)))
            for appt in marks.appointments:
                parts.append(self.tr("{kind} at {time}").format(kind=words.appointment_kind_label(appt.kind),
                                                                 time=words.time_text(appt.local(zone).time())))
        if day in self.calendar.break_days:
            parts.append(self.tr("break week"))
        title = QLocale().toString(words.qdate(day), self.tr("dddd d MMMM"))
        if not parts:
            return self.tr("{day}: nothing planned").format(day=title)
        return self.tr("{day}: {what}").format(day=title, what=", ".join(parts))

    def _short_status(self, dose, day: date) -> str:
        if dose.status is None and dose.held_by_plan:
            return self.tr("held by the team")
        if dose.status is None:
            return self.tr("to come") if day >= self._ctx.clock.today() else self.tr("not marked")
        return {"taken": self.tr("taken"), "missed": self.tr("missed"), "skipped": self.tr("skipped"),
                "held_by_team": self.tr("held by the team")}.get(dose.status, words.status_label(dose.status))

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
        if day in self.calendar.break_days:
            lines.insert(1, self.tr("Break week: no doses of the cycle's tablets or drips."))
        self.details.setText("\n".join(lines))


@dataclass(frozen=True)
class MonthMarks:
    """What the month calendar shows, read off the GUI thread by `load_month`."""

    marks: dict[date, DayMarks]
    break_days: frozenset[date]
    today: date


def load_month(journal, clock: Clock, year: int, month: int) -> MonthMarks:
    """The marks of a month's days, with a week either side (the grid shows parts of the next and last months)."""
    first = date(year, month, 1) - timedelta(days=7)
    last = date(year, month, pycal.monthrange(year, month)[1]) + timedelta(days=14)
    found: dict[date, tuple[list, list]] = {}
    for dose in doses.doses_between(journal, first, last):
        found.setdefault(dose.day, ([], []))[0].append(dose)
    for appt in appointments.between(journal, first, last, clock.zone):
        found.setdefault(appt.local(clock.zone).date(), ([], []))[1].append(appt)
    return MonthMarks({d: DayMarks(tuple(a), tuple(b)) for d, (a, b) in found.items()},
                      frozenset(break_days(plan.scheduled_drugs(journal), first, last)), clock.today())


def break_days(items: list, first: date, last: date) -> set[date]:
    """Days in the break of a days-in-cycle pattern (after its last dose day in the cycle)."""
    found: set[date] = set()
    for item in items:
        pattern = item.drug.pattern
        if pattern.get("kind") != "cycle_days" or not pattern.get("days"):
            continue
        last_dose_day = max(int(d) for d in pattern["days"])
        day = first
        while day <= last:
            pos = plan.cycle_position(item, day)
            if pos is not None and pos.day_in_cycle is not None and pos.day_in_cycle > last_dose_day:
                found.add(day)
            day += timedelta(days=1)
    return found
