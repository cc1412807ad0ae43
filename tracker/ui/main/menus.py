"""The main window's menus and their shortcuts (also listed by Help → Keyboard shortcuts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from tracker.ui.main.sections import SECTIONS
from tracker.ui.main.sidebar import section_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainMenus", text)


def build_menus(window) -> dict[str, QAction]:
    """Create the menu bar of `window` (a MainWindow); returns the actions by name."""
    actions: dict[str, QAction] = {}
    bar = window.menuBar()

    def add(menu, name: str, text: str, slot, shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        actions[name] = action
        return action

    file_menu = bar.addMenu(_tr("&File"))
    add(file_menu, "new_journal", _tr("&New journal…"), window.new_journal, "Ctrl+Shift+N")
    add(file_menu, "lock", _tr("&Lock now"), lambda: window.lock(), "Ctrl+L")
    file_menu.addSeparator()
    add(file_menu, "quit", _tr("&Quit"), window.quit_app, "Ctrl+Q")

    log_menu = bar.addMenu(_tr("&Log"))
    # Window-wide, so "how do I feel" is one keystroke from any screen (the Diary view
    # does not bind these itself: two bindings of one key would cancel each other).
    add(log_menu, "log_symptoms", _tr("Log &symptoms…"), lambda: window.log_symptoms(), QKeySequence.StandardKey.New)
    add(log_menu, "weekly_checkin", _tr("&Weekly check-in…"), lambda: window.log_symptoms(weekly=True), "Ctrl+K")

    view_menu = bar.addMenu(_tr("&View"))
    for section in SECTIONS:
        add(view_menu, f"go_{section.id}", _tr("Go to {section}").format(section=section_title(section)),
            lambda _checked=False, sid=section.id: window.go_to_section(sid), section.shortcut)
    view_menu.addSeparator()
    add(view_menu, "zoom_in", _tr("Zoom &in"), lambda: window.zoom(+1), "Ctrl+=")
    # Ctrl++ as well: on many keyboards "=" and "+" share a key.
    actions["zoom_in"].setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
    add(view_menu, "zoom_out", _tr("Zoom &out"), lambda: window.zoom(-1), "Ctrl+-")
    add(view_menu, "zoom_reset", _tr("&Normal size"), lambda: window.zoom(0), "Ctrl+0")
    view_menu.addSeparator()
    add(view_menu, "who", _tr("Change who is &entering"), window.focus_person_switch, "Ctrl+E")

    help_menu = bar.addMenu(_tr("&Help"))
    add(help_menu, "shortcuts", _tr("&Keyboard shortcuts…"), window.show_shortcuts, "F1")
    add(help_menu, "about", _tr("&About Treatment Journey"), window.show_about)
    return actions

