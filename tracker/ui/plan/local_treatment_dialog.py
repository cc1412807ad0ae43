"""Add or correct a radiotherapy course, stereotactic treatment, operation or procedure.

The days are made with "[5] treatments from [date], [weekdays]" (Fill in the days) or
picked one by one; the site and aim are the patient's words, with suggestions; the dose
is copied from the letter. A problem shows next to its field and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import local_treatments as lt
from tracker.domain.errors import KnownError, ValidationError
from tracker.ui.common import fit, style
from tracker.ui.common.errors import grow_to_fit, known_message
from tracker.ui.common.flow_layout import FlowLayout
from tracker.ui.common.links import WhatIsThisLink
from tracker.ui.plan import words
from tracker.ui.plan.dialogs import _FormDialog
from tracker.ui.plan.saving import close_when_saved

#: Form fields that can carry an error (ValidationError.field), in form order.
FIELDS = ("kind", "procedure_kind", "site", "aim", "dose_text", "count", "days", "line", "notes")


def _completer(items: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(items, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class LocalTreatmentDialog(_FormDialog):
    def __init__(self, ctx, *, on_save: Callable[[lt.LocalTreatment], None], lines: list | None = None,
                 existing=None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correct a treatment") if existing else self.tr("Radiotherapy course or procedure"),
                         on_save, parent)
        self.ctx = ctx
        self.set_intro(self.tr("Radiotherapy, an operation or a procedure such as a drain: write it as the letter "
                               "or the team gave it. Each treatment day goes on your calendar."))
        today = ctx.clock.today()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of treatment"))
        for key in lt.KINDS:
            self.kind.addItem(words.local_kind_label(key), key)
        self.procedure_kind = QComboBox()
        self.procedure_kind.setAccessibleName(self.tr("What the procedure was"))
        for key in lt.PROCEDURE_KINDS:
            self.procedure_kind.addItem(words.procedure_kind_label(key), key)
        self.what_link = WhatIsThisLink(ctx, "radiotherapy")
        self.site = QLineEdit()
        self.site.setPlaceholderText(self.tr("In your own words, e.g. lower spine"))
        self.site.setCompleter(_completer(words.site_suggestions(), self.site))
        self.aim = QLineEdit()
        self.aim.setPlaceholderText(self.tr("As the team said it, e.g. pain relief"))
        self.aim.setCompleter(_completer(words.aim_suggestions(), self.aim))
        self.dose = QLineEdit()
        self.dose.setPlaceholderText(self.tr("Copied from the letter, e.g. 20 Gy in 5 fractions"))

        # "[5] treatments from [date], [weekdays]" → Fill in the days; or pick days one by one.
        self.count = QSpinBox()
        self.count.setRange(1, lt.MAX_DAYS)
        self.count.setValue(5)
        self.count.setAccessibleName(self.tr("Number of treatments"))
        self.from_day = words.date_edit(today)
        self.from_day.setAccessibleName(self.tr("First treatment day"))
        self.which_days = QComboBox()
        self.which_days.setAccessibleName(self.tr("Which days"))
        self.which_days.addItem(self.tr("weekdays (Monday to Friday)"), True)
        self.which_days.addItem(self.tr("every day"), False)
        self.fill_button = QPushButton(self.tr("&Fill in the days"))
        maker = QWidget()
        maker_row = FlowLayout(maker)  # wraps onto a second line in a narrow dialog or with large text
        maker_row.setContentsMargins(0, 0, 0, 0)
        from_label = QLabel(self.tr("treatments from"))
        for w in (self.count, from_label, self.from_day, self.which_days, self.fill_button):
            maker_row.addWidget(w)

        self.day_list = QListWidget()
        self.day_list.setAccessibleName(self.tr("Treatment days"))
        self.day_list.setMaximumHeight(120)
        self.pick_day = words.date_edit(today)
        self.pick_day.setAccessibleName(self.tr("Day to add"))
        self.add_day_button = QPushButton(self.tr("&Add this day"))
        self.remove_day_button = QPushButton(self.tr("&Remove the chosen day"))
        days_box = QWidget()
        days_col = QVBoxLayout(days_box)
        days_col.setContentsMargins(0, 0, 0, 0)
        pick_row = QHBoxLayout()
        for w in (self.pick_day, self.add_day_button, self.remove_day_button):
            pick_row.addWidget(w)
        pick_row.addStretch(1)
        days_col.addWidget(self.day_list)
        days_col.addLayout(pick_row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        days_col.addWidget(self.summary)
        self._days: list[date] = []

        self.make_appointments = QCheckBox(self.tr("Put each day on my calendar, with a reminder, at"))
        self.make_appointments.setChecked(True)
        self.at = QTimeEdit(QTime(9, 0))
        self.at.setAccessibleName(self.tr("Time of each treatment"))
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.make_appointments)
        when_row.addWidget(self.at)
        when_row.addStretch(1)

        self.line = QComboBox()
        self.line.setAccessibleName(self.tr("Line of treatment it belongs to"))
        self.line.addItem(self.tr("Not part of a line"), None)
        for line in lines or []:
            self.line.addItem(words.tr("Line {n}: {name}").format(n=words.num(line.number), name=line.name), line.id)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)

        self.field_errors: dict[str, QLabel] = {}
        rows: list[tuple[str, str | None, QWidget]] = [
            ("kind", self.tr("&Kind:"), self.kind),
            ("procedure_kind", self.tr("&Procedure:"), self.procedure_kind),
            ("link", None, self.what_link),
            ("site", self.tr("&Where in the body:"), self.site),
            ("aim", self.tr("A&im:"), self.aim),
            ("dose_text", self.tr("&Dose and fractions:"), self.dose),
            ("count", self.tr("Make the days:"), maker),
            ("days", self.tr("Treatment da&ys:"), days_box),
            ("when", self.tr("&Time:"), when),
            ("line", self.tr("Part of &line:"), self.line),
            ("notes", self.tr("N&otes:"), self.notes),
        ]
        self._labels: dict[str, QLabel] = {}
        for key, text, widget in rows:
            if text is None:
                self.form.addRow(widget)
            else:
                label = QLabel(text)
                label.setBuddy(widget if widget not in (maker, days_box, when) else
                               {"count": self.count, "days": self.day_list, "when": self.make_appointments}[key])
                self._labels[key] = label
                self.form.addRow(label, widget)
            if key in FIELDS:
                error = QLabel()
                style.tint(error, "error")
                error.setWordWrap(True)
                error.hide()
                self.field_errors[key] = error
                self.form.addRow("", error)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.procedure_kind.currentIndexChanged.connect(self._kind_changed)
        self.fill_button.clicked.connect(self.fill_days)
        self.add_day_button.clicked.connect(self.add_day)
        self.remove_day_button.clicked.connect(self.remove_day)
        self.make_appointments.toggled.connect(self.at.setEnabled)
        if existing is not None:
            self._load(existing)
        self._kind_changed()
        fit.fit_small_screens(self)  # 1024×600 at 200 % text: the dialog fits the screen

    # --- the days ------------------------------------------------------------------
    def fill_days(self) -> None:
        try:
            days = lt.course_days(words.pydate(self.from_day.date()), self.count.value(),
                                  weekdays_only=bool(self.which_days.currentData()))
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.set_days(list(days))

    def add_day(self) -> None:
        self.set_days(self._days + [words.pydate(self.pick_day.date())])

    def remove_day(self) -> None:
        row = self.day_list.currentRow()
        if 0 <= row < len(self._days):
            self.set_days(self._days[:row] + self._days[row + 1:])

    def set_days(self, days: list[date]) -> None:
        self._days = list(lt.picked_days(days))
        self.day_list.clear()
        self.day_list.addItems([words.medium_date(d) for d in self._days])
        if self._days:
            n = len(self._days)
            template = self.tr("1 treatment day: {start}.") if n == 1 else self.tr("{n} treatment days, {start} to {end}.")
            self.summary.setText(template.format(n=words.num(n), start=words.short_date(self._days[0]),
                                                 end=words.short_date(self._days[-1])))
        else:
            self.summary.setText(self.tr("No days yet: fill them in above, or add them one by one."))
        self.field_errors["days"].hide()

    def days(self) -> list[date]:
        return list(self._days)

    # --- kind --------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        procedure = kind == lt.PROCEDURE
        self.procedure_kind.setVisible(procedure)
        self._labels["procedure_kind"].setVisible(procedure)
        article = words.local_treatment_article(kind, self.procedure_kind.currentData())
        self.what_link.article_id = article
        text = self.tr("What is this?")
        self.what_link.setText(f'<a href="learn:{article}">{text}</a>')
        if not self._days and kind in (lt.SURGERY, lt.PROCEDURE):
            self.count.setValue(1)

    def _load(self, t) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(t.kind)))
        if t.procedure_kind:
            self.procedure_kind.setCurrentIndex(max(0, self.procedure_kind.findData(t.procedure_kind)))
        self.site.setText(t.site)
        self.aim.setText(t.aim or "")
        self.dose.setText(t.dose_text or "")
        self.notes.setPlainText(t.notes or "")
        self.make_appointments.setChecked(t.at is not None)
        if t.at is not None:
            self.at.setTime(QTime(t.at.hour, t.at.minute))
        self.line.setCurrentIndex(max(0, self.line.findData(t.line_id)))
        self.set_days(list(t.days))

    # --- saving ------------------------------------------------------------------------
    def values(self) -> lt.LocalTreatment:
        at = None
        if self.make_appointments.isChecked():
            qt = self.at.time()
            at = time(qt.hour(), qt.minute())
        kind = self.kind.currentData()
        return lt.LocalTreatment(
            kind=kind, site=self.site.text(), days=tuple(self._days),
            procedure_kind=self.procedure_kind.currentData() if kind == lt.PROCEDURE else None,
            aim=self.aim.text(), dose_text=self.dose.text(), notes=self.notes.toPlainText(),
            line_id=self.line.currentData(), at=at)

    def show_error(self, exc: KnownError) -> None:
        for label in self.field_errors.values():
            label.hide()
        field = getattr(exc, "field", None)
        target = self.field_errors.get(field or "")
        if target is None:
            self.error.setText(known_message(exc))
            self.error.show()
        else:
            self.error.hide()
            target.setText(known_message(exc))
            target.show()
        grow_to_fit(self)

    def _save(self) -> None:
        try:
            outcome = self._on_save(self.values())
        except KnownError as exc:
            self.show_error(exc)
            return
        close_when_saved(self, outcome, self.buttons, self.show_error)
