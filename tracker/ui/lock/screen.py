"""What the main window shows while locked: no content, only the passphrase prompt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from tracker.ui.unlock.prompt import PassphrasePrompt


class LockScreen(QWidget):
    unlocked = Signal(object)  # OpenJournal

    def __init__(self, data_dir: Path, journal_id: str, display_name: str, *, automatic: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(480)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        heading = QLabel(self.tr("Your journal is locked"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        # Honest without alarm: saved entries are safe; only an unsaved open form may be gone.
        why = (self.tr("It was locked because nobody used it for a while. Everything you saved is safe; "
                       "a form that was open and not yet saved may need filling in again.")
               if automatic else self.tr("Nothing is shown until the passphrase is typed again."))
        text = QLabel(why)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.prompt = PassphrasePrompt(data_dir)
        self.prompt.set_journal(journal_id, display_name)
        self.prompt.label.setText(self.tr("&Passphrase for {name}:").format(name=display_name))
        layout.addWidget(self.prompt)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.prompt.unlocked.connect(self.unlocked)
        self.setFocusProxy(self.prompt.field)
