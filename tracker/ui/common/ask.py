"""Questions and messages without a nested event loop.

The static helpers (QMessageBox.question/warning/information, QInputDialog.getText) run a
second event loop until answered: timers, task-runner results and the auto-lock fire inside
it, under code half-way through. These open the box window-modal with open(), return at once,
and go on in a slot when the person answers. Each box deletes itself when closed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask(parent: QWidget, title: str, text: str, then: Callable[[], None], *,
        icon: QMessageBox.Icon = QMessageBox.Icon.Question,
        buttons: Button = Button.Yes | Button.No, default: Button = Button.NoButton, accept: Button = Button.Yes,
        otherwise: Callable[[], None] | None = None) -> QMessageBox:
    """Ask; `then` runs once she chose `accept`, `otherwise` (if given) on any other answer."""
    box = QMessageBox(icon, title, text, buttons, parent)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(code: int) -> None:
        # A box of standard buttons finishes with the chosen button's value (Esc: the No or Cancel
        # one); the slot holds no reference to the box, which deletes itself.
        if code == accept.value:
            then()
        elif otherwise is not None:
            otherwise()

    box.finished.connect(answered)
    box.open()
    return box


def inform(parent: QWidget, title: str, text: str) -> QMessageBox:
    """An information message with OK; nothing waits for it."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, Button.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask_text(parent: QWidget, title: str, label: str, text: str, then: Callable[[str], None]) -> QInputDialog:
    """Ask for a line of text (starting with `text`); `then` gets it once she pressed OK."""
    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.textValueSelected.connect(then)
    dialog.open()
    return dialog
