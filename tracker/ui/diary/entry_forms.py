"""Small forms for lab results, scans, notes and questions (add and edit).

Each collects values and runs `submit(values)` — the write — on the task runner
(ui/common/journal_write.py); once written, `on_saved(values, result)` runs and the dialog
closes. A ValidationError from the service is shown next to its field and the dialog stays
open, so nothing typed is lost. Save is off while the write runs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import KnownError, ValidationError
from tracker.domain.measurements import LAB_TESTS, default_lab_unit
from tracker.services.labs import LabInput, ScanInput
from tracker.ui.common.discard import AsksBeforeDiscarding
from tracker.ui.common.errors import known_message, show_error
from tracker.ui.common.journal_write import write
from tracker.ui.common.links import WhatIsThisLink
from tracker.ui.diary.symptom_row import error_label
from tracker.ui.diary.wording import lab_name, number


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qd: QDate) -> date:
    return date(qd.year(), qd.month(), qd.day())


class EntryDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, title: str, submit: Callable[[Any], Any], parent: QWidget | None = None, *,
                 on_saved: Callable[[Any, Any], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.submit = submit
        self.on_saved = on_saved
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.general_error = error_label()
        self.layout_.addWidget(self.general_error)
        buttons = self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                                     | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        #: Save was pressed and the entry is being written: the form closes once it is.
        self.writing = False

    def reject(self) -> None:
        """Esc, Cancel or the close button: not while the entry is being written (that save goes
        on whatever she answers; the form closes once it is written)."""
        if not self.writing:
            super().reject()

    def add_field(self, name: str, label: str, widget: QWidget, *extra: QWidget) -> QWidget:
        caption = QLabel(label)
        caption.setBuddy(widget)
        if extra:
            from PySide6.QtWidgets import QHBoxLayout
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            for w in extra:
                row.addWidget(w)
            self.form.addRow(caption, row)
        else:
            self.form.addRow(caption, widget)
        self.errors[name] = error_label()
        self.form.addRow("", self.errors[name])
        self.fields[name] = widget
        return widget

    def values(self) -> Any:
        raise NotImplementedError

    def save(self) -> None:
        if not self.save_button.isEnabled():  # the write under way (Ctrl+Return pressed twice)
            return
        for label in [*self.errors.values(), self.general_error]:
            label.hide()
        try:
            values = self.values()
        except ValidationError as exc:
            self._refused(exc)
            return
        submit = self.submit
        self._set_writing(True)
        write(lambda: submit(values), owner=self, on_saved=lambda result: self._saved(values, result),
              on_refused=self._refused, on_done=lambda: self._set_writing(False))

    def _set_writing(self, writing: bool) -> None:
        """Save and Cancel are off while the entry is written (as in the Plan's forms)."""
        self.writing = writing
        self.button_box.setEnabled(not writing)
        self.save_button.setEnabled(not writing)

    def _saved(self, values: Any, result: Any) -> None:
        self.save_button.setEnabled(True)
        if self.on_saved is not None:
            self.on_saved(values, result)
        self.accept()

    def _refused(self, exc: KnownError) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, ValidationError):
            show_error(self, exc)
            return
        label = self.errors.get(exc.field or "", self.general_error)
        label.setText(known_message(exc))
        label.show()
        self.adjustSize()  # room for the message, so nothing overlaps
        widget = self.fields.get(exc.field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)


def _text_edit(height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class LabDialog(EntryDialog):
    def __init__(self, ctx, submit, parent=None, *, current: LabInput | None = None, on_saved=None) -> None:
        super().__init__(self.tr("Lab result") if current is None else self.tr("Edit lab result"), submit, parent,
                         on_saved=on_saved)
        intro = QLabel(self.tr("Copy the result, its unit and the normal range exactly as your report shows them."))
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.test = QComboBox()
        for test_id, _name, _unit in LAB_TESTS:
            self.test.addItem(lab_name(test_id), test_id)
        self.add_field("test", self.tr("&Test:"), self.test, WhatIsThisLink(ctx, "tumour-markers"))
        self.test_label = self.add_field("test_label", self.tr("Test &name:"), QLineEdit())
        self.value = self.add_field("value", self.tr("&Result:"), QLineEdit())
        self.unit = self.add_field("unit", self.tr("&Unit:"), QLineEdit())
        self.ref_low = self.add_field("ref_low", self.tr("Normal range, &from:"), QLineEdit())
        self.ref_high = self.add_field("ref_high", self.tr("Normal range, t&o:"), QLineEdit())
        self.taken_on = self.add_field("taken_on", self.tr("&Date of the test:"), QDateEdit(to_qdate(ctx.clock.today())))
        self.taken_on.setCalendarPopup(True)
        self.note = self.add_field("note", self.tr("N&ote:"), _text_edit(60))
        self.test.currentIndexChanged.connect(self._test_changed)
        if current is not None:
            self.test.setCurrentIndex(self.test.findData(current.test))
            self.test_label.setText(current.test_label or "")
            self.value.setText(number(current.value, 3))
            self.unit.setText(current.unit)
            self.ref_low.setText(current.ref_low or "")
            self.ref_high.setText(current.ref_high or "")
            self.taken_on.setDate(to_qdate(current.taken_on))
            self.note.setPlainText(current.note or "")
        self._test_changed()

    def _test_changed(self) -> None:
        test = self.test.currentData()
        self.test_label.setEnabled(test == "other")
        if not self.unit.text().strip() or self.unit.text() in {u for _t, _n, u in LAB_TESTS}:
            self.unit.setText(default_lab_unit(test))

    def values(self) -> LabInput:
        text = self.value.text().strip()
        value, ok = QLocale().toDouble(text)
        if not ok:
            value, ok = QLocale.c().toDouble(text.replace(",", "."))
        if not ok:
            raise ValidationError(self.tr("Please type the number from the report."), field="value")
        return LabInput(self.test.currentData(), value, self.unit.text(), from_qdate(self.taken_on.date()),
                        self.ref_low.text(), self.ref_high.text(), self.test_label.text(), self.note.toPlainText())


class ScanDialog(EntryDialog):
    def __init__(self, ctx, submit, parent=None, *, current: ScanInput | None = None, on_saved=None) -> None:
        super().__init__(self.tr("Scan") if current is None else self.tr("Edit scan"), submit, parent,
                         on_saved=on_saved)
        self.scan_type = self.add_field("scan_type", self.tr("&Kind of scan:"), QComboBox(),
                                        WhatIsThisLink(ctx, "tests-and-monitoring"))
        self.scan_type.setEditable(True)
        self.scan_type.addItems([self.tr("CT scan"), self.tr("MRI scan"), self.tr("Bone scan"), self.tr("PET-CT scan"),
                                 self.tr("Ultrasound"), self.tr("X-ray"), self.tr("Heart scan (echo or MUGA)")])
        self.scan_type.setCurrentText("")
        self.done_on = self.add_field("done_on", self.tr("&Date:"), QDateEdit(to_qdate(ctx.clock.today())))
        self.done_on.setCalendarPopup(True)
        self.result = self.add_field("result_summary", self.tr("&What you were told:"), _text_edit(100))
        if current is not None:
            self.scan_type.setCurrentText(current.scan_type)
            self.done_on.setDate(to_qdate(current.done_on))
            self.result.setPlainText(current.result_summary or "")

    def values(self) -> ScanInput:
        return ScanInput(self.scan_type.currentText(), from_qdate(self.done_on.date()), self.result.toPlainText())


class TextDialog(EntryDialog):
    """A note, or a question for the next appointment (with asked/answered ticks)."""

    def __init__(self, title: str, label: str, submit, parent=None, *, text: str = "", question: bool = False,
                 asked: bool = False, answered: bool = False, answer: str = "", on_saved=None) -> None:
        super().__init__(title, submit, parent, on_saved=on_saved)
        self.text = self.add_field("text", label, _text_edit(120))
        self.text.setPlainText(text)
        self.asked = self.answered = self.answer = None
        if question:
            self.asked = QCheckBox(self.tr("I have &asked this"))
            self.asked.setChecked(asked)
            self.answered = QCheckBox(self.tr("It has been a&nswered"))
            self.answered.setChecked(answered)
            self.form.addRow("", self.asked)
            self.form.addRow("", self.answered)
            self.answer = self.add_field("answer", self.tr("Ans&wer (optional):"), _text_edit(60))
            self.answer.setPlainText(answer)
        self.text.setFocus()

    def values(self) -> dict:
        values = {"text": self.text.toPlainText()}
        if self.asked is not None:
            values.update(asked=self.asked.isChecked(), answered=self.answered.isChecked(),
                          answer=self.answer.toPlainText())
        return values
