"""The sidebar sections. Each names a module exposing `create_view(ctx, parent) -> QWidget`.

The view module is imported when the section is first shown, so start-up stays light.
A view may define `refresh()`; the main window calls it when the section is shown again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Section:
    id: str
    title: str  # translated at display time in context "Sections"
    module: str
    shortcut: str
    empty_hint: str  # what the section holds (the sidebar's tooltip)


SECTIONS: tuple[Section, ...] = (
    Section("today", QT_TRANSLATE_NOOP("Sections", "Today"), "tracker.ui.today.view", "Ctrl+1",
            QT_TRANSLATE_NOOP("Sections", "What is due today, what is overdue, and alerts.")),
    Section("plan", QT_TRANSLATE_NOOP("Sections", "Plan"), "tracker.ui.plan.view", "Ctrl+2",
            QT_TRANSLATE_NOOP("Sections", "Your lines of treatment, cycles and schedules.")),
    Section("diary", QT_TRANSLATE_NOOP("Sections", "Diary"), "tracker.ui.diary.view", "Ctrl+3",
            QT_TRANSLATE_NOOP("Sections", "Everything you logged: symptoms, doses, results and notes.")),
    Section("charts", QT_TRANSLATE_NOOP("Sections", "Charts"), "tracker.ui.charts.view", "Ctrl+4",
            QT_TRANSLATE_NOOP("Sections", "How symptoms, weight and blood results have changed over time.")),
    Section("learn", QT_TRANSLATE_NOOP("Sections", "Learn"), "tracker.ui.learn.view", "Ctrl+5",
            QT_TRANSLATE_NOOP("Sections", "Plain explanations of treatments, tests and symptoms.")),
    Section("reports", QT_TRANSLATE_NOOP("Sections", "Reports"), "tracker.ui.reports.view", "Ctrl+6",
            QT_TRANSLATE_NOOP("Sections", "The clinic summary, exports and backups.")),
    Section("settings", QT_TRANSLATE_NOOP("Sections", "Settings"), "tracker.ui.settings.view", "Ctrl+7",
            QT_TRANSLATE_NOOP("Sections", "Passphrase, care team, reminders, language and more.")),
)
