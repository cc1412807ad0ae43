"""Add or edit an appointment: what, when, where, notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit, QWidget

from tracker.services.appointments import KINDS
from tracker.ui.plan import words
from tracker.ui.plan.dialogs import _FormDialog


@dataclass
class AppointmentValues:
    kind: str
    starts_at: datetime
    place: str
    notes: str


class AppointmentDialog(_FormDialog):
    def __init__(self, ctx, *, on_save: Callable[[AppointmentValues], None], existing=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit appointment") if existing else self.tr("New appointment"), on_save, parent)
        self._zone = ctx.clock.zone
        self.kind = QComboBox()
        for key in KINDS:
            self.kind.addItem(words.appointment_kind_label(key), key)
        if existing is not None:
            local = existing.local(self._zone)
            start = QDateTime(words.qdate(local.date()), QTime(local.hour, local.minute))
        else:
            start = QDateTime(words.qdate(ctx.clock.today()), QTime(10, 0))
        self.when = QDateTimeEdit(start)
        self.when.setCalendarPopup(True)
        # Month as a word and the person's own clock (12 or 24 hours): never 03/04 vs 04/03 confusion.
        self.when.setDisplayFormat("d MMM yyyy  " + QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.when.setMinimumWidth(220)
        self.place = QLineEdit(existing.place or "" if existing else "")
        self.place.setPlaceholderText(self.tr("e.g. Day unit, level 2"))
        self.notes = QPlainTextEdit(existing.notes or "" if existing else "")
        self.notes.setMaximumHeight(70)
        if existing is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(existing.kind)))
        self.form.addRow(self.tr("&What:"), self.kind)
        self.form.addRow(self.tr("W&hen:"), self.when)
        self.form.addRow(self.tr("W&here:"), self.place)
        self.form.addRow(self.tr("&Notes:"), self.notes)

    def values(self) -> AppointmentValues:
        dt = self.when.dateTime()
        d, t = dt.date(), dt.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self._zone)
        return AppointmentValues(self.kind.currentData(), local, self.place.text().strip(), self.notes.toPlainText().strip())
