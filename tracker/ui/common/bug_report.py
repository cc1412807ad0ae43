"""The bug-report dialog: something unexpected happened that is not the user's fault.

The technical report holds only the app version, Python/Qt versions, the platform, the
exception *type* and the traceback frames as file:line:function. Never the exception
message and never local variables: both could contain diary content.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.common.announce import show_status
from tracker.ui.common.ask import choose_file


def _short_path(filename: str) -> str:
    """Paths relative to the package (or just the file name) so no user folder names leak."""
    path = Path(filename)
    parts = path.parts
    for anchor in ("tracker", "site-packages"):
        if anchor in parts:
            idx = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[idx:])
    return path.name


def technical_report(exc: BaseException) -> str:
    import platform
    import traceback

    import PySide6

    from tracker import __version__

    pyside = PySide6.__version__
    lines = [
        f"Treatment Journey {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt {qVersion()}, PySide6 {pyside}",
        f"Platform {platform.system()} {platform.release()} {platform.machine()}",
        "",
        f"Error type: {type(exc).__module__}.{type(exc).__qualname__}",
        "Where (most recent call last):",
    ]
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 5:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for item in reversed(chain):  # the first failure first, as Python prints chains
        lines.append(f"{type(item).__module__}.{type(item).__qualname__} at:")
        for frame in traceback.extract_tb(item.__traceback__):
            lines.append(f"  {_short_path(frame.filename)}:{frame.lineno}:{frame.name}")
    return "\n".join(lines)


class BugReportDialog(QDialog):
    def __init__(self, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Treatment Journey"))
        self.setModal(True)
        self.report = technical_report(exc)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Sorry, something went wrong"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        text = QLabel(
            self.tr(
                "This was not your fault. Everything you had already saved is still safe in your journal. "
                "If you were in the middle of typing something, please check it was saved.\n\n"
                "If this keeps happening, you can send the technical report below to the people who make "
                "the app. It contains no diary content: only version numbers and where in the program "
                "the problem happened."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.details = QPlainTextEdit(self.report)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(self.tr("Technical report"))
        self.details.setMinimumSize(520, 180)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.save_button = QPushButton(self.tr("&Save report…"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        close.clicked.connect(self.accept)
        self.copy_button.clicked.connect(self.copy_report)
        self.save_button.clicked.connect(self.save_report)
        layout.addWidget(buttons)
        self.status = QLabel("")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        show_status(self.status, self.tr("The report was copied. You can paste it into an email."))

    def save_report(self, path: str | None = None) -> None:
        if not path:  # ask where, then save (no nested event loop)
            choose_file(self, self.tr("Save technical report"), "treatment-journey-report.txt",
                        self.tr("Text files (*.txt)"), lambda chosen, _filter: self.save_report(chosen), save=True)
            return
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(self.report + "\n")
        except OSError:
            show_status(self.status, self.tr("The report could not be saved there. Try another folder."))
            return
        show_status(self.status, self.tr("The report was saved."))


_showing: BugReportDialog | None = None


def show_bug_report(parent: QWidget | None, exc: BaseException) -> None:
    """Show the dialog (window-modal, without a nested event loop: a failure inside a callback
    or an undo step returns at once); a second failure while it is open is not stacked on top."""
    global _showing  # noqa: PLW0603 - one report on screen per process
    if _showing is not None or QCoreApplication.instance() is None:
        return
    dialog = BugReportDialog(exc, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)

    def closed() -> None:
        global _showing  # noqa: PLW0603
        _showing = None

    dialog.finished.connect(closed)
    _showing = dialog
    dialog.open()
