"""The first time the window is closed into the background, say so (once per data folder).

With a tray icon the tray says it; without one, a small window does, and explains how to
get back (start Treatment Journey again: the running one comes forward) and how to quit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon

from tracker.domain.errors import KnownError
from tracker.services import app_prefs

PREF = "background_notice_shown"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackgroundNotice", text)


def tell_once(data_dir: Path, controller) -> QMessageBox | None:
    if app_prefs.load(data_dir).get(PREF):
        return None
    try:
        app_prefs.update(data_dir, **{PREF: True})
    except (OSError, KnownError):
        pass  # it may be said again next time; nothing is lost
    title = _tr("Treatment Journey is still running")
    if controller.tray is not None:
        controller.tray.showMessage(title, _tr("It keeps running to remind you of doses and appointments, locked. "
                                               "Click this icon to open it; choose Quit in its menu to stop it."),
                                    QSystemTrayIcon.MessageIcon.Information, 15_000)
        return None
    box = QMessageBox(QMessageBox.Icon.Information, title, _tr(
        "Treatment Journey keeps running to remind you of doses and appointments. Your journal is locked.\n\n"
        "To open it again, start Treatment Journey as usual. To stop it completely, choose "
        "File → Quit (Ctrl+Q) in its window."), QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setModal(False)
    box.show()
    return box
