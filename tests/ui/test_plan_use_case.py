"""One plan use case per unlocked session (issue 15, item 3): the Plan and Today's dose marks
share one undo history (`ctx.plan`), which outlives the views and goes with the lock."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tracker.domain.clock import FixedClock
from tracker.services import doses, people, plan
from tracker.ui.context import AppContext
from tracker.ui.today.view import TodayView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

def _add_letrozole(journal) -> None:
    line = plan.add_line(journal, name="Letrozole", start=date(2026, 2, 16))
    plan.add_regimen_drug(journal, line.id, drug_id="letrozole", times=["08:00"], start=date(2026, 2, 16),
                          pattern={"kind": "interval", "every": 1, "unit": "days"})


def _letrozole_status(ctx) -> str | None:
    return next(d for d in doses.today_list(ctx.journal, ctx.clock).today if d.name == "letrozole").status


def _show(window, section: str, settle):
    window.show_section(section)
    settle()
    return window.stack.views[section]


def test_a_dose_ticked_on_today_is_undone_by_the_plans_undo(qtbot, main_window, journal, settle):
    _add_letrozole(journal)
    today = _show(main_window, "today", settle)
    today.refresh()
    settle()
    today.list.setCurrentIndex(today.model.index(0))
    today.taken_button.click()
    settle()
    assert _letrozole_status(main_window.ctx) == doses.TAKEN

    view = _show(main_window, "plan", settle)
    assert view.undo_button.isEnabled() and "mark a dose taken" in view.undo_button.toolTip()
    view.undo_button.click()
    settle()
    assert _letrozole_status(main_window.ctx) is None
    assert today.undo_stack.canRedo()  # one history: Today can do it again


def test_a_plan_edit_then_lock_and_unlock_leaves_no_history(qtbot, main_window, journal, settle, unlock_again):
    _add_letrozole(journal)
    view = _show(main_window, "plan", settle)
    view.confirm = lambda _title, _text, then: then()
    view.remove_drug()
    settle()
    before = main_window.ctx.plan
    assert before.undo.count() == 1 and view.undo_button.isEnabled()

    main_window.lock()
    assert before.undo.count() == 0  # it named a drug: gone with the key
    unlock_again(main_window)
    assert main_window.ctx.plan is not before and main_window.ctx.plan.undo.count() == 0
    assert not _show(main_window, "plan", settle).undo_button.isEnabled()
    assert not _show(main_window, "today", settle).undo_button.isEnabled()


def test_todays_ctrl_z_undoes_a_dose_mark_even_after_today_was_rebuilt(qtbot, journal, data_dir, london, settle):
    ctx = AppContext(data_dir=data_dir, journal=journal, clock=FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=london)),
                     current_person_id=people.patient(journal).id)
    _add_letrozole(journal)
    host = QWidget()  # the window: what the reminders hang on outlives the sections
    qtbot.addWidget(host)
    QVBoxLayout(host)
    first = TodayView(ctx, host)
    host.layout().addWidget(first)
    settle()
    first.list.setCurrentIndex(first.model.index(0))
    first.taken_button.click()
    settle()
    assert _letrozole_status(ctx) == doses.TAKEN
    first.deleteLater()  # the section is rebuilt (a language or text-size change): the history stays
    settle()

    view = TodayView(ctx, host)
    host.layout().addWidget(view)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    settle()
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert _letrozole_status(ctx) is None
    assert view.undo_stack.canRedo() and not view.undo_button.isEnabled()
    view.undo_stack.redo()
    settle()
    assert _letrozole_status(ctx) == doses.TAKEN


def test_an_undo_the_journal_refuses_keeps_the_step_done_and_undoable(qtbot, journal, clock, data_dir, settle):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tracker.domain.errors import DiskFull
    from tracker.ui.plan.use_case import PlanUseCase

    ctx = AppContext(data_dir=data_dir, journal=journal, clock=clock)
    use_case = PlanUseCase(ctx)
    room = {"full": False}
    undone = []

    def undo(result):
        if room["full"]:
            raise DiskFull()
        undone.append(result)

    use_case.submit("change the plan", lambda: "done", undo)
    settle()
    assert use_case.undo.index() == 1
    room["full"] = True
    use_case.undo.undo()
    settle()
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]:
        box.close()
    # Still done, so still undoable, and nothing to redo (before: "undone", with Redo on).
    assert use_case.undo.index() == 1 and not use_case.undo.canRedo() and undone == []
    room["full"] = False
    use_case.undo.undo()
    settle()
    assert undone == ["done"] and use_case.undo.canRedo()
    use_case.close()
