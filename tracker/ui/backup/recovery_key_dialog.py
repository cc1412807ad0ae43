"""Shows the recovery key of a journal just made by an import, once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from tracker.ui.common.ask import ask
from tracker.ui.plan.words import plural
from tracker.ui.wizard.recovery_box import RecoveryKeyBox


class ImportedKeyDialog(QDialog):
    def __init__(self, key: str, journal_name: str, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        layout = QVBoxLayout(self)
        done = QLabel(plural(self.tr("The new journal “{name}” was made with %n record(s) from the file.", "", rows),
                             rows).format(name=journal_name))
        done.setWordWrap(True)
        layout.addWidget(done)
        note = QLabel(self.tr("This is the new journal's recovery key. It opens the journal if you forget "
                              "the passphrase. It will not be shown again: print it or save it, and keep it "
                              "somewhere safe."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.box = RecoveryKeyBox()
        self.box.set_key(key, journal_name)
        layout.addWidget(self.box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        if self.box.is_kept():
            super().reject()
            return
        self.confirm_close(lambda: QDialog.reject(self))

    def confirm_close(self, then: Callable[[], None]) -> None:
        """Ask before closing with the key not kept; `then` closes (tests replace this to answer)."""
        ask(self, self.tr("Treatment Journey"), self.tr("This key will not be shown again. Close without keeping it?"),
            then, default=QMessageBox.StandardButton.No)
