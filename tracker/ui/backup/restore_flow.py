"""Restore from Settings while the journal is open: check, close, swap, reopen.

1. The dialog collects the passphrase or recovery key.
2. The backup is checked completely in the background (nothing changes yet); a wrong
   secret or a damaged file is shown in the dialog, which stays open.
3. Only then is the journal closed and the files swapped (the current journal is kept
   aside), again in the background, and the restored journal reopened with the same secret.
   If the swap fails, the journal that was open is reopened with its key, unchanged.
4. `reopened(journal, aside_folder)` is emitted; the caller switches the app to it.

A backup of another journal is offered as a separate journal instead (`as_new=True`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from tracker.domain.errors import KnownError
from tracker.ui.backup.restore_dialog import RestoreDialog
from tracker.ui.common.background import BackgroundOp


class RestoreFlow(QObject):
    #: (the reopened OpenJournal, the folder the old files were kept in or None,
    #:  whether the passphrase and recovery key stayed as they were)
    reopened = Signal(object, object, bool)
    #: a backup of another journal was added next to this one: (its journal id)
    added = Signal(str)
    #: the swap failed and the journal as it was was reopened: (that OpenJournal, a message to show)
    recovered = Signal(object, str)

    def __init__(self, ctx, backup_path: Path, when_text: str, *, as_new: bool = False, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backup_path = Path(backup_path)
        self.as_new = as_new
        self.op: BackgroundOp | None = None
        self.dialog = RestoreDialog(when_text, as_new=as_new, parent=parent)
        self.dialog.submitted.connect(self._check)
        # Closing the dialog while it works cancels: before the swap nothing has changed,
        # and once the swap has begun there is no cancel point left (it completes).
        self.dialog.rejected.connect(self._cancel)

    def _cancel(self) -> None:
        if self.op is not None and self.op.is_running():
            self.op.cancel()

    def start(self) -> RestoreDialog:
        self.dialog.open()
        return self.dialog

    # -- step 2: check without changing anything ------------------------------------------------

    def _check(self, secret: str, use_recovery_key: bool) -> None:
        from tracker.services.backup import verify_backup

        path = self.backup_path

        def work(progress):
            return verify_backup(path, secret, use_recovery_key=use_recovery_key, progress=progress)

        self.op = BackgroundOp(work, on_success=lambda _info: self._swap(secret, use_recovery_key),
                               on_failure=self._failed, parent=self)
        self.op.progressed.connect(lambda done, total, _label: self.dialog.set_progress(done, total))
        self.op.start()

    def _failed(self, exc: BaseException) -> None:
        from tracker.ui.common.errors import known_message, show_error

        if isinstance(exc, KnownError):
            self.dialog.show_error(known_message(exc))
        else:
            self.dialog.show_error(self.tr("The backup could not be restored. Your journal was not changed."))
            show_error(self.dialog, exc)

    # -- step 3: swap --------------------------------------------------------------------------

    def _swap(self, secret: str, use_recovery_key: bool) -> None:
        from tracker.services import backup, journals

        data_dir = Path(self.ctx.data_dir)
        path = self.backup_path
        if self.as_new:
            def add(progress):
                return backup.restore_as_new_journal(data_dir, path, secret, use_recovery_key=use_recovery_key,
                                                     progress=progress)

            self.op = BackgroundOp(add, on_success=self._added, on_failure=self._failed, parent=self)
            self.op.start()
            return

        journal = self.ctx.journal
        journal_id, paths, key = journal.journal_id, journal.paths, journal.data_key
        journal.close()  # the files are about to be replaced

        def replace(progress):
            from tracker.storage import keyslots
            from tracker.storage.journal import open_with_key

            before = paths.keys.read_bytes() if paths.keys.exists() else None
            aside = backup.restore_backup(data_dir, journal_id, path, secret, use_recovery_key=use_recovery_key,
                                          progress=progress, current_data_key=key)
            kept = before is not None and paths.keys.read_bytes() == before
            if kept:  # same data key, current key file: no need to run the passphrase KDF again
                return open_with_key(paths, keyslots.load(paths), key), aside, True
            opener = journals.unlock_with_recovery_key if use_recovery_key else journals.unlock
            return opener(data_dir, journal_id, secret), aside, False

        def failed(exc: BaseException) -> None:
            from tracker.ui.common.errors import known_message

            text = known_message(exc) if isinstance(exc, KnownError) else self.tr(
                "The backup could not be restored. Your journal was reopened as it was.")
            self.dialog.reject()

            def reopen(_progress):
                from tracker.storage import keyslots
                from tracker.storage.journal import open_with_key

                return open_with_key(paths, keyslots.load(paths), key)

            # Reopened on the task runner (opening reads the journal); a failure here is a bug.
            self.op = BackgroundOp(reopen, on_success=lambda journal: self.recovered.emit(journal, text), parent=self)
            self.op.start()

        self.op = BackgroundOp(replace, on_success=self._replaced, on_failure=failed, parent=self)
        self.op.progressed.connect(lambda done, total, _label: self.dialog.set_progress(done, total))
        self.op.start()

    def _replaced(self, result) -> None:
        journal, aside, kept = result
        self.dialog.accept()
        self.reopened.emit(journal, aside, kept)

    def _added(self, journal_id: str) -> None:
        self.dialog.accept()
        self.added.emit(journal_id)
