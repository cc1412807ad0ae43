"""Languages: which ones we ship, which one to use, and installing the translators.

Call `install_translators(app, language)` after creating the QApplication and before any
widget exists: widgets read their texts (and the layout direction) when they are built.
`language` is a code from `LANGUAGES` ("en", "es", "fa") or None for "follow the system".

The chosen language is stored in app preferences (`app_prefs`, key "language"), because it
is needed before a journal is unlocked. A change applies the next time the app starts: the
views build their texts once, so switching live would leave half-translated screens.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

PREF_KEY = "language"


@dataclass(frozen=True)
class Language:
    code: str
    #: The language's own name, shown untranslated so people can find their language.
    native_name: str


#: Every language the interface is written or translated into; English is the source.
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("es", "Español"),
    Language("fa", "فارسی"),
)

_installed: list[QTranslator] = []


def i18n_dir() -> Path:
    """Folder of compiled `.qm` files: inside a PyInstaller bundle, or `i18n/` in the project."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "i18n"
    return Path(__file__).resolve().parents[2] / "i18n"


# Kept for callers of the first version of this module.
I18N_DIR = i18n_dir()


def available_languages() -> list[Language]:
    """English plus each language whose compiled translation is present."""
    folder = i18n_dir()
    return [lang for lang in LANGUAGES if lang.code == "en" or (folder / f"tracker_{lang.code}.qm").is_file()]


def supported_code(name: str | None) -> str | None:
    """'es_MX', 'fa-IR', 'es' → the language code we ship, or None."""
    if not name:
        return None
    code = name.replace("-", "_").split("_")[0].lower()
    return code if any(lang.code == code for lang in LANGUAGES) else None


def system_language() -> str:
    """The system locale's language if we ship it, else English."""
    locale = QLocale.system()
    for name in [locale.name(), *locale.uiLanguages()]:
        code = supported_code(name)
        if code:
            return code
    return "en"


def preferred_language(data_dir: Path | None, explicit: str | None = None) -> str | None:
    """--lang wins, then the saved preference; None means "follow the system"."""
    code = supported_code(explicit)
    if code:
        return code
    if data_dir is None:
        return None
    from tracker.services import app_prefs

    return supported_code(app_prefs.load(Path(data_dir)).get(PREF_KEY))


def save_language(data_dir: Path, code: str | None) -> None:
    """Remember the choice (None = follow the system). Applies at the next start."""
    from tracker.services import app_prefs

    app_prefs.update(Path(data_dir), **{PREF_KEY: supported_code(code)})


#: Each shipped language and the region used when the computer's region cannot be used
#: with it. English falls back to British conventions (°C, kg, day-month-year).
_LANGUAGE = {"en": QLocale.Language.English, "es": QLocale.Language.Spanish, "fa": QLocale.Language.Persian}
_FALLBACK_REGION = {"en": "en_GB", "es": "es_ES", "fa": "fa_IR"}


def region_locale(system: QLocale | None = None) -> QLocale:
    """The computer's region (units, first day of the week, date order), whatever language the
    interface speaks. A computer set to C/POSIX or an unknown locale gets en_GB conventions."""
    system = QLocale.system() if system is None else system
    if system.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage) or \
            system.territory() == QLocale.Country.AnyCountry:
        return QLocale("en_GB")
    return system


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The locale for a language: the interface language with the computer's region.

    Formats and units follow the region, separately from the interface language: English on
    a computer in Spain reads "10/03/2026" and Monday-first weeks, not the US "3/10/26".
    When Qt has no data for the pair, the language's fallback region (en_GB for English).
    """
    language = _LANGUAGE.get(code, QLocale.Language.English)
    region = region_locale(system)
    if region.language() == language:
        return region
    paired = QLocale(language, region.territory())
    if paired.language() == language and paired.territory() == region.territory():
        return paired
    return QLocale(_FALLBACK_REGION.get(code, "en_GB"))


def install_translators(app, language: str | None = None) -> QLocale:
    """Load Qt's own and our translations for `language` (None: the system language).

    Also sets the default QLocale (dates and numbers) and the layout direction, so Persian
    mirrors the whole window. Safe to call again: earlier translators are removed first.
    """
    code = supported_code(language) or system_language()
    locale = locale_for(code)
    QLocale.setDefault(locale)
    remove_translators(app)
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase", qt_dir), ("tracker", str(i18n_dir()))):
            translator = QTranslator(app)
            if translator.load(locale, name, "_", folder):
                app.installTranslator(translator)
                _installed.append(translator)
    rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    return locale


def remove_translators(app) -> None:
    """Take out what `install_translators` put in: the interface is back to its English source texts."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def installed_language() -> str:
    """The language code of the default locale (what `install_translators` chose)."""
    return supported_code(QLocale().name()) or "en"
