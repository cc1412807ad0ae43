"""The passphrase prompt shared by the unlock window and the lock screen.

Unlocking runs in a BackgroundOp (the key derivation takes a moment) with a busy bar.
Each expected error gets its plain message; a damaged journal or key file is offered the
newest backup. Shortcuts: Enter = Unlock.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import JournalDamaged, KeyFileDamaged, KeyFileMissing, WrongPassphrase
from tracker.ui.common import style
from tracker.ui.common.announce import attach_error, show_status
from tracker.ui.common.background import BackgroundOp
from tracker.ui.unlock.caps_lock import CapsLockWatcher


class PassphrasePrompt(QWidget):
    unlocked = Signal(object)  # OpenJournal

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.journal_id: str | None = None
        self.display_name = ""
        self._op: BackgroundOp | None = None
        self._backup = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("&Passphrase:"))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMinimumWidth(280)
        self.label.setBuddy(self.field)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.unlock_button)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.caps_hint = QLabel(self.tr("Caps Lock seems to be on."))
        self.caps_hint.hide()
        layout.addWidget(self.caps_hint)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.message = QLabel()
        self.message.setWordWrap(True)
        style.tint(self.message, "error")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        self.restore_button = QPushButton(self.tr("&Restore the newest backup"))
        self.restore_button.hide()
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.recovery_button = QPushButton(self.tr("Use &recovery key instead…"))
        self.recovery_button.setFlat(True)
        layout.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.caps = CapsLockWatcher(self.field)
        self.caps.changed.connect(self.caps_hint.setVisible)
        self.field.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.restore_button.clicked.connect(self.restore)
        self.recovery_button.clicked.connect(self.use_recovery_key)
        self.set_journal(None, "")

    def set_journal(self, journal_id: str | None, display_name: str) -> None:
        self.journal_id = journal_id
        self.display_name = display_name
        self.clear_message()
        enabled = journal_id is not None
        for widget in (self.field, self.unlock_button, self.recovery_button):
            widget.setEnabled(enabled)

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()
        attach_error(self.field, "")
        self.restore_button.hide()

    def show_message(self, text: str) -> None:
        # Attached to the field too, so the reader says it again when she returns to the field.
        attach_error(self.field, text)
        self.message.show()
        show_status(self.message, text, assertive=True)

    def is_busy(self) -> bool:
        return self._op is not None

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.field, self.unlock_button, self.recovery_button, self.restore_button):
            widget.setEnabled(not busy)

    # -- unlocking -------------------------------------------------------------------------

    def unlock(self) -> None:
        if self._op is not None or self.journal_id is None:
            return
        passphrase = self.field.text()
        if not passphrase:
            self.show_message(self.tr("Type your passphrase first."))
            self.field.setFocus()
            return
        self.clear_message()
        data_dir, journal_id = self.data_dir, self.journal_id

        def work(_progress):
            from tracker.services.journals import unlock

            return unlock(data_dir, journal_id, passphrase)

        self._run(work)

    def _run(self, work) -> None:
        self._set_busy(True)
        self._op = BackgroundOp(work, on_success=self._succeeded, on_failure=self._failed, parent=self)
        self._op.start()

    def _succeeded(self, journal) -> None:
        self._op = None
        self._set_busy(False)
        self.field.clear()
        self.unlocked.emit(journal)

    def _failed(self, exc: BaseException) -> None:
        from tracker.ui.common.errors import as_known, known_message, show_error

        self._op = None
        self._set_busy(False)
        known = as_known(exc)
        if known is None:
            show_error(self, exc)
            return
        text = known_message(known)
        if isinstance(known, (JournalDamaged, KeyFileMissing, KeyFileDamaged)):
            text += "\n\n" + self._backup_advice()
        self.show_message(text)
        self.field.setFocus()
        if isinstance(known, WrongPassphrase):
            # Keep what was typed so a small slip can be fixed; select it for retyping.
            self.field.selectAll()

    def _backup_advice(self) -> str:
        from tracker.ui.unlock import backups

        self._backup = backups.newest_backup(self.data_dir, self.journal_id)
        if self._backup is not None:
            self.restore_button.show()
            self.restore_button.setEnabled(True)
            from tracker.ui.backup.list_model import when_text

            created = self._backup.created
            when = when_text(created, created.astimezone().tzinfo) if hasattr(created, "year") else str(created)
            return self.tr("The newest backup was made on {when}. Restoring it replaces the damaged "
                           "files; anything entered after that date would need entering again.").format(when=when)
        from tracker.ui.backup.paths import path_text

        folder = backups.backups_folder(self.data_dir, self.journal_id)
        return self.tr("No backup could be offered here. Backups are kept in this folder: {folder}. "
                       "If you saved a backup elsewhere, restore it from there.").format(folder=path_text(folder))

    def restore(self) -> None:
        if self._backup is None or self._op is not None:
            return
        passphrase = self.field.text()
        if not passphrase:
            self.show_message(self.tr("Type your passphrase first: the backup opens with it."))
            return
        data_dir, journal_id, backup = self.data_dir, self.journal_id, self._backup
        self.clear_message()

        def work(_progress):
            from tracker.services.journals import unlock
            from tracker.ui.unlock import backups

            backups.restore_backup(data_dir, journal_id, backup.path, passphrase)
            return unlock(data_dir, journal_id, passphrase)

        self._run(work)

    def use_recovery_key(self) -> None:
        from tracker.ui.unlock.recovery_dialog import RecoveryUnlockDialog

        if self.journal_id is None or self._op is not None:
            return
        dialog = RecoveryUnlockDialog(self.data_dir, self.journal_id, self)
        # Window-modal without a nested event loop: the opened journal arrives through `accepted`.
        dialog.accepted.connect(lambda: self._recovered(dialog.journal))
        dialog.open()

    def _recovered(self, journal) -> None:
        if journal is not None:
            self.field.clear()
            self.clear_message()
            self.unlocked.emit(journal)
