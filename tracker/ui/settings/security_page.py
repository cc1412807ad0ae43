"""Settings → Passphrase and locking.

Change passphrase (checked against the current one, in the background), make a new
recovery key (shown once), auto-lock minutes, "Remember on this computer" (OS keyring;
greyed out with the reason when there is none), and the journal's name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.common.background import BackgroundOp
from tracker.ui.wizard.recovery_box import RecoveryKeyBox
from tracker.ui.wizard.strength import StrengthHint

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b3261e;"


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class NewRecoveryKeyDialog(QDialog):
    """Shows a new recovery key once; closing asks for confirmation until it is kept."""

    def __init__(self, key: str, journal_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery key"))
        layout = QVBoxLayout(self)
        layout.addWidget(_note(self.tr("This is your new recovery key. The old one no longer works. "
                                       "Print it or save it, and keep it somewhere safe.")))
        self.box = RecoveryKeyBox()
        self.box.set_key(key, journal_name)
        layout.addWidget(self.box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        if not self.box.is_kept():
            answer = QMessageBox.question(
                self, self.tr("Treatment Journey"),
                self.tr("This key will not be shown again. Close without keeping it?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


class SecurityPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._op: BackgroundOp | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._passphrase_group())
        layout.addWidget(self._recovery_group())
        layout.addWidget(self._locking_group())
        layout.addWidget(self._name_group())
        layout.addStretch(1)
        self.refresh()

    # -- layout ----------------------------------------------------------------------------------

    def _passphrase_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Change passphrase"))
        form = QFormLayout(box)
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for field in (self.current, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = StrengthHint()
        form.addRow(_label(self.tr("C&urrent passphrase:"), self.current), self.current)
        form.addRow(_label(self.tr("&New passphrase:"), self.new), self.new)
        form.addRow("", self.strength)
        form.addRow(_label(self.tr("Type the new one &again:"), self.again), self.again)
        self.change_button = QPushButton(self.tr("&Change passphrase"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.passphrase_message = _note()
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addWidget(self.busy, 1)
        row.addStretch(1)  # a button its own size, not a bar across the page
        form.addRow("", row)
        form.addRow("", self.passphrase_message)
        self.new.textChanged.connect(self.strength.update_for)
        self.change_button.clicked.connect(self.change_passphrase)
        self.again.returnPressed.connect(self.change_passphrase)
        return box

    def _recovery_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Recovery key"))
        layout = QVBoxLayout(box)
        layout.addWidget(_note(self.tr(
            "The recovery key opens your journal if you forget your passphrase. If you lost it, or "
            "someone else may have seen it, make a new one: the old one stops working.")))
        self.recovery_button = QPushButton(self.tr("Make a new recover&y key…"))
        self.recovery_message = _note()
        layout.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.recovery_message)
        self.recovery_button.clicked.connect(self.make_recovery_key)
        return box

    def _locking_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Locking"))
        form = QFormLayout(box)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setSpecialValueText(self.tr("Never"))
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setMaximumWidth(220)
        self.minutes.valueChanged.connect(self._minutes_suffix)
        form.addRow(_label(self.tr("Lock after this long &without use:"), self.minutes), self.minutes)
        form.addRow("", _note(self.tr("You can always lock at once with Ctrl+L.")))
        self.remember = QCheckBox(self.tr("Re&member on this computer (open without the passphrase)"))
        self.remember_note = _note()
        form.addRow("", self.remember)
        form.addRow("", self.remember_note)
        self.minutes.valueChanged.connect(self.save_minutes)
        self.remember.toggled.connect(self.set_remember)
        return box

    def _name_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Journal name"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.undo_rename_button = QPushButton(self.tr("Un&do rename"))
        self.undo_rename_button.hide()
        self._previous_name: str | None = None
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.rename_button)
        row.addWidget(self.undo_rename_button)
        form.addRow(_label(self.tr("Name or nic&kname:"), self.name), row)
        self.name_message = _note(self.tr("Shown on the start screen before unlocking, so anyone using this "
                                          "computer can see it."))
        form.addRow("", self.name_message)
        self.rename_button.clicked.connect(self.rename)
        self.undo_rename_button.clicked.connect(self.undo_rename)
        self.name.returnPressed.connect(self.rename)
        return box

    # -- state ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        from tracker.services import keyring_store, settings

        journal = self.ctx.journal
        self.minutes.blockSignals(True)
        self.minutes.setValue(settings.auto_lock_minutes(journal))
        self.minutes.blockSignals(False)
        self._minutes_suffix(self.minutes.value())
        self.name.setText(journal.display_name)
        status = keyring_store.status()
        self.remember.blockSignals(True)
        self.remember.setEnabled(status.available)
        self.remember.setChecked(status.available and keyring_store.is_remembered(journal.journal_id))
        self.remember.blockSignals(False)
        if status.available:
            self.remember_note.setText(self.tr(
                "Off is safer: anyone who can use this computer while you are logged in could then open "
                "the journal. The key is kept in the computer's own password store, never in a plain file."))
        else:
            self.remember_note.setText(self.tr("Not available: {reason}").format(
                reason=self._translate_known(status.reason)))

    def _minutes_suffix(self, value: int) -> None:
        """ "1 minute", not "1 minutes"."""
        self.minutes.setSuffix(self.tr(" minute") if value == 1 else self.tr(" minutes"))

    @staticmethod
    def _translate_known(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("KnownError", text)

    def _show(self, label: QLabel, text: str, ok: bool) -> None:
        label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        label.setText(text)

    # -- actions -------------------------------------------------------------------------------

    def change_passphrase(self) -> None:
        from tracker.domain.errors import ValidationError
        from tracker.services.journals import validate_new_passphrase
        from tracker.ui.common.errors import known_message

        if self._op is not None:
            return
        if not self.current.text():
            self._show(self.passphrase_message, self.tr("Type your current passphrase first."), False)
            self.current.setFocus()
            return
        try:
            validate_new_passphrase(self.new.text(), self.again.text())
        except ValidationError as exc:
            self._show(self.passphrase_message, known_message(exc), False)
            (self.again if exc.field == "repeat" else self.new).setFocus()
            return
        journal, current, new = self.ctx.journal, self.current.text(), self.new.text()

        def work(_progress):
            from tracker.services.journals import change_passphrase, verify_passphrase

            verify_passphrase(journal, current)
            change_passphrase(journal, new)

        self.passphrase_message.clear()
        self._busy(True)
        self._op = BackgroundOp(work, on_success=self._changed, on_failure=self._change_failed, parent=self)
        self._op.start()

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.current, self.new, self.again, self.change_button, self.recovery_button):
            widget.setEnabled(not busy)

    def _changed(self, _result) -> None:
        self._op = None
        self._busy(False)
        for field in (self.current, self.new, self.again):
            field.clear()
        self._show(self.passphrase_message, self.tr(
            "Your passphrase has been changed. Use the new one from now on. Your recovery key still works."), True)

    def _change_failed(self, exc: BaseException) -> None:
        from tracker.domain.errors import WrongPassphrase
        from tracker.ui.common.errors import as_known, known_message, show_error

        self._op = None
        self._busy(False)
        if isinstance(exc, WrongPassphrase):
            self._show(self.passphrase_message, self.tr(
                "The current passphrase is not right, so nothing was changed. Check Caps Lock and try again."), False)
            self.current.setFocus()
            self.current.selectAll()
            return
        known = as_known(exc)
        if known is None:
            show_error(self, exc)
        else:
            self._show(self.passphrase_message, known_message(known), False)

    def make_recovery_key(self) -> None:
        if self._op is not None:
            return
        answer = QMessageBox.question(
            self, self.tr("Make a new recovery key"),
            self.tr("Your current recovery key will stop working. Make a new one now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.create_recovery_key()

    def create_recovery_key(self) -> None:
        from tracker.services.journals import new_recovery_key

        journal = self.ctx.journal
        self._busy(True)
        self._op = BackgroundOp(lambda _p: new_recovery_key(journal), on_success=self._key_made,
                                on_failure=self._key_failed, parent=self)
        self._op.start()

    def _key_made(self, key: str) -> None:
        self._op = None
        self._busy(False)
        self._show(self.recovery_message, self.tr("A new recovery key was made. The old one no longer works."), True)
        self.key_dialog = NewRecoveryKeyDialog(key, self.ctx.journal.display_name, self)
        self.key_dialog.open()

    def _key_failed(self, exc: BaseException) -> None:
        from tracker.ui.common.errors import show_error

        self._op = None
        self._busy(False)
        show_error(self, exc)

    def save_minutes(self, value: int) -> None:
        from tracker.services import settings

        settings.set(self.ctx.journal, settings.AUTO_LOCK_MINUTES, int(value))
        self.ctx.events.changed.emit("settings")

    def set_remember(self, on: bool) -> None:
        from tracker.services import keyring_store

        try:
            if on:
                keyring_store.remember(self.ctx.journal)
            else:
                keyring_store.forget(self.ctx.journal.journal_id, self.ctx.data_dir)
        except Exception as exc:  # noqa: BLE001 - the password store can fail in many ways
            self.remember.blockSignals(True)
            self.remember.setChecked(not on)
            self.remember.blockSignals(False)
            self._show(self.remember_note, self.tr(
                "The computer's password store did not accept the change ({kind}). Nothing else was changed.")
                .format(kind=type(exc).__name__), False)

    def rename(self) -> None:
        from tracker.domain.errors import KnownError
        from tracker.services.journals import rename_journal
        from tracker.ui.common.errors import known_message

        before = self.ctx.journal.display_name
        if self.name.text().strip() == before:
            return
        try:
            rename_journal(self.ctx.journal, self.name.text())
        except KnownError as exc:
            self._show(self.name_message, known_message(exc), False)
            return
        self._previous_name = before
        self.undo_rename_button.show()
        self.name.setText(self.ctx.journal.display_name)
        self._show(self.name_message, self.tr("Renamed. The start screen shows the new name."), True)
        self.ctx.events.changed.emit("settings")

    def undo_rename(self) -> None:
        from tracker.services.journals import rename_journal

        if self._previous_name is None:
            return
        rename_journal(self.ctx.journal, self._previous_name)
        self._previous_name = None
        self.undo_rename_button.hide()
        self.name.setText(self.ctx.journal.display_name)
        self._show(self.name_message, self.tr("The old name is back."), True)
        self.ctx.events.changed.emit("settings")


def create_page(ctx, parent: QWidget | None = None) -> QWidget:
    return SecurityPage(ctx, parent)
