"""Import a JSON export as a new journal: its name and a passphrase for it.

The dialog collects and checks the form; the caller runs the import in the background.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.backup.progress_message import ProgressAndMessage
from tracker.ui.common import style
from tracker.ui.wizard.strength import add_new_passphrase_rows


class ImportDialog(ProgressAndMessage, QDialog):
    #: (name, passphrase)
    submitted = Signal(str, str)

    def __init__(self, file_name: str, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import as a new journal"))
        self.setMinimumWidth(540)  # the passphrase hint fits on two lines
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "“{file}” will become a new, separate journal, encrypted with the passphrase you choose here. "
            "Your current journal is not changed.").format(file=file_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(suggested_name)
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("Leave empty to use the name saved in the file"))
        rows = add_new_passphrase_rows(form, (self.tr("&Name or nickname:"), self.name_edit),
                                       self.tr("New &passphrase:"), self.tr("Type it &again:"))
        self.first, self.second, self.strength = rows.first, rows.second, rows.strength
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        style.tint(self.message, "error")
        self.message.hide()
        layout.addWidget(self.message)
        self.busy = QProgressBar()
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.busy.setAccessibleName(self.tr("Importing"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.first.setFocus()

    def _submit(self) -> None:
        from tracker.domain.errors import ValidationError
        from tracker.services.journals import validate_new_passphrase

        try:
            validate_new_passphrase(self.first.text(), self.second.text())
        except ValidationError as exc:
            from tracker.ui.common.errors import known_message

            self.show_error(known_message(exc))
            return
        self.set_busy(True)
        self.submitted.emit(self.name_edit.text().strip(), self.first.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy.setValue(0)
        for widget in (self.name_edit, self.first, self.second, self.import_button):
            widget.setEnabled(not busy)
        if busy:
            self.message.hide()

