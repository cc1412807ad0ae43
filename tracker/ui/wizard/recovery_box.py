"""Showing a recovery key once: large monospace text, Print, Save as file, and a check.

Used by the wizard and by "Make a new recovery key" in Settings.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.common.announce import show_status
from tracker.ui.common.ask import ask, choose_file


def key_file_text(journal_name: str, key: str) -> str:
    return "\n".join([
        QCoreApplication.translate("RecoveryKeyBox", "Treatment Journey: recovery key"),
        "",
        QCoreApplication.translate("RecoveryKeyBox", "Journal: {name}").format(name=journal_name),
        "",
        key,
        "",
        QCoreApplication.translate("RecoveryKeyBox", "This key opens your journal if you forget your passphrase."),
        QCoreApplication.translate("RecoveryKeyBox", "Keep it somewhere safe and private, away from this computer."),
    ]) + "\n"


def write_private(path: str, text: str) -> None:
    """Write a file readable only by its owner (the key opens the journal)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    if os.name == "posix":
        os.chmod(path, 0o600)


class RecoveryKeyBox(QWidget):
    """Shows the key and asks the user to prove they kept it.

    `kept_changed(bool)` fires when the check passes or stops passing. The check: tick
    "I have printed it, saved it or written it down" and type the key's last group.
    """

    kept_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self._journal_name = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.key_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.5)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.key_label.setWordWrap(True)
        self.key_label.setStyleSheet("QLabel { border: 1px solid palette(mid); padding: 12px; "
                                     "background: palette(base); }")
        self.key_label.setAccessibleName(self.tr("Your recovery key"))
        layout.addWidget(self.key_label)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("Save as &file…"))
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.kept_box = QCheckBox(self.tr("I have printed it, saved it or written it down, and put it somewhere safe"))
        layout.addWidget(self.kept_box)
        row = QHBoxLayout()
        self.last_label = QLabel(self.tr("To check, type the &last group of 4 characters:"))
        self.last_group = QLineEdit()
        self.last_group.setMaxLength(4)
        self.last_group.setFixedWidth(90)
        self.last_group.setFont(font)
        self.last_label.setBuddy(self.last_group)
        row.addWidget(self.last_label)
        row.addWidget(self.last_group)
        row.addStretch(1)
        layout.addLayout(row)
        self.print_button.clicked.connect(lambda: self.print_key())
        self.save_button.clicked.connect(lambda: self.save_key())
        self.kept_box.toggled.connect(self._changed)
        self.last_group.textChanged.connect(self._changed)
        self._kept = False

    def set_key(self, key: str, journal_name: str) -> None:
        self._key = key
        self._journal_name = journal_name
        self.key_label.setText(self._display(key))
        self.kept_box.setChecked(False)
        self.last_group.clear()
        self.status.clear()

    @staticmethod
    def _display(key: str) -> str:
        groups = key.split("-")
        half = len(groups) // 2
        return "  ".join(groups[:half]) + "\n" + "  ".join(groups[half:])

    def is_kept(self) -> bool:
        if not self._key or not self.kept_box.isChecked():
            return False
        typed = self.last_group.text().strip().upper().replace("O", "0")
        return typed == self._key.split("-")[-1]

    def _changed(self, *_args) -> None:
        kept = self.is_kept()
        if kept != self._kept:
            self._kept = kept
            self.kept_changed.emit(kept)

    def save_key(self, path: str | None = None) -> bool:
        if not path:  # ask where, then save (no nested event loop)
            choose_file(self, self.tr("Save recovery key"), "treatment-journey-recovery-key.txt",
                        self.tr("Text files (*.txt)"), lambda chosen, _filter: self.save_key(chosen), save=True)
            return False
        try:
            write_private(path, key_file_text(self._journal_name, self._key))
        except OSError:
            show_status(self.status, self.tr("The key could not be saved there. Try another place, such as a USB stick."))
            return False
        show_status(self.status, self.tr("Saved. Only you can read that file. Keep a copy away from this computer too."))
        return True

    def print_key(self, printer=None) -> bool:
        """Print on `printer` (True once sent), or first ask which printer: window-modal, no
        nested event loop, so it returns False and the printing follows her answer."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if printer is None:
            chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(chosen, self)
            dialog.setWindowTitle(self.tr("Print recovery key"))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda code: self._print_on(chosen) if code == QPrintDialog.DialogCode.Accepted else None)
            dialog.open()
            return False
        return self._print_on(printer)

    def _print_on(self, printer) -> bool:
        document = QTextDocument()
        text = key_file_text(self._journal_name, self._key)
        # The key in two rows of four groups, never wrapped mid-group, as on screen.
        key_html = "<br>".join(self._display(self._key).split("\n")).replace("  ", "&nbsp;&nbsp;&nbsp;")
        html = "".join(
            f"<p style='font-family:monospace;font-size:18pt;font-weight:bold;white-space:pre'>{key_html}</p>"
            if line == self._key else f"<p>{line.replace('&', '&amp;').replace('<', '&lt;')}</p>"
            for line in text.splitlines()
        )
        document.setHtml(html)
        document.print_(printer)
        show_status(self.status, self.tr("Sent to the printer. Check the page shows all 8 groups clearly."))
        return True


class RecoveryKeyDialog(QDialog):
    """A recovery key shown once, with its explanation above it; closing asks for confirmation
    until the key is kept. Subclasses add their buttons (Close, or Open my journal)."""

    def __init__(self, key: str, journal_name: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(text)
        self.box = RecoveryKeyBox()
        self.box.set_key(key, journal_name)
        self.layout_.addWidget(self.box)

    def reject(self) -> None:
        if not self.box.is_kept():
            ask(self, QCoreApplication.translate("RecoveryKeyDialog", "Treatment Journey"),
                QCoreApplication.translate("RecoveryKeyDialog",
                                           "This key will not be shown again. Close without keeping it?"),
                lambda: QDialog.reject(self), default=QMessageBox.StandardButton.No)
            return
        super().reject()
