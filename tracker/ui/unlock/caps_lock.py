"""Caps Lock hint: Qt has no portable Caps Lock query, so infer it from typed letters."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent


class CapsLockWatcher(QObject):
    """Install on a line edit; `changed(bool)` says whether Caps Lock seems to be on."""

    changed = Signal(bool)

    def __init__(self, target: QObject) -> None:
        super().__init__(target)
        self.caps_on = False
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                caps = text.isupper() != shift
                if caps != self.caps_on:
                    self.caps_on = caps
                    self.changed.emit(caps)
        return False
