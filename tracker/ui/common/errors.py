"""Showing errors: KnownError gets its plain message; anything else is a bug report.

Raw OS errors that are really "disk full" or "folder not writable" are shown with those
plain messages rather than as bugs.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.domain.errors import DiskFull, FolderNotWritable, KnownError, OperationCancelled


def known_message(exc: KnownError) -> str:
    return QCoreApplication.translate("KnownError", exc.message)


def as_known(exc: BaseException) -> KnownError | None:
    """The KnownError this exception stands for, or None if it is a bug."""
    if isinstance(exc, KnownError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return DiskFull()
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return FolderNotWritable()
    return None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, OperationCancelled):
        return
    known = as_known(exc)
    if known is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Treatment Journey"), known_message(known))
        return
    _show_bug(parent, exc)


def _show_bug(parent: QWidget | None, exc: BaseException) -> None:
    from tracker.ui.common.bug_report import show_bug_report

    show_bug_report(parent, exc)


def grow_to_fit(dialog: QWidget) -> None:
    """After a message appears in a dialog, make the dialog tall enough for everything in it;
    otherwise Qt squeezes the other rows (a wrapped hint was cut in half)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.totalMinimumSize().height(), dialog.sizeHint().height())
    if dialog.height() < needed:
        dialog.resize(dialog.width(), needed)
