"""Showing errors: KnownError gets its plain message; anything else is a bug report.

Raw OS errors that are really "disk full" or "folder not writable" are shown with those
plain messages rather than as bugs.
"""

from __future__ import annotations

import errno
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.domain.errors import (
    BackupRejected,
    DiskFull,
    FolderNotWritable,
    ImportRejected,
    KnownError,
    OperationCancelled,
)

#: A detail that names a record: "<table> row 3: <field>: …" (import) or "<table> id 7: …" (restore).
_RECORD_DETAIL = re.compile(r"^[a-z_]+ (row|id) \w+: ")


def known_message(exc: KnownError) -> str:
    template = getattr(exc, "template", None)
    if template is not None and getattr(exc, "file_name", None) is not None:
        # Translated as written in the source (with its {file_name} field), then filled in.
        return QCoreApplication.translate("KnownError", template).format(file_name=exc.file_name)
    text = QCoreApplication.translate("KnownError", exc.message)
    where, reason = getattr(exc, "where", None), getattr(exc, "reason", None)
    if where and reason:  # a refused import names the record and gives the form's reason
        where_text = QCoreApplication.translate("KnownError", "Where: {detail}").format(detail=where)
        return f"{text}\n\n{where_text}: {QCoreApplication.translate('KnownError', reason)}"
    if isinstance(exc, (ImportRejected, BackupRejected)) and _RECORD_DETAIL.match(exc.detail or ""):
        # Which table, row and field (never content), so the person or support can find it.
        text += "\n\n" + QCoreApplication.translate("KnownError", "Where: {detail}").format(detail=exc.detail)
    return text


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


#: Messages shown without a parent: kept here while open (nothing else holds them), dropped on close.
_parentless: set[QMessageBox] = set()


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show the error and return at once: the message is opened with open(), never exec(), so a
    failure reported from a task-runner callback does not run a second event loop under it."""
    if isinstance(exc, OperationCancelled):
        return
    known = as_known(exc)
    if known is not None:
        show_message(parent, known_message(known))
        return
    _show_bug(parent, exc)


def show_message(parent: QWidget | None, text: str) -> QMessageBox:
    """A warning with an OK button, window-modal to `parent` (application-modal without one),
    opened without a nested event loop; it deletes itself when closed."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Errors", "Treatment Journey"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        # open() would make it window-modal, which blocks nothing without a parent.
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        _parentless.add(box)
        box.finished.connect(lambda _code: _parentless.discard(box))
        box.show()
    else:
        box.open()
    return box


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
