"""The main window: sections (lazy, refresh, navigate, a broken one is a bug), menus, person switch, zoom."""

from __future__ import annotations

import json
import sys
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tracker.ui.context import Change
from tracker.ui.main.sections import SECTIONS, Section

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class FakeView(QWidget):
    created = 0

    def __init__(self, ctx, parent):
        super().__init__(parent)
        FakeView.created += 1
        self.ctx = ctx
        self.refreshed = 0
        self.targets = []

    def refresh(self):
        self.refreshed += 1

    def open_target(self, arg):
        self.targets.append(arg)


@pytest.fixture
def fake_sections(monkeypatch):
    """'today' backed by a fake module; 'plan' pointing at a module that does not exist."""
    module = types.ModuleType("tracker_test_fake_view")
    module.create_view = FakeView
    monkeypatch.setitem(sys.modules, "tracker_test_fake_view", module)
    FakeView.created = 0
    sections = list(SECTIONS)
    sections[0] = Section("today", "Today", "tracker_test_fake_view", "Ctrl+1", "What is due today.")
    sections[1] = Section("plan", "Plan", "tracker.ui.no_such_module_here", "Ctrl+2", "Your lines of treatment.")
    from tracker.ui.main import section_stack

    monkeypatch.setattr(section_stack, "SECTIONS", tuple(sections))
    return sections


@pytest.fixture
def window(qtbot, data_dir, journal, clock, fake_sections, settle):
    from tracker.ui.main.window import MainWindow

    win = MainWindow(data_dir, journal, clock, idle_tick_ms=60_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle()  # who is entering is read on the task runner; Today is built once it lands
    yield win
    for op in list(win._ops):
        op.wait(30000)


def test_title_never_shows_the_journal_name(window):
    assert window.windowTitle() == "Treatment Journey"
    window.show_section("settings")
    assert window.windowTitle() == "Treatment Journey"


def test_sidebar_lists_every_section(window):
    model = window.sidebar.model()
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == \
        ["Today", "Plan", "Diary", "Charts", "Learn", "Reports", "Settings"]


def test_sections_are_created_once_refreshed_on_return_and_get_targets(window):
    view = window.stack.views["today"]
    assert isinstance(view, FakeView) and FakeView.created == 1
    window.show_section("settings")
    window.show_section("today")
    assert FakeView.created == 1 and view.refreshed == 1
    window.ctx.events.navigate.emit("today", "article-x")
    assert view.targets == ["article-x"]
    assert window.sidebar.current_section_id() == "today"


def test_a_section_that_fails_to_import_is_a_bug_not_a_stand_in_page(window):
    """The import error goes on to the caller (the bug report), nothing stands in for the section."""
    with pytest.raises(ModuleNotFoundError, match="no_such_module_here"):
        window.show_section("plan")
    assert "plan" not in window.stack.views
    assert isinstance(window.stack.current_view(), FakeView)


def test_ctrl_number_shortcuts_switch_sections(qtbot, window):
    window.activateWindow()
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.current_section_id() == "settings"
    assert window.stack.current_view() is window.stack.views["settings"]
    assert [a.shortcut().toString() for n, a in window.actions_by_name.items() if n.startswith("go_")] == \
        [s.shortcut for s in SECTIONS]


def test_person_switch_marks_who_is_entering(qtbot, window, journal, settle):
    from tracker.services import people

    switch = window.person_switch
    patient = people.patient(journal)
    assert window.ctx.current_person_id == patient.id
    assert switch.current_name() == "Test Patient"
    carer = people.add_carer(journal, "Sam", "son")
    window.ctx.events.notify(Change.PEOPLE)
    settle()
    assert switch.combo.count() == 2
    switch.combo.setCurrentIndex(1)
    assert window.ctx.current_person_id == carer.id
    assert "Sam" in switch.current_name() and "carer" in switch.current_name()
    # Who was entering survives a lock and unlock.
    window.lock()
    from tracker.services.journals import unlock

    window._unlocked(unlock(window.data_dir, journal.journal_id, "correct horse battery staple"))
    settle()
    assert window.ctx.current_person_id == carer.id
    assert "Sam" in window.person_switch.current_name()


def test_zoom_scales_the_font_and_is_remembered(qtbot, window, data_dir):
    from tracker.services import app_prefs
    from tracker.ui.main import zoom

    base = QApplication.font().pointSizeF()
    try:
        window.actions_by_name["zoom_in"].trigger()
        assert QApplication.font().pointSizeF() > base
        assert app_prefs.load(data_dir)["zoom"] == pytest.approx(1.1)
        window.actions_by_name["zoom_reset"].trigger()
        assert QApplication.font().pointSizeF() == pytest.approx(base)
        window.actions_by_name["zoom_out"].trigger()
        assert QApplication.font().pointSizeF() < base
    finally:
        zoom.apply(1.0)


def test_geometry_is_remembered_without_content(qtbot, data_dir, journal, clock, window):
    window.resize(900, 640)
    window.close()
    saved = (data_dir / "app.json").read_text(encoding="utf-8")
    assert "main_geometry" in json.loads(saved)
    assert "Test Patient" not in saved
    assert not journal.is_open  # closing the window closes the journal


def test_f1_shows_every_shortcut_including_the_log_menu(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from tracker.ui.help.shortcuts import ShortcutsDialog

    window.show_shortcuts()
    qtbot.waitUntil(lambda: any(isinstance(w, ShortcutsDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible())
    keys = {dialog.model.item(r, 0).text() for r in range(dialog.model.rowCount())}
    assert {"Ctrl+L", "Ctrl+3", "Ctrl+Q", "Ctrl+N", "Ctrl+K"} <= keys
    dialog.close()


def test_settings_section_shows_the_security_page(qtbot, window):
    from tracker.ui.settings.security_page import SecurityPage

    window.show_section("settings", "security")
    settings_view = window.stack.views["settings"]
    assert isinstance(settings_view.current_page(), SecurityPage)


def test_ctrl_n_logs_symptoms_from_any_screen(main_window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tracker.ui.diary.symptom_form import SymptomForm

    def open_forms():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, SymptomForm) and w.isVisible()]

    main_window.show_section("today")
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(open_forms()) == 1)
    form = open_forms()[0]
    assert not form.weekly if hasattr(form, "weekly") else True
    form.reject()
    # In the Diary the same key goes through the Diary's controller (undo history).
    main_window.show_section("diary")
    qtbot.keyClick(main_window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(open_forms()) == 1)
    open_forms()[0].reject()


def _mnemonic(text: str) -> str | None:
    import re

    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_alt_keys_on_our_screens_do_not_clash_with_the_menus(qtbot, main_window, journal):
    """An Alt+letter used twice does nothing at all in Qt: the menus (File, Log, View, Help) and
    'Entering as' keep theirs, and no screen uses a letter twice."""
    from datetime import date

    from PySide6.QtWidgets import QAbstractButton, QMenuBar

    from tracker.services import plan
    from tracker.ui.main.person_switch import PersonSwitch  # noqa: F401 - the footer's own "&Entering as:"

    plan.add_line(journal, name="Letrozole", start=date(2026, 1, 1))
    bar = main_window.findChild(QMenuBar)
    taken = {_mnemonic(action.text()) for action in bar.actions()} - {None}
    footer = [label for label in main_window.findChildren(QLabel) if label.buddy() is not None
              and "Entering" in label.text()]
    taken |= {_mnemonic(label.text()) for label in footer}
    assert {"f", "l", "v", "h", "e"} <= taken

    def letters(root):
        out = []
        for w in root.findChildren(QAbstractButton):
            out.append(_mnemonic(w.text()))
        for w in root.findChildren(QLabel):
            if w.buddy() is not None:
                out.append(_mnemonic(w.text()))
        return [x for x in out if x]

    main_window.show_section("today")
    main_window.show_section("plan")
    main_window.show_section("reports")
    from tracker.ui.reports.export_panel import ExportPanel
    from tracker.ui.settings.backups_page import BackupsPage
    from tracker.ui.settings.reminders_page import RemindersPage
    from tracker.ui.settings.security_page import SecurityPage

    roots = [main_window.stack.views["today"], main_window.stack.views["plan"],
             main_window.stack.views["reports"].findChild(ExportPanel)]
    for page_id in ("security", "reminders", "backups"):
        main_window.show_section("settings", page_id)
        roots.append(main_window.stack.views["settings"].current_page())
    assert [type(r) for r in roots[-3:]] == [SecurityPage, RemindersPage, BackupsPage]
    for root in roots:
        used = letters(root)
        assert not (set(used) & taken), (type(root).__name__, sorted(set(used) & taken))
        assert len(used) == len(set(used)), (type(root).__name__, sorted(used))


def test_icalendar_loads_only_for_a_chosen_calendar_file(qtbot, data_dir, journal, clock, monkeypatch):
    """Without a calendar file, opening the window and its reminder settings never loads
    icalendar (with dateutil, 5 MB resident for the session)."""
    import tracker.services
    from tracker.ui.main.window import MainWindow

    for name in [m for m in sys.modules if m == "icalendar" or m.startswith("icalendar.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.delitem(sys.modules, "tracker.services.calendar_ics", raising=False)
    monkeypatch.delattr(tracker.services, "calendar_ics", raising=False)
    window = MainWindow(data_dir, journal, clock, idle_tick_ms=20)
    qtbot.addWidget(window)
    window.show()
    window.reminders.sync_ics()
    window.show_section("settings")
    try:
        assert "icalendar" not in sys.modules
    finally:
        for op in list(window._ops):
            op.wait(5000)


def test_today_waits_for_who_is_entering_and_a_read_landing_after_the_lock_does_nothing(
        qtbot, data_dir, journal, clock, fake_sections, settle):
    """Who is entering, the people and the auto-lock time are read on the task runner; Today is
    built once they land (not first as nobody). A read that lands after the lock does nothing."""
    from tracker.ui.common.runner import task_runner
    from tracker.ui.main.window import MainWindow

    win = MainWindow(data_dir, journal, clock, idle_tick_ms=60_000)
    qtbot.addWidget(win)
    assert "today" not in win.stack.views and win.person_switch.combo.count() == 0
    assert win.sidebar.current_section_id() == "today"
    assert task_runner().wait_idle(30000)  # read, not yet delivered
    win.lock()
    settle()
    assert win.locked and win.ctx is None and win.person_switch is None
    assert not win.idle.timer.isActive()
    win._unlocked(journal_reopened(win, journal))
    settle()
    assert isinstance(win.stack.current_view(), FakeView) and FakeView.created == 1
    assert win.person_switch.current_name() == "Test Patient"


def journal_reopened(win, journal):
    from tracker.services.journals import unlock

    return unlock(win.data_dir, journal.journal_id, "correct horse battery staple")
