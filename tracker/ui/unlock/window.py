"""The start window when journals exist: pick a journal (by name) and type its passphrase.

If this computer remembers a journal's key (OS keyring), it opens without the passphrase.
Shortcuts: Enter = Unlock, Ctrl+N = Create another journal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.roles import install_role
from tracker.ui.unlock.model import JOURNAL_ID_ROLE, JournalListModel
from tracker.ui.unlock.prompt import PassphrasePrompt

KEYRING_DELAY_MS = 150


class UnlockWindow(QWidget):
    unlocked = Signal(object)  # OpenJournal
    create_requested = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None, *, try_keyring: bool = True) -> None:
        install_role(UnlockWindow, QAccessible.Role.Dialog)  # a question to answer, not a bare pane
        super().__init__(parent)
        self.data_dir = Path(data_dir)
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
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        self.view.selectionModel().currentChanged.connect(self._selected)
        self.prompt.unlocked.connect(self._unlocked)
        self.create_button.clicked.connect(self.create_requested)
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
        return self.prompt.is_busy() or self._keyring_op is not None or self._keyring_pending > 0
