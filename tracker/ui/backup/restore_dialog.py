"""Restore: say in plain words what will happen, and ask for the backup's passphrase or recovery key.

The dialog only collects; the caller checks the backup in the background and calls
`show_error()` (the dialog stays open to try again) or `accept()`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.backup.progress_message import ProgressAndMessage
from tracker.ui.common import style


class RestoreDialog(ProgressAndMessage, QDialog):
    #: (secret, use_recovery_key) when the person presses Restore
    submitted = Signal(str, bool)

    def __init__(self, when_text: str, *, as_new: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        if as_new:
            title = self.tr("Add the journal from this backup ({when})?").format(when=when_text)
            paragraphs = [self.tr(
                "This backup is of a different journal. It will be added as a separate journal that you can "
                "open from the start screen. Your current journal is not changed.")]
        else:
            title = self.tr("Restore the backup from {when}?").format(when=when_text)
            paragraphs = [
                self.tr("Your journal will go back to how it was on {when}. Anything entered after that will "
                        "not be in it.").format(when=when_text),
                self.tr("Nothing is thrown away: the journal as it is now is first kept in a separate folder. "
                        "The backup is checked completely before anything changes."),
            ]
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.explanations = []
        for text in paragraphs:
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
            self.explanations.append(label)

        self.use_passphrase = QRadioButton(self.tr("Use the &passphrase"))
        self.use_recovery = QRadioButton(self.tr("Use the recovery &key"))
        self.use_passphrase.setChecked(True)
        layout.addWidget(self.use_passphrase)
        layout.addWidget(self.use_recovery)
        form = QFormLayout()
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label = QLabel()
        self.secret_label.setBuddy(self.secret_edit)
        form.addRow(self.secret_label, self.secret_edit)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.message = QLabel()
        self.message.setWordWrap(True)
        style.tint(self.message, "error")
        self.message.hide()
        layout.addWidget(self.message)
        self.busy = QProgressBar()
        self.busy.setRange(0, 100)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.busy.setAccessibleName(self.tr("Checking the backup"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        label = self.tr("&Add journal") if as_new else self.tr("&Restore")
        self.restore_button = self.buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setDefault(True)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.use_passphrase.toggled.connect(self._mode_changed)
        self.secret_edit.textChanged.connect(self._update_button)
        self._mode_changed()

    def _mode_changed(self) -> None:
        if self.use_recovery.isChecked():
            self.secret_label.setText(self.tr("Recovery &key:"))
            self.secret_edit.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.secret_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            self.hint.setText(self.tr("The recovery key you printed or saved when you created the journal."))
        else:
            self.secret_label.setText(self.tr("Pass&phrase:"))
            self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret_edit.setFont(self.font())
            self.secret_edit.setPlaceholderText("")
            self.hint.setText(self.tr("The passphrase the journal had when this backup was made."))
        self.secret_edit.setFocus()
        self._update_button()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(bool(self.secret_edit.text().strip()) and not self.busy.isVisible())

    def _submit(self) -> None:
        if not self.secret_edit.text().strip():
            return
        self.set_busy(True)
        self.submitted.emit(self.secret_edit.text(), self.use_recovery.isChecked())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy.setValue(0)
        self.secret_edit.setEnabled(not busy)
        self.use_passphrase.setEnabled(not busy)
        self.use_recovery.setEnabled(not busy)
        self.message.setVisible(False if busy else self.message.isVisible())
        self._update_button()

    def show_error(self, text: str) -> None:
        super().show_error(text)
        self.secret_edit.selectAll()
        self.secret_edit.setFocus()
