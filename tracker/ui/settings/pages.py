"""Settings pages. Each names a module exposing `create_page(ctx, parent) -> QWidget`.

The Settings view lists the titles on the left and shows the chosen page on the right.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SettingsPage:
    id: str
    title: str  # translated in context "SettingsPages"
    module: str


PAGES: tuple[SettingsPage, ...] = (
    SettingsPage("security", QT_TRANSLATE_NOOP("SettingsPages", "Passphrase and locking"), "tracker.ui.settings.security_page"),
    SettingsPage("people", QT_TRANSLATE_NOOP("SettingsPages", "Patient and carers"), "tracker.ui.settings.people_page"),
    SettingsPage("sharing", QT_TRANSLATE_NOOP("SettingsPages", "Sharing"), "tracker.ui.settings.sharing_page"),
    SettingsPage("diagnosis", QT_TRANSLATE_NOOP("SettingsPages", "About my diagnosis"), "tracker.ui.settings.diagnosis_page"),
    SettingsPage("care_team", QT_TRANSLATE_NOOP("SettingsPages", "Care team and alerts"), "tracker.ui.settings.care_team_page"),
    SettingsPage("reminders", QT_TRANSLATE_NOOP("SettingsPages", "Reminders"), "tracker.ui.settings.reminders_page"),
    SettingsPage("backups", QT_TRANSLATE_NOOP("SettingsPages", "Backups"), "tracker.ui.settings.backups_page"),
    SettingsPage("appearance", QT_TRANSLATE_NOOP("SettingsPages", "Language and appearance"), "tracker.ui.settings.appearance_page"),
)
