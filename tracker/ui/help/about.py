"""Help → About: version, licence, what happens to your data, and third-party notices.

The notices are the generated `THIRD_PARTY_NOTICES.md` (tools/third_party_notices.py): in
a PyInstaller bundle it sits at the bundle root, in a checkout under `packaging/`. Legal
texts stay in English; everything around them is translated.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import tracker

NOTICES_NAME = "THIRD_PARTY_NOTICES.md"


def notices_path() -> Path | None:
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / NOTICES_NAME] if bundle else []
    candidates.append(Path(__file__).resolve().parents[3] / "packaging" / NOTICES_NAME)
    return next((p for p in candidates if p.is_file()), None)


def icon_path() -> Path | None:
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "icon.svg"] if bundle else []
    candidates.append(Path(__file__).resolve().parents[3] / "packaging" / "icon.svg")
    return next((p for p in candidates if p.is_file()), None)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Treatment Journey"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(), self.tr("&About"))
        self.tabs.addTab(self._notices_tab(), self.tr("&Third-party software"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _about_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        header = QHBoxLayout()
        path = icon_path()
        if path is not None:
            icon = QLabel()
            icon.setPixmap(QIcon(str(path)).pixmap(QSize(64, 64)))
            icon.setAccessibleName(self.tr("Treatment Journey icon"))
            header.addWidget(icon)
        title = QLabel(f"<h2>{tracker.APP_NAME}</h2>")  # i18n: ok - the app's name
        version = QLabel(self.tr("Version {version}").format(version=tracker.__version__))
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        names = QVBoxLayout()
        names.addWidget(title)
        names.addWidget(version)
        header.addLayout(names)
        header.addStretch(1)
        column.addLayout(header)
        self.body = QTextBrowser()
        self.body.setOpenExternalLinks(True)
        self.body.setAccessibleName(self.tr("About this app"))
        paragraphs = [
            self.tr("A diary for people living with secondary (metastatic) breast cancer and the people "
                    "who care for them: treatment plans, doses, symptoms, questions and clinic summaries."),
            self.tr("Your privacy: everything you enter stays on this computer, in one encrypted file "
                    "that only your passphrase or recovery key can open. Nothing is sent anywhere: there "
                    "is no account, no cloud and no tracking. Only files you choose to export or print "
                    "leave the journal, and the app warns you when an export is not encrypted."),
            self.tr("The explanations in this app are information, not a substitute for your treatment "
                    "team. If you feel unwell, call your team's 24-hour line."),
            self.tr("Licence: Treatment Journey is free software under the GNU General Public License, "
                    "version 3 or later. It comes with no warranty. It uses Qt and PySide6 (LGPL v3), "
                    "SQLCipher (BSD-style licence), OpenSSL (Apache 2.0) and other open-source packages "
                    "listed under Third-party software."),
        ]
        self.body.setHtml("".join(f"<p>{p}</p>" for p in paragraphs))
        column.addWidget(self.body)
        return page

    def _notices_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.notices = QTextBrowser()
        self.notices.setOpenExternalLinks(True)
        self.notices.setAccessibleName(self.tr("Third-party software and licences"))
        path = notices_path()
        if path is not None:
            self.notices.setMarkdown(path.read_text(encoding="utf-8"))
        else:
            self.notices.setPlainText(self.tr(
                "The list of third-party software is missing from this copy of the app. It uses Qt and "
                "PySide6 (LGPL v3), SQLCipher (BSD-style), OpenSSL (Apache 2.0), SQLAlchemy, Alembic, "
                "cryptography, argon2-cffi, keyring, platformdirs, matplotlib and icalendar."))
        column.addWidget(self.notices)
        return page


def show_about(parent: QWidget | None = None) -> AboutDialog:
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
