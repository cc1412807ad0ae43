"""Lock now (Ctrl+L) and auto-lock after idle, with a FixedClock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from tracker.domain.errors import JournalLocked
from tracker.ui.context import Change

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PASSPHRASE = "correct horse battery staple"


def _assert_locked(qtbot, window, journal):
    from tracker.ui.lock.screen import LockScreen
    from tracker.ui.main.section_stack import SectionStack

    assert window.locked
    assert isinstance(window.centralWidget(), LockScreen)
    assert window.windowTitle() == "Treatment Journey"
    assert not journal.is_open
    with pytest.raises(JournalLocked):
        journal.data_key  # noqa: B018 - the key is gone
    # Views that held data are destroyed, not just hidden.
    qtbot.waitUntil(lambda: not window.findChildren(SectionStack), timeout=2000)
    assert window.ctx is None
    assert window.person_switch is None


def test_ctrl_l_hides_content_and_drops_the_key(qtbot, main_window, journal):
    main_window.activateWindow()
    main_window.sidebar.setFocus()
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main_window.locked, timeout=2000)
    _assert_locked(qtbot, main_window, journal)
    # Section shortcuts do nothing while locked.
    assert not main_window.actions_by_name["go_diary"].isEnabled()


def test_unlocking_the_lock_screen_rebuilds_the_window(qtbot, main_window, journal, wait_not_busy):
    from tracker.ui.main.section_stack import SectionStack

    main_window.lock()
    prompt = main_window.lock_screen.prompt
    prompt.field.setText("wrong passphrase")
    prompt.unlock()
    wait_not_busy(prompt)
    assert main_window.locked
    assert "does not open" in prompt.message.text()
    prompt.field.setText(PASSPHRASE)
    with qtbot.waitSignal(main_window.locked_changed, timeout=10000):
        prompt.unlock()
    assert not main_window.locked
    assert main_window.ctx.journal.is_open
    assert main_window.findChildren(SectionStack)
    assert main_window.sidebar.current_section_id() == "today"


def test_auto_lock_after_idle_but_not_before(qtbot, main_window, journal, clock):
    assert main_window.idle.tracker.minutes == 10  # the default
    clock.advance(minutes=9, seconds=50)
    qtbot.wait(100)  # several ticks of the 20 ms timer
    assert not main_window.locked
    clock.advance(seconds=20)
    qtbot.waitUntil(lambda: main_window.locked, timeout=2000)
    _assert_locked(qtbot, main_window, journal)


def test_input_counts_as_activity(qtbot, main_window, clock):
    clock.advance(minutes=9)
    qtbot.mouseMove(main_window.sidebar, QPoint(10, 10))
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_Down)
    clock.advance(minutes=9)
    qtbot.wait(100)
    assert not main_window.locked  # 18 minutes since start, but only 9 since the last key
    clock.advance(minutes=2)
    qtbot.waitUntil(lambda: main_window.locked, timeout=2000)


def test_zero_minutes_means_never(qtbot, main_window, journal, clock, settle):
    from tracker.services import settings

    settings.set(journal, settings.AUTO_LOCK_MINUTES, 0)
    main_window.ctx.events.notify(Change.SETTINGS)
    settle()  # the window reads the new time on the task runner
    clock.advance(timedelta(days=2))
    qtbot.wait(100)
    assert not main_window.locked


def test_locking_closes_dialogs_opened_from_the_window(qtbot, main_window, journal):
    dialog = QDialog(main_window.stack)
    dialog.show()
    unrelated = QDialog()
    qtbot.addWidget(unrelated)
    unrelated.show()
    main_window.lock()
    assert not dialog.isVisible()
    assert unrelated.isVisible()


def test_automatic_lock_says_why(qtbot, main_window, clock):
    from PySide6.QtWidgets import QLabel

    clock.advance(minutes=11)
    qtbot.waitUntil(lambda: main_window.locked, timeout=2000)
    texts = " ".join(label.text() for label in main_window.lock_screen.findChildren(QLabel))
    assert "nobody used it for a while" in texts


def test_lock_lets_background_work_stop_before_the_key_goes(qtbot, main_window, journal):
    import threading
    import time

    from tracker.ui.common.background import BackgroundOp

    started = threading.Event()
    open_while_working: list[bool] = []

    def work(progress):
        started.set()
        for step in range(400):
            open_while_working.append(journal.is_open)
            progress(step, 400)  # raises OperationCancelled once the lock asks it to stop
            time.sleep(0.005)

    failures = []
    op = BackgroundOp(work, on_failure=failures.append, parent=main_window.stack)
    op.start()
    assert started.wait(5)
    main_window.lock()
    assert not op.is_running()
    assert open_while_working and all(open_while_working)
    assert len(open_while_working) < 400  # it was cancelled, not run to the end


def test_an_entry_read_for_editing_that_lands_after_the_lock_opens_no_form(qtbot, main_window, journal, clock,
                                                                          settle):
    from PySide6.QtWidgets import QApplication

    from tracker.services import people, questions

    questions.add_note(journal, "Scan results worry me", people.patient(journal).id, clock.now(), clock)
    main_window.show_section("diary")
    settle()
    view = main_window.stack.views["diary"]
    view.table.selectRow(0)
    view.edit_selected()  # the entry is read on the task runner; the lock comes before it lands
    main_window.lock()
    settle()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert shown == []


def test_the_lock_stops_an_automatic_backup_under_way_instead_of_waiting_for_it(qtbot, main_window, monkeypatch,
                                                                                settle):
    """The backup at unlock can take a while on a long journal: the lock (Ctrl+L, or idle) stops
    it at its next step, like any other background work, and says nothing about it; the next
    unlock takes it again."""
    import threading
    import time

    from PySide6.QtWidgets import QStatusBar

    from tracker.services import backup

    started = threading.Event()
    steps: list[int] = []

    def slow_backup(journal, clock, *, progress=None):
        started.set()
        for step in range(400):
            steps.append(step)
            if progress is not None:
                progress(step, 400, "")  # raises OperationCancelled once the lock asks it to stop
            time.sleep(0.005)

    monkeypatch.setattr(backup, "auto_backup_if_due", slow_backup)
    main_window._auto_backup()
    assert started.wait(5)
    main_window.lock()
    settle()
    assert len(steps) < 400  # stopped, not run to the end
    assert main_window.findChild(QStatusBar).currentMessage() == ""
