"""The start window when journals exist: pick a journal (by name) and type its passphrase.

If this computer remembers a journal's key (OS keyring), it opens without the passphrase.
"Open a shared journal…" joins a journal shared from another computer (issue 18): the new
journal's recovery key is shown once, then it opens like an unlocked one.
Shortcuts: Enter = Unlock, Ctrl+N = Create another journal, Ctrl+Shift+O = Open a shared journal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.roles import install_role
from tracker.ui.unlock.model import JOURNAL_ID_ROLE, JournalListModel
from tracker.ui.unlock.prompt import PassphrasePrompt

KEYRING_DELAY_MS = 150


class UnlockWindow(QWidget):
    unlocked = Signal(object)  # OpenJournal
    create_requested = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None, *, try_keyring: bool = True,
                 clock=None) -> None:
        install_role(UnlockWindow, QAccessible.Role.Dialog)  # a question to answer, not a bare pane
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.clock = clock  # for joining a shared journal; the system clock when None
        self.join_dialog = None
        self.key_dialog = None
        self.setWindowTitle(self.tr("Treatment Journey"))
        self.setAccessibleName(self.tr("Open your journal"))
        self.setMinimumWidth(460)
        # Room for a two-paragraph error message without the window jumping.
        self.resize(540, 400)
        self._try_keyring = try_keyring
        self._keyring_tried: set[str] = set()
        self._keyring_op: BackgroundOp | None = None
        self._keyring_pending = 0  # checks scheduled to run just after the window is painted
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        heading = QLabel(self.tr("Open your journal"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.list_label = QLabel(self.tr("&Journal:"))
        self.model = JournalListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setMaximumHeight(120)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list_label.setBuddy(self.view)
        layout.addWidget(self.list_label)
        layout.addWidget(self.view)
        self.prompt = PassphrasePrompt(self.data_dir)
        layout.addWidget(self.prompt)
        layout.addStretch(1)
        self.create_button = QPushButton(self.tr("Create another journal…"))
        self.create_button.setShortcut(QKeySequence("Ctrl+N"))
        self.create_button.setFlat(True)
        self.join_button = QPushButton(self.tr("Open a shared journal…"))
        self.join_button.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.join_button.setFlat(True)
        self.join_button.setToolTip(self.tr("A journal someone shared with you through a synced folder (Ctrl+Shift+O)"))
        links = QHBoxLayout()
        links.addStretch(1)
        links.addWidget(self.join_button)
        links.addWidget(self.create_button)
        layout.addLayout(links)
        self.view.selectionModel().currentChanged.connect(self._selected)
        self.prompt.unlocked.connect(self._unlocked)
        self.create_button.clicked.connect(self.create_requested)
        self.join_button.clicked.connect(self.open_shared)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        from tracker.services import app_prefs
        from tracker.services.journals import list_journals

        self.model.set_journals(list_journals(self.data_dir))
        wanted = select_id or app_prefs.load(self.data_dir).get("last_journal")
        row = max(self.model.row_of(wanted), 0)
        # A single journal needs no choosing: keep the list out of the way.
        single = self.model.rowCount() <= 1
        self.view.setVisible(not single)
        self.list_label.setVisible(not single)
        if self.model.rowCount():
            index = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self._selected(index)
        else:
            self.prompt.set_journal(None, "")

    def _selected(self, index) -> None:
        info = self.model.info(index.row())
        if info is None:
            return
        self.prompt.set_journal(info.journal_id, info.display_name or "")
        self.prompt.label.setText(self.tr("&Passphrase for {name}:").format(name=info.display_name or info.journal_id))
        self.prompt.field.setFocus()
        # After the first paint: the keyring import would otherwise delay the window.
        if self._try_keyring and info.journal_id not in self._keyring_tried:
            self._keyring_pending += 1
            QTimer.singleShot(KEYRING_DELAY_MS, self, lambda jid=info.journal_id: self._keyring_due(jid))

    def _keyring_due(self, journal_id: str) -> None:
        self._keyring_pending -= 1
        if journal_id == self.selected_journal_id():
            self._maybe_keyring(journal_id)

    def selected_journal_id(self) -> str | None:
        return self.view.currentIndex().data(JOURNAL_ID_ROLE)

    def _maybe_keyring(self, journal_id: str) -> None:
        if not self._try_keyring or journal_id in self._keyring_tried or self._keyring_op is not None:
            return
        self._keyring_tried.add(journal_id)
        data_dir = self.data_dir

        def work(_progress):
            from tracker.services import keyring_store

            return keyring_store.unlock_from_keyring(data_dir, journal_id)

        def done(journal):
            self._keyring_op = None
            if journal is not None:
                self._unlocked(journal)

        def failed(_exc):
            # Keyring trouble just means: use the passphrase.
            self._keyring_op = None

        self._keyring_op = BackgroundOp(work, on_success=done, on_failure=failed, parent=self)
        self._keyring_op.start()

    def _unlocked(self, journal) -> None:
        from tracker.domain.errors import KnownError
        from tracker.services import app_prefs

        try:
            app_prefs.update(self.data_dir, last_journal=journal.journal_id)
        except (OSError, KnownError):
            pass  # only a convenience for next time
        self.unlocked.emit(journal)

    def is_busy(self) -> bool:
        """True while unlocking, or while the keyring check is pending or running."""
        joining = self.join_dialog is not None and self.join_dialog.is_busy()
        return self.prompt.is_busy() or self._keyring_op is not None or self._keyring_pending > 0 or joining

    # -- joining a shared journal ------------------------------------------------------------

    def open_shared(self) -> None:
        from tracker.ui.unlock.join_dialog import JoinSharedDialog

        if self.join_dialog is not None or self.prompt.is_busy():
            return
        self.join_dialog = JoinSharedDialog(self.data_dir, self.clock, self)
        self.join_dialog.finished.connect(self._join_finished)
        self.join_dialog.open()

    def _join_finished(self, _result: int) -> None:
        from tracker.ui.unlock.join_dialog import JoinedKeyDialog

        dialog, self.join_dialog = self.join_dialog, None
        dialog.deleteLater()
        created = dialog.created
        if created is None:  # cancelled, or closed before the journal was made
            return
        self.key_dialog = JoinedKeyDialog(created.recovery_key, created.journal.display_name, self)
        # Kept or knowingly closed: the journal opens either way (it opens with the passphrase too).
        self.key_dialog.finished.connect(lambda _r: self._joined_opened(created.journal))
        self.key_dialog.open()

    def _joined_opened(self, journal) -> None:
        self.key_dialog.deleteLater()
        self.key_dialog = None
        self._unlocked(journal)

