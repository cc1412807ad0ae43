"""Open a shared journal on this computer (issue 18): choose the shared folder, type your
own passphrase (the one chosen for you on the patient's computer), and the journal is made
here from the folder, off the GUI thread, with progress and Cancel.

Then its new recovery key (for this computer's copy) is shown once, the same way the
new-journal wizard shows one (RecoveryKeyBox: print, save, and prove it was kept).

Shortcuts: Enter = Open, Esc = Cancel (also stops the joining while it runs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.common import style
from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.errors import grow_to_fit
from tracker.ui.sync.folder_fields import SharedFolderFields
from tracker.ui.wizard.recovery_box import RecoveryKeyDialog


class JoinSharedDialog(QDialog):
    """After it is accepted, `created` holds the new local journal and its recovery key
    (services.journals.CreatedJournal)."""

    def __init__(self, data_dir: Path, clock=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._clock = clock
        self.created = None
        self._op: BackgroundOp | None = None
        self.setWindowTitle(self.tr("Open a shared journal"))
        # Wide enough to read a folder's path and the explanation without squinting (in characters,
        # so it grows with the text size).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        layout = QVBoxLayout(self)
        layout.addWidget(style.label(self.tr(
            "Someone shared their journal with you through a synced folder (Syncthing, Nextcloud, Dropbox, "
            "OneDrive) or a USB stick. Choose that folder as it is on this computer, and type your own "
            "passphrase: the one you typed on their computer when they added you.")))
        form = QFormLayout()
        self.fields = SharedFolderFields(self, form, placeholder=self.tr("The shared folder"))
        f = self.fields
        self.folder, self.choose_button, self.passphrase = f.folder, f.choose_button, f.passphrase
        self.folder_error, self.passphrase_error = f.folder_error, f.passphrase_error
        layout.addLayout(form)
        layout.addWidget(style.label(self.tr(
            "The journal is copied to this computer and opens with the same passphrase here. Its changes and "
            "yours then travel through the folder, encrypted.")))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Opening the shared journal"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.step = QLabel()
        self.step.hide()
        layout.addWidget(self.step)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.returnPressed.connect(self.submit)

    @property
    def clock(self):
        if self._clock is None:
            from tracker.services.local_zone import system_clock

            self._clock = system_clock()
        return self._clock

    def is_busy(self) -> bool:
        return self._op is not None

    def submit(self) -> None:
        from tracker.domain.errors import SyncFolderMissing
        from tracker.ui.common.errors import known_message

        if self._op is not None:
            return
        given = self.fields.checked(no_folder=self.tr("Choose the shared folder first."),
                                    missing_folder=known_message(SyncFolderMissing()))
        grow_to_fit(self)
        if given is None:
            return
        folder, passphrase = given
        data_dir, clock = self.data_dir, self.clock

        def work(progress):
            from tracker.services import sync

            return sync.join_shared_journal(data_dir, folder, passphrase, clock, progress=progress)

        self._set_busy(True)
        self._op = BackgroundOp(work, on_success=self._joined, on_failure=self._failed, parent=self)
        self._op.progressed.connect(self._progressed)
        self._op.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        if busy:
            self.step.hide()
        self.open_button.setEnabled(not busy)
        for widget in (self.folder, self.choose_button, self.passphrase):
            widget.setEnabled(not busy)

    def _progressed(self, done: int, total: int, _label: str) -> None:
        # Only the bar: the service's step labels are not translated texts.
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _joined(self, created) -> None:
        self._op = None
        self._set_busy(False)
        self.passphrase.clear()
        self.created = created
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from tracker.domain.errors import OperationCancelled, WrongPassphrase
        from tracker.ui.common.errors import as_known, known_message, show_error

        self._op = None
        self._set_busy(False)
        if isinstance(exc, OperationCancelled):
            self.step.setText(self.tr("Stopped. Nothing was made on this computer."))
            self.step.show()
            return
        known = as_known(exc)
        if known is None:
            show_error(self, exc)
        elif isinstance(known, WrongPassphrase):
            self.fields.passphrase_problem(self.tr(
                "That passphrase does not open this shared journal. Type the passphrase you chose when you were "
                "added on the other computer, and check Caps Lock."))
            self.passphrase.selectAll()
        else:  # not a shared journal, folder missing, key list damaged…
            self.fields.folder_problem(known_message(known))
        grow_to_fit(self)

    def reject(self) -> None:
        if self._op is not None:
            self._op.cancel()  # stops at the next step; the dialog stays until it has
            return
        super().reject()


class JoinedKeyDialog(RecoveryKeyDialog):
    """The joined journal's recovery key on this computer, shown once (as the wizard does)."""

    def __init__(self, key: str, journal_name: str, parent: QWidget | None = None) -> None:
        # translate() with the class's own context: self.tr cannot run before the dialog exists.
        super().__init__(key, journal_name, QCoreApplication.translate(
            "JoinedKeyDialog",
            "The shared journal is now on this computer. This is its recovery key here: it opens the journal on "
            "this computer if you forget your passphrase. It will not be shown again: print it or save it, and "
            "keep it somewhere safe."), parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(self.tr("&Open my journal"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.layout_.addWidget(self.buttons)
        self.box.kept_changed.connect(self.open_button.setEnabled)

    def accept(self) -> None:
        if self.box.is_kept():
            super().accept()
