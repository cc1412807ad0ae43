"""Questions and messages without a nested event loop.

The static helpers (QMessageBox.question/warning/information, QInputDialog.getText) run a
second event loop until answered: timers, task-runner results and the auto-lock fire inside
it, under code half-way through. These open the box window-modal with open(), return at once,
and go on in a slot when the person answers. Each box deletes itself when closed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

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


def choose_file(parent: QWidget, title: str, start: str, name_filter: str, then: Callable[[str, str], None], *,
                save: bool = False, folder: bool = False) -> QFileDialog:
    """Choose a file to save (`save`), an existing file, or a folder (`folder`), starting at
    `start` (a folder, or a file name to suggest); `then` gets the path and the name filter
    chosen, once she pressed Save or Open. The platform's own dialog is used where there is one."""
    dialog = QFileDialog(parent, title, start, name_filter)
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    elif save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # The slots hold no reference to the dialog, which deletes itself.
    chosen_filter = [name_filter.split(";;")[0]]
    dialog.filterSelected.connect(lambda selected: chosen_filter.__setitem__(0, selected))
    dialog.fileSelected.connect(lambda path: then(path, chosen_filter[0]) if path else None)
    dialog.open()
    return dialog
