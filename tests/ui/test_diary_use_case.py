"""One diary use case per unlocked session (issue 15, items 3 and 6): Ctrl+N from any section,
the Diary and Today's check-in share one undo history, which the lock clears."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from tracker.services import diary
from tracker.ui.diary.symptom_form import SymptomForm

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

def _save_nausea(qtbot, settle, form: SymptomForm) -> int:
    qtbot.waitUntil(form.is_filled)  # the people and suggestions are read on the task runner
    form.add_term("nausea").ratings["severity"].setValue(2)
    with qtbot.waitSignal(form.saved) as saved:
        form.save()
        settle()
    return saved.args[0].log_id


def _ctrl_n(qtbot, window) -> SymptomForm:
    def open_forms():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, SymptomForm) and w.isVisible()]

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(open_forms()) == 1)
    return open_forms()[0]


def _diary_view(window, settle):
    window.show_section("diary")
    settle()
    return window.stack.views["diary"]


def test_ctrl_n_before_the_diary_was_ever_opened_is_undone_there(qtbot, main_window, journal, settle):
    main_window.show_section("today")
    assert "diary" not in main_window.stack.views
    log_id = _save_nausea(qtbot, settle, _ctrl_n(qtbot, main_window))
    assert not diary.get_log(journal, log_id).deleted

    view = _diary_view(main_window, settle)
    assert view.model.row_of("symptoms", log_id) >= 0
    assert view.undo_button.isEnabled() and "Add entry" in view.undo_button.toolTip()
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert diary.get_log(journal, log_id).deleted
    assert view.model.row_of("symptoms", log_id) == -1


def test_a_checkin_saved_on_today_is_undone_from_the_diary(qtbot, main_window, journal, settle):
    main_window.show_section("today")
    settle()
    card = main_window.stack.views["today"].checkin
    card.temperature.setText(QLocale().toString(37.2, "f", 1))
    with qtbot.waitSignal(card.saved) as saved:
        card.save_button.click()
        settle()
    log_id = saved.args[0].log_id

    view = _diary_view(main_window, settle)
    assert view.model.row_of("symptoms", log_id) >= 0
    view.undo_button.click()
    settle()
    assert diary.get_log(journal, log_id).deleted
    view.undo_stack.redo()
    settle()
    assert not diary.get_log(journal, log_id).deleted


def test_the_checkins_more_symptoms_opens_the_form_of_the_diary_use_case(qtbot, main_window, journal, settle):
    main_window.show_section("today")
    settle()
    card = main_window.stack.views["today"].checkin
    card.more_button.click()
    form = main_window.ctx.diary.dialog
    assert isinstance(form, SymptomForm) and form.isVisible() and form.parentWidget() is main_window
    log_id = _save_nausea(qtbot, settle, form)
    _diary_view(main_window, settle).undo_button.click()
    settle()
    assert diary.get_log(journal, log_id).deleted


def test_the_lock_ends_the_undo_history(qtbot, main_window, journal, settle, unlock_again):
    _save_nausea(qtbot, settle, _ctrl_n(qtbot, main_window))
    before = main_window.ctx.diary
    assert before.undo.count() == 1
    main_window.lock()
    assert before.undo.count() == 0  # it named a diary entry: gone with the key
    unlock_again(main_window)
    assert main_window.ctx.diary is not before and main_window.ctx.diary.undo.count() == 0
    view = _diary_view(main_window, settle)
    assert not view.undo_button.isEnabled()


def test_esc_while_a_save_is_being_written_neither_asks_nor_drops_it(qtbot, main_window, journal, settle,
                                                                     monkeypatch):
    """The journal lane busy (a backup at unlock, say): Save pressed, then Esc. The form does
    not ask 'not saved yet — lose it?' about a log that is being saved; it closes once written,
    and the log is in the diary and undoable."""
    import threading

    from PySide6.QtWidgets import QMessageBox

    from tracker.ui.common.background import BackgroundOp

    form = main_window.ctx.diary.log_symptoms()
    qtbot.waitUntil(form.is_filled)
    form.add_term("nausea").ratings["severity"].setValue(2)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args) or QMessageBox.StandardButton.Discard)
    release = threading.Event()
    busy = BackgroundOp(lambda _progress: release.wait(10)).start()
    saved = []
    form.saved.connect(saved.append)
    form.save()
    form.cancel()  # Esc while it is written
    asked_then, visible_then = list(asked), form.isVisible()
    release.set()
    assert busy.wait(10000)
    settle()
    assert asked_then == [] and visible_then
    assert len(saved) == 1 and not form.isVisible()
    assert not diary.get_log(journal, saved[0].log_id).deleted
    assert main_window.ctx.diary.undo.canUndo()


def test_esc_while_a_note_is_being_written_neither_asks_nor_drops_it(qtbot, main_window, journal, settle):
    """The same for the small forms (note, question, lab result, scan)."""
    import threading

    from tracker.services import questions
    from tracker.ui.common.background import BackgroundOp

    dialog = main_window.ctx.diary.add_note()
    qtbot.waitExposed(dialog)
    dialog.text.setPlainText("Ask about the scan")
    release = threading.Event()
    busy = BackgroundOp(lambda _progress: release.wait(10)).start()
    dialog.save()
    dialog.reject()  # Esc while it is written
    asked_then, visible_then = dialog.discard_question, dialog.isVisible()
    release.set()
    assert busy.wait(10000)
    settle()
    assert asked_then is None and visible_then
    assert not dialog.isVisible()
    undo = main_window.ctx.diary.undo
    assert undo.canUndo()
    assert questions.get_note(journal, undo.command(undo.index() - 1).item_id).text == "Ask about the scan"
