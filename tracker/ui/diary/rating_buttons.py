"""A 0-4 rating as five word buttons (none ... very severe), usable by keyboard alone.

The row takes focus as one control: digits 0-4 choose, Left/Right move, Delete clears.
The buttons themselves never take focus, so Tab moves straight to the next question.
Screen readers meet the row as one slider named by its question, whose description is the
chosen word ("2 moderate", or "not answered yet").
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAccessible, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QWidget

from tracker.domain import symptoms
from tracker.domain.symptoms import SCALE_MAX
from tracker.ui.common.announce import announce
from tracker.ui.common.flow_layout import FlowLayout
from tracker.ui.common.roles import SingleControlAccessible, install_role
from tracker.ui.diary.wording import scale_word

# The chosen one in the selection colours. Not bold: a bolder text is wider than the size the
# button was given and got clipped ("ever, shivers or feeling hot and col").
CHECKED_STYLE = ("QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                 " border: 2px solid palette(highlighted-text); border-radius: 3px; padding: 3px 6px; }")


class RatingButtons(QWidget):
    valueChanged = Signal(object)  # int | None
    #: A digit key chose a value: the form moves on to the next question.
    chosen = Signal(int)

    def __init__(self, attribute: str, parent: QWidget | None = None, term_id: str | None = None) -> None:
        install_role(RatingButtons, QAccessible.Role.Slider, SingleControlAccessible)
        super().__init__(parent)
        self.attribute = attribute
        self.term_id = term_id  # diarrhoea and vomiting count episodes in 24 hours
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_MacShowFocusRect, True)
        # The five words wrap onto a second line when the row is narrow (1024×600, large
        # text, long Spanish words) instead of being cut off.
        layout = FlowLayout(self, 4)
        layout.setContentsMargins(2, 2, 2, 2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so a second click can clear the choice
        self.buttons: list[QPushButton] = []
        term = symptoms.term(term_id) if term_id is not None else None
        # Episode counts ("4 to 6 above normal") already start with a number: no 0-4 prefix.
        counted = attribute == symptoms.FREQUENCY and term is not None and term.frequency_scale is not None
        for value in range(SCALE_MAX + 1):
            word = scale_word(attribute, value, term_id)
            # The reader's digits; episode counts ("4 to 6 above normal") already start with one.
            button = QPushButton(word if counted else f"{QLocale().toString(value)} {word}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, value)
            layout.addWidget(button)
            self.buttons.append(button)
        self.group.idClicked.connect(self._clicked)
        # The chosen word must stand out for tired eyes, not just look slightly pressed.
        self.setStyleSheet(CHECKED_STYLE)
        self._value: int | None = None
        self.setAccessibleDescription(self._spoken_value())

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:  # noqa: N802 - Qt naming
        if value is not None and not 0 <= value <= SCALE_MAX:
            return
        for index, button in enumerate(self.buttons):
            button.setChecked(index == value)
        if value != self._value:
            self._value = value
            self.setAccessibleDescription(self._spoken_value())
            if self.hasFocus():  # the reader says the new word at once, as it would for a slider's value
                announce(self, self._spoken_value())
            self.valueChanged.emit(value)

    def _spoken_value(self) -> str:
        if self._value is None:
            return self.tr("not answered yet")
        return f"{QLocale().toString(self._value)} {scale_word(self.attribute, self._value, self.term_id)}"


    def _clicked(self, value: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.setValue(None if self._value == value else value)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_0 + SCALE_MAX and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.setValue(key - Qt.Key.Key_0)
            self.chosen.emit(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            forward = self.layoutDirection() == Qt.LayoutDirection.LeftToRight or key == Qt.Key.Key_Up
            self._step(1 if forward else -1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            back = self.layoutDirection() == Qt.LayoutDirection.LeftToRight or key == Qt.Key.Key_Down
            self._step(-1 if back else 1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setValue(None)
        else:
            super().keyPressEvent(event)

    def _step(self, delta: int) -> None:
        current = -1 if self._value is None and delta > 0 else (SCALE_MAX + 1 if self._value is None else self._value)
        self.setValue(max(0, min(SCALE_MAX, current + delta)))

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.update()  # repaint the focus frame

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            pen = QPen(self.palette().highlight().color())
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()
