"""Unlock with the recovery key, then set a new passphrase (the old one is forgotten)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
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

from tracker.ui.common import style
from tracker.ui.common.background import BackgroundOp
from tracker.ui.wizard.strength import add_new_passphrase_rows


class RecoveryUnlockDialog(QDialog):
    """After `exec()` returns Accepted, `journal` is the open journal."""

    def __init__(self, data_dir: Path, journal_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.journal_id = journal_id
        self.journal = None
        self._op: BackgroundOp | None = None
        self.setWindowTitle(self.tr("Treatment Journey"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Type the recovery key you printed or saved when you created this journal. Then choose a "
            "new passphrase: the old one will stop working. Your diary is not changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        rows = add_new_passphrase_rows(form, (self.tr("Recovery &key:"), self.key_edit),
                                       self.tr("&New passphrase:"), self.tr("&Type it again:"))
        self.first, self.second, self.strength = rows.first, rows.second, rows.strength
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        style.tint(self.message, "error")
        layout.addWidget(self.message)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock and save new passphrase"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        from tracker.domain.errors import ValidationError
        from tracker.services.journals import validate_new_passphrase
        from tracker.storage.recovery_key import normalise
        from tracker.ui.common.errors import known_message

        if self._op is not None:
            return
        key = self.key_edit.text()
        if normalise(key) is None:
            self.message.setText(self.tr("A recovery key has 32 letters and digits in 8 groups of 4. Check it and try again."))
            self.key_edit.setFocus()
            return
        try:
            validate_new_passphrase(self.first.text(), self.second.text())
        except ValidationError as exc:
            self.message.setText(known_message(exc))
            self.first.setFocus()
            return
        new_passphrase = self.first.text()
        data_dir, journal_id = self.data_dir, self.journal_id

        def work(_progress):
            from tracker.services.journals import change_passphrase, unlock_with_recovery_key

            journal = unlock_with_recovery_key(data_dir, journal_id, key)
            try:
                change_passphrase(journal, new_passphrase)
            except BaseException:
                journal.close()
                raise
            return journal

        self.message.clear()
        self._set_busy(True)
        self._op = BackgroundOp(work, on_success=self._done, on_failure=self._failed, parent=self)
        self._op.start()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)
        for field in (self.key_edit, self.first, self.second):
            field.setEnabled(not busy)

    def _done(self, journal) -> None:
        self._op = None
        self._set_busy(False)
        self.journal = journal
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from tracker.ui.common.errors import as_known, known_message, show_error

        self._op = None
        self._set_busy(False)
        known = as_known(exc)
        if known is None:
            show_error(self, exc)
            return
        self.message.setText(known_message(known))
        self.key_edit.setFocus()
        self.key_edit.selectAll()

    def reject(self) -> None:
        if self._op is None:
            super().reject()
