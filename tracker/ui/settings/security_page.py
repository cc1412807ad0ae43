"""Settings → Passphrase and locking.

Change passphrase (checked against the current one, in the background), make a new
recovery key (shown once), "New keys" (a new data
key, passphrase and recovery key; older backups re-encrypted or deleted), auto-lock
minutes, "Remember on this computer" (OS keyring; greyed out with the reason when there is
none), and the journal's name. The texts say what each action does not do, too: a new
passphrase or recovery key alone leaves older backups opening with the old one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.common.announce import announce, attach_error, show_status
from tracker.ui.common.ask import ask
from tracker.ui.common.background import BackgroundOp, Lane
from tracker.ui.common.journal_write import write
from tracker.ui.context import Change
from tracker.ui.plan.words import count
from tracker.ui.settings import settings_data
from tracker.ui.settings.page_read import read
from tracker.ui.wizard.recovery_box import RecoveryKeyDialog
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


class NewRecoveryKeyDialog(RecoveryKeyDialog):
    """Shows a new recovery key once; closing asks for confirmation until it is kept."""

    def __init__(self, key: str, journal_name: str, parent: QWidget | None = None) -> None:
        # translate() with the class's own context: self.tr cannot run before the dialog exists.
        super().__init__(key, journal_name, QCoreApplication.translate(
            "NewRecoveryKeyDialog", "This is your new recovery key. The old one no longer opens this journal. Print it "
            "or save it, and keep it somewhere safe."), parent)
        self.setWindowTitle(self.tr("Your new recovery key"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)


class NewKeysDialog(QDialog):
    """Asks what "New keys" needs: the current
    passphrase, a new one twice, and what to do with older backups."""

    def __init__(self, old_copies: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New keys for this journal"))
        layout = QVBoxLayout(self)
        layout.addWidget(_note(self.tr(
            "This gives your journal a new encryption key, a new passphrase and a new recovery key. "
            "Afterwards the old passphrase and the old recovery key open nothing in this journal's "
            "folder. It takes a little while; the journal stays open.")))
        form = QFormLayout()
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
        layout.addLayout(form)
        self.reencrypt = QRadioButton(self.tr("&Keep older backups, locked with the new key"))
        self.delete = QRadioButton(self.tr("&Delete older backups and earlier versions kept after a restore"))
        self.reencrypt.setChecked(True)
        layout.addWidget(_note(self.tr("Older copies in this journal's folder: {count}.").format(count=old_copies)))
        layout.addWidget(self.reencrypt)
        layout.addWidget(self.delete)
        layout.addWidget(_note(self.tr(
            "Backups you saved somewhere else (another folder, a USB stick, a cloud drive) cannot be "
            "reached from here: they still open with the old passphrase and recovery key. Delete them, "
            "or make new backups afterwards.")))
        self.message = _note()
        self.message.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("&Make new keys"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self.strength.update_for)

    def _submit(self) -> None:
        from tracker.domain.errors import ValidationError
        from tracker.services.journals import validate_new_passphrase
        from tracker.ui.common.errors import known_message

        for field in (self.current, self.new, self.again):
            attach_error(field, "")
        if not self.current.text():
            attach_error(self.current, self.tr("Type your current passphrase first."))
            show_status(self.message, self.tr("Type your current passphrase first."), assertive=True)
            self.current.setFocus()
            return
        try:
            validate_new_passphrase(self.new.text(), self.again.text())
        except ValidationError as exc:
            field = self.again if exc.field == "repeat" else self.new
            attach_error(field, known_message(exc))
            show_status(self.message, known_message(exc), assertive=True)
            field.setFocus()
            return
        self.accept()


class SecurityPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._op: BackgroundOp | None = None
        #: The password store is asked off the GUI thread: it can show its own prompt and wait.
        self._keyring_op: BackgroundOp | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._passphrase_group())
        layout.addWidget(self._recovery_group())
        layout.addWidget(self._new_keys_group())
        layout.addWidget(self._locking_group())
        layout.addWidget(self._name_group())
        layout.addStretch(1)
        self.refresh()

    # -- layout ----------------------------------------------------------------------------------

    def _passphrase_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Change passphrase"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # small screen, large text
        form.addRow(_note(self.tr(
            "The new passphrase opens the journal from now on. Backups made before the change still "
            "open with the old one. If someone may know it, use “New keys” below instead.")))
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
        form.addRow(self.passphrase_message)
        self.new.textChanged.connect(self.strength.update_for)
        self.change_button.clicked.connect(self.change_passphrase)
        self.again.returnPressed.connect(self.change_passphrase)
        return box

    def _recovery_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Recovery key"))
        layout = QVBoxLayout(box)
        layout.addWidget(_note(self.tr(
            "The recovery key opens your journal if you forget your passphrase. If you lost it, make a "
            "new one: the old one no longer opens the journal, but backups made before still open with "
            "it. If someone else may have seen it, use “New keys” below instead.")))
        self.recovery_button = QPushButton(self.tr("Make a new recover&y key…"))
        self.recovery_message = _note()
        layout.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.recovery_message)
        self.recovery_button.clicked.connect(self.make_recovery_key)
        return box

    def _new_keys_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("New keys"))
        layout = QVBoxLayout(box)
        layout.addWidget(_note(self.tr(
            "If someone may know your passphrase or recovery key, a new passphrase alone is not enough: older copies of the journal's key file, inside "
            "every backup, still open it with the old secrets. This gives the journal a new encryption "
            "key, passphrase and recovery key, and re-locks (or deletes) the older backups in its "
            "folder.")))
        self.new_keys_button = QPushButton(self.tr("Make new key&s…"))
        self.new_keys_busy = QProgressBar()
        self.new_keys_busy.setTextVisible(False)
        self.new_keys_busy.setMaximumHeight(8)
        self.new_keys_busy.setAccessibleName(self.tr("Making new keys"))
        self.new_keys_busy.hide()
        self.new_keys_message = _note()
        layout.addWidget(self.new_keys_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.new_keys_busy)
        layout.addWidget(self.new_keys_message)
        self.new_keys_button.clicked.connect(self.ask_new_keys)
        return box

    def _locking_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Locking"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # small screen, large text
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setSpecialValueText(self.tr("Never"))
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setMaximumWidth(220)
        self.minutes.valueChanged.connect(self._minutes_suffix)
        form.addRow(_label(self.tr("Lock after this long &without use:"), self.minutes), self.minutes)
        form.addRow(_note(self.tr("You can always lock at once with Ctrl+L.")))
        self.remember = QCheckBox(self.tr("Re&member on this computer"))
        self.remember_note = _note()
        form.addRow(self.remember)
        form.addRow(self.remember_note)
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
        from tracker.services import keyring_store

        journal = self.ctx.journal
        if journal is None:
            return  # locking
        # Read on the task runner; the box stays off until it shows the saved value, so a
        # value chosen meanwhile is neither overwritten nor saved over the one being read.
        self.minutes.setEnabled(False)
        read(self, "security", journal, settings_data.load_security, self._loaded)
        self.name.setText(journal.display_name)
        if self._keyring_op is not None:
            return  # a check or change is under way; its answer fills the box
        journal_id = journal.journal_id

        def probe(_progress):
            from tracker.domain.errors import PasswordStoreUnreachable

            status = keyring_store.status()
            try:
                return status, status.available and keyring_store.is_remembered(journal_id)
            except PasswordStoreUnreachable:  # a locked or unreachable store: say so, not a bug
                return keyring_store.KeyringStatus(False, keyring_store.UNREACHABLE), False

        self.remember.setEnabled(False)
        self.remember_note.setStyleSheet("")
        self.remember_note.setText(self.tr("Checking this computer's password store…"))
        # Asks only the password store, never the journal: its own lane, not behind an export.
        self._keyring_op = BackgroundOp(probe, on_success=self._keyring_known, on_failure=self._keyring_failed,
                                        lane=Lane.SIDE, parent=self)
        self._keyring_op.start()

    def _loaded(self, data: settings_data.SecurityData) -> None:
        self.minutes.blockSignals(True)
        self.minutes.setValue(data.auto_lock_minutes)
        self.minutes.blockSignals(False)
        self._minutes_suffix(self.minutes.value())
        self.minutes.setEnabled(True)

    def keyring_busy(self) -> bool:
        return self._keyring_op is not None

    def _keyring_failed(self, exc: BaseException) -> None:
        from tracker.ui.common.errors import show_error

        self._keyring_op = None
        show_error(self, exc)  # status() reports an unusable store itself: anything else is a bug

    def _keyring_known(self, answer) -> None:
        self._keyring_op = None
        status, remembered = answer
        self.remember.blockSignals(True)
        self.remember.setEnabled(status.available)
        self.remember.setChecked(remembered)
        self.remember.blockSignals(False)
        if status.available:
            self.remember_note.setText(self.tr(
                "The journal then opens without the passphrase. "
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
        show_status(label, text, assertive=not ok)

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
        for widget in (self.current, self.new, self.again, self.change_button, self.recovery_button,
                       self.new_keys_button):
            widget.setEnabled(not busy)

    def _changed(self, _result) -> None:
        self._op = None
        self._busy(False)
        for field in (self.current, self.new, self.again):
            field.clear()
        self._show(self.passphrase_message, self.tr(
            "Your passphrase has been changed. Use the new one from now on. Your recovery key still works. "
            "Backups made before now still open with the old passphrase."), True)

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
        ask(self, self.tr("Make a new recovery key"),
            self.tr("Your current recovery key will no longer open the journal (backups made before now "
                    "still open with it). Make a new one now?"),
            self._make_key_answered, default=QMessageBox.StandardButton.No)

    def _make_key_answered(self) -> None:
        if self._op is None and self.ctx.journal is not None:  # not locked or busy meanwhile
            self.create_recovery_key()

    def create_recovery_key(self) -> None:
        from tracker.services.journals import new_recovery_key

        journal = self.ctx.journal
        self._busy(True)
        self.ctx.lock_hold.hold(self)  # until the new key was shown and kept (ui/lock/hold.py)
        self._op = BackgroundOp(lambda _p: new_recovery_key(journal), on_success=self._key_made,
                                on_failure=self._key_failed, parent=self)
        self._op.start()

    def _key_made(self, key: str) -> None:
        self._op = None
        self._busy(False)
        self._show(self.recovery_message, self.tr(
            "A new recovery key was made. The old one no longer opens the journal; backups made before "
            "now still open with it."), True)
        self._show_new_key(key)

    def _show_new_key(self, key: str) -> None:
        """The dialog with the new recovery key; the journal may lock once it is closed."""
        self.key_dialog = NewRecoveryKeyDialog(key, self.ctx.journal.display_name, self)
        self.key_dialog.finished.connect(lambda _result: self.ctx.lock_hold.release(self))
        self.key_dialog.open()

    def _key_failed(self, exc: BaseException) -> None:
        from tracker.ui.common.errors import show_error

        self._op = None
        self._busy(False)
        self.ctx.lock_hold.release(self)  # nothing was replaced: the old key still works
        show_error(self, exc)

    def ask_new_keys(self) -> None:
        from tracker.services.backup import count_old_copies

        if self._op is not None:
            return
        self.new_keys_dialog = NewKeysDialog(count_old_copies(self.ctx.journal), self)
        self.new_keys_dialog.accepted.connect(self._new_keys_confirmed)
        self.new_keys_dialog.open()

    def _new_keys_confirmed(self) -> None:
        dialog = self.new_keys_dialog
        self.start_new_keys(dialog.current.text(), dialog.new.text(), delete_old_copies=dialog.delete.isChecked())

    def start_new_keys(self, current: str, new: str, *, delete_old_copies: bool) -> None:
        journal = self.ctx.journal

        def work(progress):
            from tracker.services.journals import start_over_with_new_keys, verify_passphrase

            def report(done: int, total: int, label: str = "") -> None:
                # Not cancellable (locking the window cancels running work): once the key has
                # changed, every old backup must be re-locked, or the summary would be wrong.
                if not progress.cancelled:
                    progress(done, total, label)

            verify_passphrase(journal, current)
            return start_over_with_new_keys(journal, new, delete_old_copies=delete_old_copies, progress=report)

        self.new_keys_message.clear()
        self._busy(True)
        self.new_keys_busy.setRange(0, 0)
        self.new_keys_busy.show()
        self.ctx.lock_hold.hold(self)  # until the new recovery key was shown and kept (ui/lock/hold.py)
        self._op = BackgroundOp(work, on_success=self._new_keys_made, on_failure=self._new_keys_failed, parent=self)
        self._op.progressed.connect(self._new_keys_progress)
        self._op.start()

    def _new_keys_progress(self, done: int, total: int, _label: str = "") -> None:
        self.new_keys_busy.setRange(0, max(total, 1))
        self.new_keys_busy.setValue(done)

    def _new_keys_made(self, result) -> None:
        self._op = None
        self._busy(False)
        self.new_keys_busy.hide()
        parts = [self.tr("The journal has a new encryption key, a new passphrase and a new recovery key. "
                         "The old passphrase and recovery key no longer open it.")]
        # Two strings each (words.count): English has no .qm to pick "was"/"were" for it.
        if result.reencrypted:
            parts.append(count(self.tr("One older backup or earlier version was locked with the new key."),
                               self.tr("{n} older backups or earlier versions were locked with the new key."),
                               result.reencrypted))
        if result.deleted:
            parts.append(count(self.tr("One older backup or earlier version was deleted."),
                               self.tr("{n} older backups or earlier versions were deleted."), result.deleted))
        if result.left:
            parts.append(count(
                self.tr("One older backup could not be re-locked (it was made before an earlier change of keys) "
                        "and still opens with an older passphrase: delete it from the backups folder."),
                self.tr("{n} older backups could not be re-locked (they were made before an earlier change of keys) "
                        "and still open with an older passphrase: delete them from the backups folder."),
                result.left))
        if result.copies_problem is not None:
            from tracker.ui.common.errors import known_message

            parts.append(known_message(result.copies_problem))
        if result.keyring_updated:
            parts.append(self.tr("This computer's password store now holds the new key."))
        parts.append(self.tr("Backups saved anywhere else still open with the old passphrase and recovery key."))
        self._show(self.new_keys_message, " ".join(parts), True)
        self._show_new_key(result.recovery_key)
        self.ctx.events.notify(Change.SETTINGS)

    def _new_keys_failed(self, exc: BaseException) -> None:
        from tracker.domain.errors import WrongPassphrase
        from tracker.ui.common.errors import as_known, known_message, show_error

        self._op = None
        self._busy(False)
        self.new_keys_busy.hide()
        self.ctx.lock_hold.release(self)  # no new keys: the old passphrase and recovery key still open it
        if isinstance(exc, WrongPassphrase):
            self._show(self.new_keys_message, self.tr(
                "The current passphrase is not right, so nothing was changed. Check Caps Lock and try again."), False)
            return
        known = as_known(exc)
        if known is None:
            show_error(self, exc)
        else:
            self._show(self.new_keys_message, known_message(known), False)

    def save_minutes(self, value: int) -> None:
        from tracker.services import settings

        journal, minutes = self.ctx.journal, int(value)
        if journal is None:
            return
        # The lock timer follows once it is saved (the main window reads it on SETTINGS).
        write(lambda: settings.set(journal, settings.AUTO_LOCK_MINUTES, minutes), owner=self,
              on_saved=lambda _r: self.ctx.events.notify(Change.SETTINGS))

    def set_remember(self, on: bool) -> None:
        from tracker.services import keyring_store

        journal, data_dir = self.ctx.journal, self.ctx.data_dir

        def work(_progress):
            if on:
                keyring_store.remember(journal)
            else:
                keyring_store.forget(journal.journal_id, data_dir)

        def refused(exc: BaseException) -> None:
            # The password store can fail in many ways (locked, prompt dismissed, D-Bus gone): say so, change nothing.
            self._keyring_op = None
            self.remember.blockSignals(True)
            self.remember.setChecked(not on)
            self.remember.setEnabled(True)
            self.remember.blockSignals(False)
            self._show(self.remember_note, self.tr(
                "The computer's password store did not accept the change ({kind}). Nothing else was changed.")
                .format(kind=type(exc).__name__), False)

        def accepted(_result) -> None:
            self._keyring_op = None
            self.remember.setEnabled(True)
            announce(self.remember, self.tr("This computer now remembers the journal's key.") if on
                     else self.tr("This computer no longer remembers the journal's key."))

        self.remember.setEnabled(False)  # one change at a time; the store may be showing its own prompt
        self._keyring_op = BackgroundOp(work, on_success=accepted, on_failure=refused, parent=self)
        self._keyring_op.start()

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
        self.ctx.events.notify(Change.SETTINGS)

    def undo_rename(self) -> None:
        from tracker.services.journals import rename_journal

        if self._previous_name is None:
            return
        rename_journal(self.ctx.journal, self._previous_name)
        self._previous_name = None
        self.undo_rename_button.hide()
        self.name.setText(self.ctx.journal.display_name)
        self._show(self.name_message, self.tr("The old name is back."), True)
        self.ctx.events.notify(Change.SETTINGS)


def create_page(ctx, parent: QWidget | None = None) -> QWidget:
    return SecurityPage(ctx, parent)
