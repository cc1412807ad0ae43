"""The two rows both sharing dialogs ask for — "Folder: [path] Choose…" and "Your passphrase:" —
with an error line under each, checked the same way before any work starts.

Used by Settings → Sharing → "Share this journal…" and the unlock window's "Open a shared
journal…"; each dialog words its own explanations and runs its own service call.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from tracker.ui.common import style
from tracker.ui.common.announce import attach_error, show_status
from tracker.ui.common.ask import choose_file


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharedFolderFields", text)


class SharedFolderFields:
    def __init__(self, owner: QWidget, form: QFormLayout, *, placeholder: str) -> None:
        self.owner = owner
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(placeholder)
        self.choose_button = QPushButton(_tr("C&hoose…"))
        self.choose_button.setAccessibleName(_tr("Choose the shared folder"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        form.addRow(style.label(_tr("&Folder:"), wrap=False, buddy=self.folder), row)
        self.folder_error = style.error_label()
        form.addRow("", self.folder_error)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(style.label(_tr("Your &passphrase:"), wrap=False, buddy=self.passphrase), self.passphrase)
        self.passphrase_error = style.error_label()
        form.addRow("", self.passphrase_error)
        self.choose_button.clicked.connect(self.choose_folder)

    def widgets(self) -> list[QWidget]:
        return [self.folder, self.choose_button, self.passphrase]

    def choose_folder(self) -> None:
        start = self.folder.text().strip() or str(Path.home())
        choose_file(self.owner, _tr("Choose the shared folder"), start, "",
                    lambda chosen, _filter: self.folder.setText(chosen), folder=True)

    def show_error(self, label: QLabel, field: QWidget, text: str) -> None:
        attach_error(field, text)
        label.show()
        show_status(label, text, assertive=True)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def folder_problem(self, text: str) -> None:
        self.show_error(self.folder_error, self.folder, text)

    def passphrase_problem(self, text: str) -> None:
        self.show_error(self.passphrase_error, self.passphrase, text)

    def clear_errors(self) -> None:
        for label, field in ((self.folder_error, self.folder), (self.passphrase_error, self.passphrase)):
            label.hide()
            attach_error(field, "")

    def checked(self, *, no_folder: str, missing_folder: str) -> tuple[Path, str] | None:
        """The folder and passphrase when both are there (the folder existing); otherwise the
        problem is shown next to its field and None returned."""
        self.clear_errors()
        folder = self.folder.text().strip()
        if not folder:
            self.folder_problem(no_folder)
            return None
        if not Path(folder).is_dir():
            self.folder_problem(missing_folder)
            return None
        passphrase = self.passphrase.text()
        if not passphrase:
            self.passphrase_problem(_tr("Type your passphrase first."))
            return None
        return Path(folder), passphrase
