"""Small plan dialogs: a new line, the team's adjustments, ending a line.

Each takes an `on_save(values)` callback; a KnownError it raises (or the write it returns is
refused with, see saving.py) is shown in the dialog and the dialog stays open, so nothing
typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import KnownError, ValidationError
from tracker.ui.common import style
from tracker.ui.common.discard import AsksBeforeDiscarding
from tracker.ui.common.errors import grow_to_fit, known_message
from tracker.ui.plan import words
from tracker.ui.plan.saving import close_when_saved


class _FormDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, title: str, on_save: Callable, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._on_save = on_save
        outer = QVBoxLayout(self)
        # Everything but Save and Cancel scrolls as a whole: at 1024×600 with 200 % text the
        # radiotherapy form is taller than the screen, and Save must stay in reach.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._body = body
        self._sized = False
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self._layout.addWidget(self.intro)
        self.form = QFormLayout()
        self._layout.addLayout(self.form)
        self.error = QLabel()
        style.tint(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self._layout.addWidget(self.error)
        self._layout.addStretch(1)
        buttons = self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._sized:  # first shown: as large as the form wants, within the screen
            self._sized = True
            want = self._body.sizeHint() + QSize(40, 40) + QSize(0, self.layout().itemAt(1).sizeHint().height())
            free = self.screen().availableGeometry() if self.screen() is not None else None
            if free is not None:
                want = want.boundedTo(QSize(free.width() - 40, free.height() - 60))
            self.resize(want.expandedTo(self.minimumSize()))

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def _date_edit(self, day: date) -> QDateEdit:
        return words.date_edit(day)

    def values(self):  # pragma: no cover - overridden
        raise NotImplementedError

    def _save(self) -> None:
        try:
            outcome = self._on_save(self.values())
        except KnownError as exc:
            self.show_error(exc)
            return
        close_when_saved(self, outcome, self.buttons, self.show_error)

    def show_error(self, exc: KnownError) -> None:
        self.error.setText(known_message(exc))
        self.error.show()
        grow_to_fit(self)


@dataclass
class LineValues:
    name: str
    number: int
    start: date
    notes: str


class LineDialog(_FormDialog):
    def __init__(self, *, on_save: Callable[[LineValues], None], number: int, start: date,
                 existing=None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit line of treatment") if existing else self.tr("New line of treatment"), on_save, parent)
        self.set_intro(self.tr("A line of treatment is the set of drugs you take together until the team changes it. "
                               "You will add its drugs next."))
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setPlaceholderText(self.tr("e.g. Letrozole and palbociclib"))
        self.number = QSpinBox()
        self.number.setRange(1, 30)
        self.number.setValue(existing.number if existing else number)
        self.start = self._date_edit(existing.start if existing else start)
        self.notes = QPlainTextEdit(existing.notes or "" if existing else "")
        self.notes.setMaximumHeight(70)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("Line &number:"), self.number)
        self.form.addRow(self.tr("&Started on:"), self.start)
        self.form.addRow(self.tr("N&otes:"), self.notes)

    def values(self) -> LineValues:
        return LineValues(self.name.text().strip(), self.number.value(), words.pydate(self.start.date()),
                          self.notes.toPlainText().strip())


@dataclass
class AdjustValues:
    kind: str
    regimen_drug_ids: list[int]
    effective: date
    days: int | None
    dose_text: str | None
    notes: str


class AdjustDialog(_FormDialog):
    """Delay a cycle, hold a dose, change the dose, start a break or resume."""

    def __init__(self, kind: str, drugs: list, *, on_save: Callable[[AdjustValues], None], day: date,
                 parent: QWidget | None = None) -> None:
        titles = {
            "delay": self.tr("Delay a cycle or dose"), "hold": self.tr("The team held a dose"),
            "reduce": self.tr("The team changed the dose"), "break": self.tr("Start a treatment break"),
            "resume": self.tr("Restart after a break"),
        }
        super().__init__(titles[kind], on_save, parent)
        self.kind = kind
        intros = {
            "delay": self.tr("The next cycle (or dose) on or after the date below moves later, and everything after it "
                             "moves with it. Doses before it stay as they were."),
            "hold": self.tr("The dose on this day stays in your record as held by the team; you will not be reminded."),
            "reduce": self.tr("Write the new dose exactly as your team gave it. The app never works out doses."),
            "break": self.tr("No doses or reminders from this day until you restart."),
            "resume": self.tr("Treatment starts again on this day with a new cycle (day 1)."),
        }
        self.set_intro(intros[kind])
        self.drug = QComboBox()
        self.drug.setAccessibleName(self.tr("Which drug"))
        if kind in ("break", "resume"):
            self.drug.addItem(self.tr("All drugs in this line"), [d.drug.id for d in drugs])
        for d in drugs:
            self.drug.addItem(d.drug.display_name, [d.drug.id])
        self.form.addRow(self.tr("&Drug:"), self.drug)
        self.effective = self._date_edit(day)
        label = {"delay": self.tr("From the cycle starting on or after:"), "hold": self.tr("Dose &day:"),
                 "reduce": self.tr("New dose &from:"), "break": self.tr("Break &starts:"), "resume": self.tr("&Restart on:")}[kind]
        self.form.addRow(label, self.effective)
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.dose = QLineEdit()
        self.dose.setPlaceholderText(self.tr("e.g. 100 mg"))
        if kind == "delay":
            self.form.addRow(self.tr("Delay &by:"), self.days)
        if kind == "reduce":
            self.form.addRow(self.tr("New d&ose:"), self.dose)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Optional, e.g. low neutrophils"))
        self.form.addRow(self.tr("&Why (optional):"), self.notes)

    def values(self) -> AdjustValues:
        ids = self.drug.currentData() or []
        if not ids:
            raise ValidationError("Please choose the drug this applies to.", field="drug")
        return AdjustValues(self.kind, list(ids), words.pydate(self.effective.date()),
                            self.days.value() if self.kind == "delay" else None,
                            self.dose.text().strip() if self.kind == "reduce" else None, self.notes.text().strip())


@dataclass
class EndValues:
    last_day: date
    reason: str


class EndLineDialog(_FormDialog):
    def __init__(self, *, on_save: Callable[[EndValues], None], day: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("End this line of treatment"), on_save, parent)
        self.set_intro(self.tr("The line and its reminders stop after the last day. Everything recorded stays."))
        self.last_day = self._date_edit(day)
        self.reason = QComboBox()
        # No reason is chosen for the person: a hurried Save must not record "the cancer grew".
        self.reason.addItem(self.tr("Choose…"), None)
        for key in ("progression", "side_effects", "completed", "own_choice", "other"):
            self.reason.addItem(words.end_reason_label(key), key)
        self.form.addRow(self.tr("&Last day of treatment:"), self.last_day)
        self.form.addRow(self.tr("&Why it ended:"), self.reason)

    def values(self) -> EndValues:
        return EndValues(words.pydate(self.last_day.date()), self.reason.currentData())
