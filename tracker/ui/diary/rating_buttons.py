"""A 0-4 rating as five word buttons (none ... very severe), usable by keyboard alone.

The row takes focus as one control: digits 0-4 choose, Left/Right move, Delete clears.
The buttons themselves never take focus, so Tab moves straight to the next question.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from tracker.domain.symptoms import SCALE_MAX
from tracker.ui.diary.wording import scale_word

CHECKED_STYLE = ("QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                 " font-weight: bold; border: 1px solid palette(dark); border-radius: 3px; padding: 4px; }")


class RatingButtons(QWidget):
    valueChanged = Signal(object)  # int | None
    #: A digit key chose a value: the form moves on to the next question.
    chosen = Signal(int)

    def __init__(self, attribute: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attribute = attribute
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_MacShowFocusRect, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so a second click can clear the choice
        self.buttons: list[QPushButton] = []
        for value in range(SCALE_MAX + 1):
            button = QPushButton(f"{value} {scale_word(attribute, value)}")
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

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:  # noqa: N802 - Qt naming
        if value is not None and not 0 <= value <= SCALE_MAX:
            return
        for index, button in enumerate(self.buttons):
            button.setChecked(index == value)
        if value != self._value:
            self._value = value
            self.setAccessibleDescription(scale_word(self.attribute, value))
            self.valueChanged.emit(value)

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
