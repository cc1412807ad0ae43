"""One symptom in the log form: its name, the questions that fit it, where it hurts, errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from tracker.domain import symptoms
from tracker.domain.symptoms import SymptomRating
from tracker.ui.common import style
from tracker.ui.common.links import WhatIsThisLink
from tracker.ui.diary.rating_buttons import RatingButtons
from tracker.ui.diary.wording import ATTRIBUTE_QUESTIONS, ATTRIBUTE_QUESTIONS_WEEK, symptom_description, symptom_name


def error_label() -> QLabel:
    return style.error_label()


class SymptomRow(QFrame):
    removeRequested = Signal(str)
    #: The last question of this row was answered (the form moves focus on).
    finished = Signal(str)

    def __init__(self, ctx, term_id: str, *, weekly: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.term = symptoms.term(term_id)
        self.term_id = term_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        head = QHBoxLayout()
        title = QLabel(f"<b>{symptom_name(term_id)}</b>")
        title.setToolTip(symptom_description(term_id))
        title.setWordWrap(True)  # a long name at 200 % text wraps rather than widen the form
        head.addWidget(title)
        self.link = WhatIsThisLink(ctx, self.term.article_id, self.tr("Why am I asked this?"))
        head.addWidget(self.link)
        head.addStretch(1)
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove {symptom}").format(symptom=symptom_name(term_id)))
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self.term_id))
        head.addWidget(self.remove_button)
        grid.addLayout(head, 0, 0, 1, 2)
        desc = QLabel(symptom_description(term_id))
        desc.setWordWrap(True)
        style.tint(desc, "muted")
        grid.addWidget(desc, 1, 0, 1, 2)
        questions = ATTRIBUTE_QUESTIONS_WEEK if weekly else ATTRIBUTE_QUESTIONS
        self.ratings: dict[str, RatingButtons] = {}
        self.errors: dict[str, QLabel] = {}
        row = 2
        for attribute in self.term.attributes:
            label = QLabel(QCoreApplication.translate("SymptomScale", questions[attribute]))
            label.setWordWrap(True)
            buttons = RatingButtons(attribute, term_id=term_id)
            buttons.setAccessibleName(f"{symptom_name(term_id)}: {label.text()}")
            label.setBuddy(buttons)
            buttons.chosen.connect(lambda _v, a=attribute: self._answered(a))
            # The question above its answers: the five words get the row's whole width.
            grid.addWidget(label, row, 0, 1, 2)
            grid.addWidget(buttons, row + 1, 0, 1, 2)
            self.ratings[attribute] = buttons
            err = error_label()
            grid.addWidget(err, row + 2, 0, 1, 2)
            self.errors[attribute] = err
            row += 3
        self.location: QLineEdit | None = None
        if self.term.location:
            self.location = QLineEdit()
            self.location.setPlaceholderText(self.tr("For example: left hip, lower back"))
            where = QLabel(self.tr("Where?"))
            where.setBuddy(self.location)
            self.location.setAccessibleName(self.tr("Where is the {symptom}?").format(symptom=symptom_name(term_id)))
            grid.addWidget(where, row, 0)
            grid.addWidget(self.location, row, 1)
            self.errors["location"] = error_label()
            grid.addWidget(self.errors["location"], row + 1, 1)
        grid.setColumnStretch(1, 1)

    def first_control(self) -> QWidget:
        return next(iter(self.ratings.values()))

    def focus_chain(self) -> list[QWidget]:
        return [*self.ratings.values(), *([self.location] if self.location else []), self.link, self.remove_button]

    def _answered(self, attribute: str) -> None:
        order = list(self.ratings)
        value = self.ratings[attribute].value()
        if value is None:
            return
        index = order.index(attribute)
        if index == 0 and value == 0:
            self.finished.emit(self.term_id)  # "none": the other questions do not apply
        elif index + 1 < len(order):
            self.ratings[order[index + 1]].setFocus(Qt.FocusReason.TabFocusReason)
        elif self.location is not None:
            self.location.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.finished.emit(self.term_id)

    def rating(self) -> SymptomRating:
        values = {a: b.value() for a, b in self.ratings.items()}
        return SymptomRating(self.term_id, values.get("severity"), values.get("frequency"), values.get("interference"),
                             self.location.text() if self.location else None)

    def set_rating(self, rating: SymptomRating) -> None:
        for attribute, buttons in self.ratings.items():
            buttons.setValue(rating.value(attribute))
        if self.location is not None:
            self.location.setText(rating.location or "")

    def show_error(self, attribute: str, message: str) -> QWidget:
        label = self.errors.get(attribute) or next(iter(self.errors.values()))
        label.setText(message)
        label.show()
        return self.ratings.get(attribute) or self.location or self.first_control()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
