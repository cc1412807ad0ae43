"""The "How are you today?" card: a few symptoms, one click (or one digit key) per rating,
a temperature, Save.

Saving goes through `diary.log_symptoms` exactly as the symptom form does, and the new log
joins the session's diary undo history (`ctx.diary`, the diary use case), so the card's own
Undo, or Undo / Ctrl+Z in the Diary, takes it back. "More symptoms…" opens the full form
through the same use case. Alerts appear in the alert card above, which refreshes on "diary".

Keys: 0-4 rate the focused symptom and move on; after the last, focus goes to the
temperature; Enter there (or Ctrl+Enter anywhere in the card) saves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from tracker.domain import symptoms
from tracker.domain.errors import KnownError, ValidationError
from tracker.domain.measurements import Measurement
from tracker.domain.symptoms import SymptomRating
from tracker.services import diary, timeline
from tracker.ui.common import icons, style, units
from tracker.ui.common.announce import show_status
from tracker.ui.common.errors import known_message, show_error
from tracker.ui.common.journal_write import write
from tracker.ui.context import Change
from tracker.ui.diary.commands import AddedCommand, DeleteCommand
from tracker.ui.diary.controller import DiaryController, diary_controller
from tracker.ui.diary.rating_buttons import RatingButtons
from tracker.ui.diary.wording import number, symptom_name
from tracker.ui.plan import words

if TYPE_CHECKING:
    from tracker.ui.today.today_data import CheckInData


class CheckInCard(style.Card):
    saved = Signal(object)  # diary.LogResult

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How are you today?"), parent)
        self.ctx = ctx
        #: The session's diary use case: its undo history is the Diary's.
        self.diary: DiaryController = diary_controller(ctx, self)
        self.undo_stack = self.diary.undo
        self.term_ids: list[str] = []
        self.ratings: dict[str, RatingButtons] = {}
        self.last_log_id: int | None = None
        self.intro = style.label("", "body", tint_as="muted")
        self.body.addWidget(self.intro)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(style.space(3))
        self.grid.setVerticalSpacing(style.space(1))
        self.body.addWidget(self.grid_host)

        row = QHBoxLayout()
        row.setSpacing(style.space(2))
        temp_label = QLabel(self.tr("&Temperature:"))
        self.temperature = QLineEdit()
        self.temperature.setMaximumWidth(self.fontMetrics().horizontalAdvance("000.00") + style.space(6))
        self.temperature.setAccessibleName(self.tr("Temperature"))
        self.temperature.setPlaceholderText(number(37.0 if units.temperature_unit(ctx.data_dir) == "°C" else 98.6, 1))
        temp_label.setBuddy(self.temperature)
        self.unit = QLabel(units.temperature_unit(ctx.data_dir))
        self.temperature.returnPressed.connect(self.save)
        row.addWidget(temp_label)
        row.addWidget(self.temperature)
        row.addWidget(self.unit)
        row.addStretch(1)
        self.more_button = QPushButton(self.tr("More symptoms…"))
        self.more_button.setToolTip(self.tr("Open the full symptom form (Ctrl+N)"))
        self.more_button.clicked.connect(self._open_form)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Save these ratings (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.more_button)
        row.addWidget(self.save_button)
        icons.set_icon(self.more_button, "more")
        icons.set_icon(self.save_button, "save")
        self.body.addLayout(row)
        self.error = style.error_label()
        self.body.addWidget(self.error)
        done_row = QHBoxLayout()
        self.done = style.label("", "body", tint_as="ok")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take back what was just saved (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_last)
        done_row.addWidget(self.done, 1)
        done_row.addWidget(self.undo_button)
        self.body.addLayout(done_row)
        self.done.hide()
        self.undo_button.hide()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self, activated=self.save)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # The symptoms and names arrive with the Today page's read (`show`).

    # ---- content --------------------------------------------------------------------------
    def show(self, data: CheckInData) -> None:
        """Show what `today_data.load_checkin` read: who is entering and which symptoms to ask."""
        carer, patient = data.carer, data.patient
        if carer:
            # A carer is entering: every sentence speaks about the patient, not to her.
            self.set_title(self.tr("How is {name} today?").format(name=patient) if patient
                           else self.tr("How is she today?"))
            self.intro.setText(self.tr("{carer}, rate what you see or what {name} tells you: 0 none to 4 very "
                                       "severe. Saved as entered by you (carer-reported).").format(
                carer=carer, name=patient or self.tr("the patient")))
        else:
            self.set_title(self.tr("How are you today?"))
            self.intro.setText(self.tr("One click per symptom: 0 none to 4 very severe. These are your own "
                                       "patient-reported ratings."))
        chosen = list(data.term_ids)
        if chosen == self.term_ids:
            return
        for widget in [*self.ratings.values(), *self.findChildren(QLabel, "checkinName")]:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.ratings.clear()
        self.term_ids = chosen
        for row, term_id in enumerate(chosen):
            term = symptoms.term(term_id)
            attribute = term.attributes[0] if term else "severity"
            name = QLabel(symptom_name(term_id))
            name.setObjectName("checkinName")
            name.setWordWrap(True)
            buttons = RatingButtons(attribute, term_id=term_id)
            buttons.setAccessibleName(symptom_name(term_id))
            name.setBuddy(buttons)
            buttons.chosen.connect(lambda _v, r=row: self._move_on(r))
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(buttons, row, 1)
            self.ratings[term_id] = buttons
        self.grid.setColumnStretch(1, 1)
        chain = [*self.ratings.values(), self.temperature, self.more_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _move_on(self, row: int) -> None:
        targets = list(self.ratings.values())
        (targets[row + 1] if row + 1 < len(targets) else self.temperature).setFocus(Qt.FocusReason.TabFocusReason)

    def _open_form(self) -> None:
        self.diary.log_symptoms()

    # ---- saving ---------------------------------------------------------------------------
    def entries(self) -> list:
        entries: list = []
        for term_id, buttons in self.ratings.items():
            value = buttons.value()
            if value is None:
                continue
            attribute = buttons.attribute
            entries.append(SymptomRating(term_id, value if attribute == "severity" else None,
                                         value if attribute == "frequency" else None,
                                         value if attribute == "interference" else None))
        text = self.temperature.text().strip()
        if text:
            value, ok = QLocale().toDouble(text)
            if not ok:
                value, ok = QLocale.c().toDouble(text.replace(",", "."))
            if not ok:
                raise ValidationError(self.tr("Please type the temperature as a number, for example {example}.").format(
                    example=number(37.5 if self.unit.text() == "°C" else 99.5, 1)), field="temperature")
            entries.append(Measurement("temperature", value, self.unit.text()))
        return entries

    def save(self) -> None:
        """Save on the task runner; Save stays off until it is written, what was typed stays on a refusal."""
        self.error.hide()
        try:
            entries = self.entries()
            if not entries:
                raise ValidationError(self.tr("Choose a rating for at least one symptom, or type a temperature."),
                                      field="symptoms")
        except ValidationError as exc:
            self._refused(exc)
            return
        journal, clock, chosen = self.ctx.journal, self.ctx.clock, self.ctx.current_person_id
        if journal is None or not self.save_button.isEnabled():
            return  # locking, or a save under way
        at = clock.now()

        def work():
            # Nobody chosen in "Entering as": whoever entered last.
            who = chosen or diary.last_person_id(journal)
            return diary.log_symptoms(journal, entries, who, at, clock, banner=True)

        self.save_button.setEnabled(False)
        write(work, owner=self, on_saved=self._saved, on_refused=self._refused)

    def _refused(self, exc: KnownError) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.error.setText(known_message(exc))
            self.error.show()
            (self.temperature if exc.field == "temperature" else self.save_button).setFocus()
            return
        show_error(self, exc)

    def _saved(self, result) -> None:
        self.save_button.setEnabled(True)
        self.diary.symptoms_logged(result.log_id)
        self.last_log_id = result.log_id
        for buttons in self.ratings.values():
            buttons.setValue(None)
        self.temperature.clear()
        show_status(self.done, self.tr("Saved at {time}. It is in your diary.").format(
            time=words.time_text(self.ctx.clock.now().time())))
        self.done.show()
        self.undo_button.show()
        self.saved.emit(result)
        self.ctx.events.notify(Change.DIARY, alerts=result.cards)

    def undo_last(self) -> None:
        if self.last_log_id is None:
            return
        stack = self.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if isinstance(top, AddedCommand) and top.kind == timeline.SYMPTOMS and top.item_id == self.last_log_id:
            stack.undo()
        else:  # something else was done since: delete this log, itself undoable
            stack.push(DeleteCommand(self.ctx, timeline.SYMPTOMS, self.last_log_id))
        self.last_log_id = None
        self.done.setText(self.tr("Taken back: that check-in is no longer in your diary."))
        self.undo_button.hide()
