"""Installing translators before any widget exists (minimal; the languages work extends it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"
_installed: list[QTranslator] = []


def install_translators(app, language: str | None = None) -> QLocale:
    """Load Qt's own and our translations for `language` (e.g. "es", "fa") or the system locale."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_tr = QTranslator(app)
    if qt_tr.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    ours = QTranslator(app)
    if ours.load(locale, "tracker", "_", str(I18N_DIR)):
        app.installTranslator(ours)
        _installed.append(ours)
    return locale
