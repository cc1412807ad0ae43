"""Settings → About my diagnosis: the facts the patient chooses to record.

Everything is optional. The facts appear in the clinic summary only when the patient ticks
"Include in the clinic summary". Keyboard: Ctrl+S saves, Alt+U undoes the last save; each
field has its own Alt letter (chosen not to clash with the menus or "Entering as").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import diagnosis as dx
from tracker.domain.diagnosis import Diagnosis
from tracker.domain.errors import KnownError, ValidationError
from tracker.services import diagnosis as service
from tracker.ui.common.announce import show_status
from tracker.ui.common.date_edit import install_date_reading
from tracker.ui.common.errors import known_message, show_error
from tracker.ui.common.journal_write import write
from tracker.ui.common.links import WhatIsThisLink
from tracker.ui.context import Change
from tracker.ui.diary.symptom_row import error_label
from tracker.ui.settings import settings_data
from tracker.ui.settings.page_read import read

#: A date edit at this value shows "Not recorded".
NOT_RECORDED = QDate(1899, 12, 31)
DATE_FIELDS = ("first_diagnosis", "secondary_diagnosis", "date_of_birth")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def summary_date(day: date) -> str:
    """A date as the clinic summary shows it (called on the task runner: no widget here)."""
    return QLocale().toString(_qdate(day), "d MMM yyyy")


class DiagnosisPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_date_reading()
        self.ctx = ctx
        #: What was stored before the last save, for Undo (one step).
        self._before_save: Diagnosis | None = None
        #: What the form showed when last loaded or saved (unsaved edits differ from it).
        self._shown: Diagnosis | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("About my diagnosis"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(self.tr("Record only what you want to. Everything here is optional, and you can change "
                               "or clear it at any time. The app only keeps these facts for you; it never uses "
                               "them to suggest treatment."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.errors: dict[str, QLabel] = {}
        #: What is turned off while the form is read or saved (each field keeps its own state).
        self._form_parts: list[QWidget] = [self._receptor_box(), self._sites_box(), self._dates_box(),
                                           self._notes_box(), self._summary_box()]
        for part in self._form_parts:
            layout.addWidget(part)
        layout.addLayout(self._actions())
        self._form_parts += [self.undo_button, self.save_button]
        layout.addStretch(1)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh()

    # ------------------------------------------------------------------ layout

    def _error(self, field: str) -> QLabel:
        label = error_label()
        self.errors[field] = label
        return label

    def _receptor_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receptor status"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # small screen, large text
        hint = QLabel(self.tr("These are on your pathology report. Choose \u201cNot known\u201d if you are not sure."))
        hint.setWordWrap(True)
        form.addRow(hint)
        choices = {dx.UNKNOWN: self.tr("Not known"), dx.POSITIVE: self.tr("Positive"),
                   dx.NEGATIVE: self.tr("Negative"), dx.LOW: self.tr("HER2-low")}
        self.receptors: dict[str, QComboBox] = {}
        for key, text, values in (("er", self.tr("E&R (oestrogen receptor):"), dx.RECEPTOR_VALUES),
                                  ("pr", self.tr("&PR (progesterone receptor):"), dx.RECEPTOR_VALUES),
                                  ("her2", self.tr("HER&2:"), dx.HER2_VALUES)):
            combo = QComboBox()
            for value in values:
                combo.addItem(choices[value], value)
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setAccessibleName(label.text().replace("&", ""))
            self.receptors[key] = combo
            form.addRow(label, combo)
            form.addRow("", self._error(key))
        form.addRow("", WhatIsThisLink(self.ctx, "receptor-status", self.tr("What do these results mean?")))
        return box

    def _sites_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where the cancer has spread"))
        grid = QGridLayout(box)
        names = {"bone": self.tr("B&one"), "liver": self.tr("L&iver"), "lung": self.tr("Lun&g"),
                 "brain": self.tr("Br&ain"), "skin": self.tr("S&kin"), "lymph_nodes": self.tr("L&ymph nodes"),
                 "other": self.tr("O&ther")}
        self.sites: dict[str, QCheckBox] = {}
        for i, site in enumerate(dx.SITES):
            check = QCheckBox(names[site])
            check.setAccessibleName(self.tr("Spread to: {site}").format(site=names[site].replace("&", "")))
            self.sites[site] = check
            grid.addWidget(check, i // 4, i % 4)
        rows = (len(dx.SITES) + 3) // 4
        grid.addWidget(self._error("sites"), rows, 0, 1, 4)
        grid.addWidget(WhatIsThisLink(self.ctx, "what-is-secondary-breast-cancer",
                                      self.tr("What is secondary breast cancer?")), rows + 1, 0, 1, 4)
        return box

    def _dates_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Key dates"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        hint = QLabel(self.tr("Tick a date to record it. An unticked date is not recorded."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.date_checks: dict[str, QCheckBox] = {}
        self.date_edits: dict[str, QDateEdit] = {}
        for key, text in (("first_diagnosis", self.tr("First &diagnosis:")),
                          ("secondary_diagnosis", self.tr("Se&condary diagnosis:")),
                          ("date_of_birth", self.tr("Date of &birth:"))):
            check = QCheckBox(text)
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMinimumDate(NOT_RECORDED)
            edit.setSpecialValueText(self.tr("Not recorded"))
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00 September 0000") + 48)
            edit.setAccessibleName(text.replace("&", "").rstrip(":"))
            check.setAccessibleName(self.tr("Record {date}").format(date=text.replace("&", "").rstrip(":")))
            check.toggled.connect(lambda on, k=key: self._date_toggled(k, on))
            self.date_checks[key] = check
            self.date_edits[key] = edit
            form.addRow(check, edit)
            form.addRow("", self._error(key))
        return box

    def _notes_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Notes, for example genetic results such as BRCA, PIK3CA or ESR1 if you know them:"))
        label.setWordWrap(True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 5)
        self.notes.setAccessibleName(self.tr("Notes about my diagnosis"))
        label.setBuddy(self.notes)
        column.addWidget(label)
        column.addWidget(self.notes)
        column.addWidget(self._error("notes"))
        return box

    def _summary_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.include = QCheckBox(self.tr("Include in the clinic su&mmary"))
        self.include.setAccessibleName(self.tr("Include these facts in the clinic summary"))
        explain = QLabel(self.tr("These facts are shown in the clinic summary only if you tick this. "
                                 "Your date of birth is shown only if you also choose it when making the summary."))
        explain.setWordWrap(True)
        column.addWidget(self.include)
        column.addWidget(explain)
        return box

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo last save"))
        self.undo_button.setAccessibleName(self.tr("Undo last save"))
        self.undo_button.clicked.connect(self.undo)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.status, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.save_button)
        return row

    # ------------------------------------------------------------------ behaviour

    def _date_toggled(self, key: str, on: bool) -> None:
        edit = self.date_edits[key]
        edit.setEnabled(on)
        if on and edit.date() == NOT_RECORDED:
            # A starting point to change, not a guess: the year the field is most likely in.
            today = self.ctx.clock.today()
            edit.setDate(_qdate(today.replace(year=today.year - 50, day=1) if key == "date_of_birth" else today))
        elif not on:
            edit.setDate(NOT_RECORDED)

    def refresh(self) -> None:
        # Coming back to the page must not throw away what was typed and not yet saved.
        if self._shown is not None and self.entered() != self._shown:
            return
        journal = self.ctx.journal
        if journal is None:
            return  # locking
        # Read on the task runner; the form stays off until it shows what is stored.
        self._set_form_enabled(False)
        read(self, "diagnosis", journal, settings_data.load_diagnosis, self._loaded)

    def _loaded(self, d: Diagnosis) -> None:
        self.show_diagnosis(d)
        self._clear_errors()
        self._set_form_enabled(True)

    def _set_form_enabled(self, on: bool) -> None:
        for part in self._form_parts:
            part.setEnabled(on)
        if on:
            self.undo_button.setEnabled(self._before_save is not None)

    def show_diagnosis(self, d: Diagnosis) -> None:
        for key, combo in self.receptors.items():
            combo.setCurrentIndex(max(0, combo.findData(getattr(d, key))))
        for site, check in self.sites.items():
            check.setChecked(site in d.sites)
        for key in DATE_FIELDS:
            day = getattr(d, key)
            self.date_edits[key].setDate(_qdate(day) if day else NOT_RECORDED)
            self.date_checks[key].setChecked(day is not None)
            self.date_edits[key].setEnabled(day is not None)
        self.notes.setPlainText(d.notes)
        self.include.setChecked(d.include_in_summary)
        self._shown = self.entered()

    def entered(self) -> Diagnosis:
        def day(key: str) -> date | None:
            value = self.date_edits[key].date()
            if not self.date_checks[key].isChecked() or value == NOT_RECORDED:
                return None
            return date(value.year(), value.month(), value.day())

        return Diagnosis(er=self.receptors["er"].currentData(), pr=self.receptors["pr"].currentData(),
                         her2=self.receptors["her2"].currentData(),
                         sites=tuple(s for s, check in self.sites.items() if check.isChecked()),
                         first_diagnosis=day("first_diagnosis"), secondary_diagnosis=day("secondary_diagnosis"),
                         date_of_birth=day("date_of_birth"), notes=self.notes.toPlainText(),
                         include_in_summary=self.include.isChecked())

    def labels(self) -> dict[str, str]:
        """The clinic summary's words, in the user's language."""
        out = {"er": self.tr("ER (oestrogen receptor)"), "pr": self.tr("PR (progesterone receptor)"),
               "her2": self.tr("HER2"), dx.POSITIVE: self.tr("Positive"), dx.NEGATIVE: self.tr("Negative"),
               dx.LOW: self.tr("HER2-low"), "sites": self.tr("Spread to"),
               "first_diagnosis": self.tr("First diagnosis"), "secondary_diagnosis": self.tr("Secondary diagnosis"),
               "notes": self.tr("Notes")}
        for site, check in self.sites.items():
            out[f"site.{site}"] = check.text().replace("&", "")
        return out

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def _store(self, d: Diagnosis, on_stored) -> None:
        """Save `d` on the task runner; on_stored(what was stored before) once it is saved.
        A refusal is shown next to its field, and the form keeps what was typed."""
        journal, clock, labels, format_date = self.ctx.journal, self.ctx.clock, self.labels(), summary_date
        if journal is None:
            return

        def work() -> Diagnosis:
            before = service.get_diagnosis(journal)
            service.save_diagnosis(journal, d, labels, format_date, clock=clock)
            return before

        def stored(before: Diagnosis) -> None:
            self._set_form_enabled(True)
            on_stored(before)
            self.ctx.events.notify(Change.SETTINGS)

        self._clear_errors()
        self._set_form_enabled(False)
        write(work, owner=self, on_saved=stored, on_refused=self._refused)

    def _refused(self, exc: KnownError) -> None:
        self._set_form_enabled(True)
        label = self.errors.get(exc.field or "") if isinstance(exc, ValidationError) else None
        if label is None:
            show_error(self, exc)
            return
        field = exc.field
        label.setText(known_message(exc))
        label.show()
        target = (self.date_edits.get(field) or self.receptors.get(field)
                  or (self.notes if field == "notes" else self.sites["bone"]))
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        show_status(self.status, self.tr("Not saved: please check the field marked in red."), assertive=True)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # not filled yet, or a save under way (Ctrl+S)
        entered = self.entered()

        def saved(before: Diagnosis) -> None:
            self._before_save = before
            self._shown = entered
            self.undo_button.setEnabled(True)
            show_status(self.status, self.tr("Saved."))

        self._store(entered, saved)

    def undo(self) -> None:
        if self._before_save is None or not self.save_button.isEnabled():
            return
        before = self._before_save

        def undone(_stored: Diagnosis) -> None:
            self._before_save = None
            self.show_diagnosis(before)
            self.undo_button.setEnabled(False)
            show_status(self.status, self.tr("Your last save was undone."))

        self._store(before, undone)


def create_page(ctx, parent: QWidget | None = None) -> QWidget:
    return DiagnosisPage(ctx, parent)
