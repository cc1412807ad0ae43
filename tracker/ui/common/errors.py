"""Showing errors: KnownError gets its plain message; anything else is a bug report.

(Minimal version; the foundation UI replaces `_show_bug` with the full bug-report dialog.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.domain.errors import KnownError, OperationCancelled


def known_message(exc: KnownError) -> str:
    return QCoreApplication.translate("KnownError", exc.message)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, OperationCancelled):
        return
    if isinstance(exc, KnownError):
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Treatment Journey"), known_message(exc))
        return
    _show_bug(parent, exc)


def _show_bug(parent: QWidget | None, exc: BaseException) -> None:
    try:
        from tracker.ui.common.bug_report import show_bug_report
    except ImportError:
        QMessageBox.critical(parent, "Treatment Journey", QCoreApplication.translate("Errors", "An unexpected problem happened."))
        return
    show_bug_report(parent, exc)
