"""The "Log symptoms" form (Ctrl+N) and the weekly check-in.

Keyboard path (under 30 s): type a few letters of a symptom, Enter; press 0-4 for each
question (focus moves on by itself, back to the symptom box after the last one); Alt+T
temperature, Alt+W weight, Alt+O note, Alt+H when; Ctrl+Enter saves, Esc cancels (and asks
first when something was entered, so nothing typed is lost by a slip of the finger).
Suggested symptoms (from the current drugs) are buttons: Space adds or removes one.
The main window's Ctrl+N / Ctrl+K open it through the session's diary use case (ctx.diary),
so every log saved from it can be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QLocale, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import symptoms
from tracker.domain.errors import KnownError, ValidationError
from tracker.domain.measurements import CELSIUS, FAHRENHEIT, KG, LB, Measurement
from tracker.services import diary
from tracker.ui.common.announce import announce, attach_error
from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.discard import AsksBeforeDiscarding
from tracker.ui.common.errors import known_message, show_error
from tracker.ui.common.flow_layout import FlowLayout
from tracker.ui.common.journal_write import write
from tracker.ui.common.links import WhatIsThisLink
from tracker.ui.context import Change
from tracker.ui.diary import diary_data
from tracker.ui.diary.rating_buttons import CHECKED_STYLE
from tracker.ui.diary.symptom_row import SymptomRow, error_label
from tracker.ui.diary.when_picker import WhenPicker
from tracker.ui.diary.wording import number, symptom_name
from tracker.ui.main.person_switch import PERSON_ID_ROLE, PeopleModel

#: Symptoms the weekly check-in opens at once; the other suggestions wait behind "More symptoms…".
WEEKLY_OPEN = 6


def imperial_locale() -> bool:
    """The computer's region uses US units (the default when no unit was chosen yet)."""
    from tracker.ui.common import units

    return units.region_is_us_customary()


class SymptomForm(AsksBeforeDiscarding, QDialog):
    """Opens at once and fills in when what it needs (people, suggestions) has been read on the
    task runner (`is_filled`); until then its fields and Save are off. Save writes on the task
    runner too, and the form closes once the log is in the journal."""

    saved = Signal(object)  # diary.LogResult (new logs only)
    edited = Signal(object)  # the values an edit wrote (edits only)

    def __init__(self, ctx, parent: QWidget | None = None, *, weekly: bool = False,
                 detail: diary.LogDetail | None = None,
                 on_edit: Callable[[dict], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.weekly = weekly or bool(detail and detail.recall_days == 7)
        self.detail = detail
        self.on_edit = on_edit
        self.rows: dict[str, SymptomRow] = {}
        self.data: diary_data.SymptomFormData | None = None
        #: Save was pressed and the log is being written: the form closes once it is.
        self.writing = False
        self._error_fields: list[QWidget] = []  # fields whose accessible description holds an error
        self.setWindowTitle(self._title())
        fit_to_screen(self, 760, 720)
        outer = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)

        body = self.body = QWidget()
        body.setEnabled(False)  # until the people and suggestions are read
        self.body_layout = QVBoxLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self._build_person(self.body_layout)
        self._build_symptom_picker(self.body_layout)
        self.person.currentIndexChanged.connect(self._who_changed)
        self._who_changed()
        self.rows_box = QVBoxLayout()
        self.body_layout.addLayout(self.rows_box)
        self.symptoms_error = error_label()
        self.body_layout.addWidget(self.symptoms_error)
        self._build_measurements(self.body_layout)
        self.body_layout.addStretch(1)

        self.general_error = error_label()
        outer.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setAutoDefault(False)
        self.save_button.setEnabled(False)  # until filled in
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.cancel)
        outer.addWidget(buttons)
        self.button_box = buttons
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        if detail is not None:
            self._load(detail)
        self._read(ctx)

    def _read(self, ctx) -> None:
        """Read what the form opens with on the task runner; it fills in when read."""
        journal, clock = ctx.journal, ctx.clock
        if journal is None:  # locking: the form goes with the window
            return
        weekly_new = self.weekly and self.detail is None
        op = BackgroundOp(
            lambda _progress: diary_data.load_symptom_form(journal, clock, weekly=weekly_new, opened_limit=WEEKLY_OPEN),
            on_success=self._fill, key=f"symptom-form-{id(self)}", parent=self)
        op.finished.connect(op.deleteLater)
        op.start()

    def is_filled(self) -> bool:
        return self.data is not None

    def _fill(self, data: diary_data.SymptomFormData) -> None:
        self.data = data
        self.people_model.set_people(list(data.people))
        chosen = self.ctx.current_person_id
        if self.detail is not None:
            chosen = self.detail.entered_by_id
        elif chosen is None:
            chosen = data.last_person_id
        self.person.setCurrentIndex(max(0, self.people_model.row_of(chosen)))
        for term_id in data.suggested:
            self._add_chip(term_id)
        self.body.setEnabled(True)
        self.save_button.setEnabled(True)
        self._who_changed()
        self._fix_tab_order()
        if self.detail is None and self.weekly:
            # A short check-in: what she rated lately and her drugs' side effects first, the
            # other suggestions one click away (13 open symptoms were ~30 ratings). What usually
            # follows a recent radiotherapy course is always asked (diary_data.load_symptom_form).
            for term_id in data.opened:
                self.add_term(term_id)
            self._show_more_button()
            if self.rows:
                next(iter(self.rows.values())).first_control().setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- building -------------------------------------------------------------------------
    def _title(self) -> str:
        if self.detail is not None:
            return self.tr("Edit symptom log")
        return self.tr("Weekly check-in") if self.weekly else self.tr("Log symptoms")

    def _carer(self) -> tuple[bool, str]:
        """(a carer is entering, the patient's name) for the person chosen in "Entered by"."""
        if self.data is None:
            return False, ""
        chosen = self.person.currentData(PERSON_ID_ROLE)
        who = next((p for p in self.data.people if p.id == chosen), None)
        return (who is not None and not who.is_patient), self.data.patient

    def _intro(self) -> str:
        if self.data is None:
            return ""  # not "you" for a moment when a carer is entering
        carer, patient = self._carer()
        if carer and self.weekly:
            return self.tr("Think back over the past 7 days for {name}. Rate each symptom from 0 (none) to 4, from "
                           "what you saw or what {name} told you. These are carer-reported ratings.").format(name=patient)
        if carer:
            return self.tr("Add how {name} feels now, or earlier. Rate each symptom from 0 (none) to 4, from what "
                           "you see or what {name} tells you. These are carer-reported ratings.").format(name=patient)
        if self.weekly:
            return self.tr("Think back over the past 7 days. Rate each symptom from 0 (none) to 4. "
                           "These are your own patient-reported ratings; there are no wrong answers.")
        return self.tr("Add how you feel now, or earlier. Rate each symptom from 0 (none) to 4. "
                       "These are your own patient-reported ratings; there are no wrong answers.")

    def _suggested_heading(self) -> str:
        if self.data is None:
            return ""
        carer, patient = self._carer()
        if carer:
            return self.tr("<b>Suggested for {name}</b> (side effects of the current treatment first)").format(
                name=escape(patient))
        return self.tr("<b>Suggested for you</b> (side effects of your current treatment first)")

    def _who_changed(self) -> None:
        self.intro.setText(self._intro())
        self.suggested_label.setText(self._suggested_heading())

    def has_entries(self) -> bool:
        """Anything typed or chosen that would be lost by closing."""
        rated = any(b.value() is not None for row in self.rows.values() for b in row.ratings.values())
        typed = any(w.text().strip() for w in (self.temperature, self.weight))
        return rated or typed or bool(self.note.toPlainText().strip())

    def has_changes(self) -> bool:
        """What the discard question (ui/common/discard.py) asks about: entries in a new log.
        (Not the mixin's compare-with-shown: the form fills in after it is shown.)"""
        return self.detail is None and self.has_entries()

    def cancel(self) -> None:
        """Esc or Cancel: ask first when something was entered, without a nested event loop (not
        while it is being saved: that save goes on whatever she answers, and the form closes
        once it is written)."""
        if not self.writing:
            self.reject()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
                and self.search.text().strip()):
            self._picked(self.search.text())
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # The window's close button while the save is being written: it closes once written.
        # Otherwise the discard mixin asks (the app closing it, at the lock, never asks).
        if event.spontaneous() and self.writing:
            event.ignore()
            return
        super().closeEvent(event)

    def _build_person(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        label = QLabel(self.tr("&Entered by:"))
        self.person = QComboBox()
        self.people_model = PeopleModel(self)  # filled when read (_fill)
        self.person.setModel(self.people_model)
        label.setBuddy(self.person)
        row.addWidget(label)
        row.addWidget(self.person)
        row.addStretch(1)
        layout.addLayout(row)
        self.person_error = error_label()
        layout.addWidget(self.person_error)

    def _build_symptom_picker(self, layout: QVBoxLayout) -> None:
        self.suggested_label = QLabel()
        self.suggested_label.setWordWrap(True)  # large text: it scrolled the form sideways
        layout.addWidget(self.suggested_label)
        # Chips wrap to the width there is (a grid of four clipped long names).
        chips_host = QWidget()
        self.chips_grid = FlowLayout(chips_host, 6)
        self.chips: dict[str, QPushButton] = {}  # the suggestions, once read (_fill)
        layout.addWidget(chips_host)
        self.more_button = QPushButton(self.tr("More symptoms…"))
        self.more_button.setToolTip(self.tr("Rate the other suggested symptoms too"))
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.open_more)
        self.more_button.hide()
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeading)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Add another symptom:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a few letters, then press Enter"))
        label.setBuddy(self.search)
        self._names = {symptom_name(t.id): t.id for t in symptoms.terms()}
        completer = QCompleter(QStringListModel(sorted(self._names, key=str.casefold), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._picked)
        self.search.setCompleter(completer)
        # Enter on a symptom's name picks it and goes no further (a Save pressed by the same
        # Enter, on a row not rated yet, was refused the moment the row opened); in the empty
        # box Enter still saves.
        self.search.installEventFilter(self)
        row.addWidget(label)
        row.addWidget(self.search, 1)
        layout.addLayout(row)
        self.search_error = error_label()
        layout.addWidget(self.search_error)

    def _add_chip(self, term_id: str) -> None:
        chip = QPushButton(symptom_name(term_id))
        chip.setCheckable(True)
        chip.setAutoDefault(False)
        chip.setStyleSheet(CHECKED_STYLE)
        chip.setChecked(term_id in self.rows)  # an edited log's symptoms are loaded first
        chip.toggled.connect(lambda on, t=term_id: self.add_term(t) if on else self.remove_term(t))
        self.chips_grid.addWidget(chip)
        # Shown now, not on the next event loop turn (a layout shows a widget added to a visible
        # parent only then): once filled, a chip takes focus and Space at once.
        chip.show()
        self.chips[term_id] = chip

    def _build_measurements(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # 200 % text: fields go under labels
        from tracker.ui.common import units

        self.temperature, self.temp_unit, self.temperature_error = self._number_field(
            (CELSIUS, FAHRENHEIT), units.temperature_unit(self.ctx.data_dir), self.tr("Temperature"))
        temp_row = QHBoxLayout()
        temp_row.addWidget(self.temperature)
        temp_row.addWidget(self.temp_unit)
        temp_row.addWidget(WhatIsThisLink(self.ctx, "infection-and-fever", self.tr("Why am I asked this?")))
        temp_row.addStretch(1)
        temp_label = QLabel(self.tr("&Temperature:"))
        temp_label.setBuddy(self.temperature)
        form.addRow(temp_label, temp_row)
        form.addRow("", self.temperature_error)
        self.weight, self.weight_unit, self.weight_error = self._number_field(
            (KG, LB), units.weight_unit(self.ctx.data_dir), self.tr("Weight"))
        weight_row = QHBoxLayout()
        weight_row.addWidget(self.weight)
        weight_row.addWidget(self.weight_unit)
        weight_row.addStretch(1)
        weight_label = QLabel(self.tr("&Weight:"))
        weight_label.setBuddy(self.weight)
        form.addRow(weight_label, weight_row)
        form.addRow("", self.weight_error)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        # Three lines at any text size (a fixed pixel height clipped large text).
        self.note.setFixedHeight(3 * self.note.fontMetrics().lineSpacing() + 12)
        self.note.setPlaceholderText(self.tr("Anything else: what helped, what made it worse"))
        note_label = QLabel(self.tr("N&ote:"))
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        self.note_error = error_label()
        form.addRow("", self.note_error)
        self.when = WhenPicker(self.ctx.clock)
        when_label = QLabel(self.tr("W&hen:"))
        when_label.setBuddy(self.when.choice)
        form.addRow(when_label, self.when)
        self.time_error = error_label()
        form.addRow("", self.time_error)
        if self.weekly and self.detail is None:
            self.when.setEnabled(False)  # a check-in is about the 7 days up to now
        layout.addLayout(form)

    def _number_field(self, units, default, name):
        edit = QLineEdit()
        edit.setMaximumWidth(110)
        edit.setAccessibleName(name)
        unit = QComboBox()
        unit.addItems(list(units))
        unit.setCurrentText(default)
        unit.setAccessibleName(self.tr("{name} unit").format(name=name))
        return edit, unit, error_label()

    # ---- symptoms ---------------------------------------------------------------------------
    def _match(self, text: str) -> str | None:
        text = text.strip().casefold()
        if not text:
            return None
        for name, term_id in self._names.items():
            if name.casefold() == text:
                return term_id
        starts = [t for n, t in self._names.items() if n.casefold().startswith(text)]
        contains = [t for n, t in self._names.items() if text in n.casefold()]
        english = [t.id for t in symptoms.search(text)]
        for found in (starts, contains, english):
            if found:
                return found[0]
        return None

    def _picked(self, text: str) -> None:
        if not text.strip():
            return
        term_id = self._match(text)
        if term_id is None:
            self.search_error.setText(self.tr("No symptom matches that. Try other words, or write it in the note."))
            self.search_error.show()
            return
        self.search_error.hide()
        self.add_term(term_id)
        QTimer.singleShot(0, self.search.clear)  # after the completer has written its text

    def add_term(self, term_id: str) -> SymptomRow:
        row = self.rows.get(term_id)
        if row is None:
            row = SymptomRow(self.ctx, term_id, weekly=self.weekly)
            row.removeRequested.connect(self.remove_term)
            row.finished.connect(self._row_finished)
            self.rows[term_id] = row
            self.rows_box.addWidget(row)
            row.show()  # now, not on the next event loop turn, so focus can move into it at once
            chip = self.chips.get(term_id)
            if chip is not None and not chip.isChecked():
                chip.blockSignals(True)
                chip.setChecked(True)
                chip.blockSignals(False)
            self.symptoms_error.hide()
            self._fix_tab_order()
        row.first_control().setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def _more_terms(self) -> list[str]:
        return [t for t in self.chips if t not in self.rows]

    def _show_more_button(self) -> None:
        self.more_button.setVisible(self.weekly and self.detail is None and bool(self._more_terms()))

    def open_more(self) -> None:
        """The weekly check-in's other suggested symptoms, each as a row to rate."""
        more = self._more_terms()
        for term_id in more:
            self.add_term(term_id)
        self.more_button.hide()
        if more:
            self.rows[more[0]].first_control().setFocus(Qt.FocusReason.OtherFocusReason)

    def _row_finished(self, term_id: str) -> None:
        """Move on to the next symptom still to rate, or back to the symptom box."""
        order = list(self.rows)
        for later in order[order.index(term_id) + 1:]:
            row = self.rows[later]
            if all(b.value() is None for b in row.ratings.values()):
                row.first_control().setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.search.setFocus(Qt.FocusReason.TabFocusReason)

    def _fix_tab_order(self) -> None:
        """Rows are created last but sit between the symptom box and the measurements."""
        chain: list[QWidget] = [self.person, *self.chips.values(), self.search]
        for row in self.rows.values():
            chain += row.focus_chain()
        chain += [self.temperature, self.temp_unit, self.weight, self.weight_unit, self.note, self.when.choice,
                  self.when.edit, *self.button_box.buttons()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def remove_term(self, term_id: str) -> None:
        row = self.rows.pop(term_id, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        chip = self.chips.get(term_id)
        if chip is not None and chip.isChecked():
            chip.blockSignals(True)
            chip.setChecked(False)
            chip.blockSignals(False)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- values -----------------------------------------------------------------------------
    def _number(self, edit: QLineEdit, field: str) -> float | None:
        text = edit.text().strip()
        if not text:
            return None
        value, ok = QLocale().toDouble(text)
        if not ok:
            value, ok = QLocale.c().toDouble(text.replace(",", "."))
        if not ok:
            raise ValidationError(self.tr("Please type a number, for example {example}.").format(
                example=number(37.5 if field == "temperature" else 64.5)), field=field)
        return value

    def values(self) -> dict:
        entries: list = [row.rating() for row in self.rows.values()]
        temperature = self._number(self.temperature, "temperature")
        if temperature is not None:
            entries.append(Measurement("temperature", temperature, self.temp_unit.currentText()))
        weight = self._number(self.weight, "weight")
        if weight is not None:
            entries.append(Measurement("weight", weight, self.weight_unit.currentText()))
        return {"entries": entries, "entered_by": self.person.currentData(PERSON_ID_ROLE),
                "occurred_at": self.when.when(), "note": self.note.toPlainText()}

    def _load(self, detail: diary.LogDetail) -> None:
        for rating in detail.ratings:
            self.add_term(rating.term_id).set_rating(rating)
        for m in detail.measurements:
            if m.kind == "temperature":
                self.temperature.setText(number(m.value, 2))
                self.temp_unit.setCurrentText(m.unit)
            elif m.kind == "weight":
                self.weight.setText(number(m.value, 2))
                self.weight_unit.setCurrentText(m.unit)
        self.note.setPlainText(detail.note or "")
        self.when.set_when(detail.occurred_at)

    # ---- saving -----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in (self.symptoms_error, self.temperature_error, self.weight_error, self.note_error,
                      self.time_error, self.person_error, self.general_error, self.search_error):
            label.hide()
        for row in self.rows.values():
            row.clear_errors()
        for field in self._error_fields:
            attach_error(field, "")
        self._error_fields.clear()

    def show_validation(self, exc: ValidationError) -> None:
        message = known_message(exc)
        target: QWidget | None = None
        field = exc.field or ""
        labels = {"temperature": (self.temperature_error, self.temperature), "weight": (self.weight_error, self.weight),
                  "time": (self.time_error, self.when.choice), "note": (self.note_error, self.note),
                  "symptoms": (self.symptoms_error, self.search), "entered_by": (self.person_error, self.person)}
        if field in labels:
            label, target = labels[field]
            label.setText(message)
            label.show()
        elif "." in field and field.split(".", 1)[0] in self.rows:
            term_id, attribute = field.split(".", 1)
            target = self.rows[term_id].show_error(attribute, message)
        else:
            self.general_error.setText(message)
            self.general_error.show()
        if target is not None:
            attach_error(target, message)
            self._error_fields.append(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self, message, assertive=True)

    def save(self) -> None:
        """Write on the task runner; the form closes once written, or shows why not and keeps
        what was typed. Save is off meanwhile."""
        if not self.save_button.isEnabled():  # not filled in yet, or the write under way
            return
        self.clear_errors()
        journal, clock = self.ctx.journal, self.ctx.clock
        try:
            values = self.values()
        except ValidationError as exc:
            self.show_validation(exc)
            return
        if journal is None:
            return
        if self.detail is not None and self.on_edit is not None:
            on_edit = self.on_edit

            def work():
                on_edit(values)  # the edit's write (validates first)
        else:
            recall = diary.WEEKLY_RECALL_DAYS if self.weekly else 1

            def work():
                return diary.log_symptoms(journal, values["entries"], values["entered_by"], values["occurred_at"],
                                          clock, note=values["note"], recall_days=recall, banner=True)
        self._set_writing(True)
        write(work, owner=self, on_saved=lambda result: self._saved(values, result), on_refused=self._refused,
              on_done=lambda: self._set_writing(False))

    def _set_writing(self, writing: bool) -> None:
        """Save and Cancel are off while the log is written (as in the Plan's forms)."""
        self.writing = writing
        self.button_box.setEnabled(not writing)
        self.save_button.setEnabled(not writing)

    def _refused(self, exc: KnownError) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_validation(exc)
        else:
            show_error(self, exc)

    def _saved(self, values: dict, result: diary.LogResult | None) -> None:
        self.save_button.setEnabled(True)
        self.ctx.current_person_id = values["entered_by"]
        if result is not None:
            self.saved.emit(result)
        else:
            self.edited.emit(values)
        # A new log carries the banner's cards (checked once, by the save); an edit is read again.
        self.ctx.events.notify(Change.DIARY, alerts=result.cards if result is not None else None)
        # Spoken from the window underneath: this dialog is about to close.
        announce(self.parentWidget() or self, self.tr("Saved in your diary."))
        self.accept()


def fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """Start at `width`×`height`, but never larger than the screen's free area: the form
    scrolls inside while Save and Cancel stay on screen at 1024×600."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() - 40), min(height, free.height() - 60)
    dialog.resize(width, height)

