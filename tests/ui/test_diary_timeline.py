"""The Diary view: lazy timeline, filters, edit / delete / undo, forms for other entries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from tracker.domain.measurements import Measurement
from tracker.domain.symptoms import SymptomRating
from tracker.services import diary, labs, people, questions
from tracker.storage.models.diary import DiaryLog
from tracker.ui.context import AppContext, Change
from tracker.ui.diary.view import create_view

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing the keyboard|activateWindow)")


@pytest.fixture
def ctx(journal, clock, data_dir):
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)


@pytest.fixture
def pid(journal):
    return people.patient(journal).id


def _view(qtbot, ctx, settle):
    """The Diary, shown once its first page landed."""
    view = create_view(ctx)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    view.activateWindow()  # shortcuts (Delete, Ctrl+Z) need an active window
    qtbot.waitUntil(view.isActiveWindow)
    settle()
    return view


def _paged_view(qtbot, ctx, settle, journal, clock, pid, *, logs: int):
    """The Diary over `logs` hourly logs (inserted in one go), 40 to a page, its first page shown."""
    with journal.connection() as conn:
        now = clock.now()
        conn.execute(DiaryLog.__table__.insert(), [
            {"occurred_at": now - timedelta(hours=i), "tz": "Europe/London", "entered_at": now, "entered_by_id": pid,
             "recall_days": 1, "note": f"n{i}"} for i in range(logs)])
    view = _view(qtbot, ctx, settle)
    view.model.page_size = 40
    view.model.reload()
    settle()
    return view


def _log(journal, clock, pid, term="nausea", severity=1, hours_ago=0):
    return diary.log_symptoms(journal, [SymptomRating(term, severity=severity)], pid,
                              clock.now() - timedelta(hours=hours_ago), clock).log_id


def test_empty_state_says_what_to_do(qtbot, settle, ctx):
    view = _view(qtbot, ctx, settle)
    assert view.stack.currentWidget() is view.empty
    assert view.empty.action_button is not None and view.empty.action_button.text() == "Log symptoms"


def test_timeline_fetches_more_on_scroll(qtbot, settle, ctx, journal, clock, pid):
    view = _paged_view(qtbot, ctx, settle, journal, clock, pid, logs=150)
    model = view.model
    assert model.rowCount() == 40 and model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one read in flight at a time
    settle()
    assert model.rowCount() == 80
    for _ in range(10):
        view.table.scrollToBottom()
        qtbot.waitUntil(lambda: not model.is_reading())
        settle()
        if not model.canFetchMore():
            break
    assert model.rowCount() == 150 and model.pages_fetched >= 4 and not model.canFetchMore()
    notes = [model.item(r).detail["note"] for r in range(150)]
    assert notes == [f"n{i}" for i in range(150)]
    view.table.selectRow(120)
    ctx.events.notify(Change.DIARY)  # a change elsewhere keeps the reader's place
    settle()
    assert model.rowCount() == 150 and view.selected_item().detail["note"] == "n120"


def test_delete_then_undo_then_redo(qtbot, settle, ctx, journal, clock, pid):
    first = _log(journal, clock, pid, hours_ago=2)
    _log(journal, clock, pid, term="fatigue")
    view = _view(qtbot, ctx, settle)
    row = view.model.row_of("symptoms", first)
    view.table.selectRow(row)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    settle()
    assert diary.get_log(journal, first).deleted
    assert view.model.row_of("symptoms", first) == -1
    assert "Ctrl+Z" in view.status.text()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert not diary.get_log(journal, first).deleted
    assert view.model.row_of("symptoms", first) >= 0
    view.undo_stack.redo()
    settle()
    assert diary.get_log(journal, first).deleted
    view.filters.deleted.setChecked(True)  # kept in history, shown when asked
    settle()
    row = view.model.row_of("symptoms", first)
    assert row >= 0 and view.model.item(row).deleted
    assert "deleted" in view.model.index(row, 1).data()
    view.table.selectRow(row)
    assert view.delete_button.text() == "Restore" and not view.edit_button.isEnabled()
    view.delete_selected()
    settle()
    assert not diary.get_log(journal, first).deleted
    view.undo_stack.undo()
    settle()
    assert diary.get_log(journal, first).deleted


def test_edit_symptom_log_and_undo(qtbot, settle, ctx, journal, clock, pid):
    log_id = diary.log_symptoms(journal, [SymptomRating("nausea", severity=1), Measurement("weight", 60.0, "kg")],
                                pid, clock.now(), clock, note="before").log_id
    view = _view(qtbot, ctx, settle)
    view.table.selectRow(view.model.row_of("symptoms", log_id))
    view.edit_selected()
    settle()  # the entry is read, then its form opens and fills in
    form = view.controller.dialog
    qtbot.addWidget(form)
    assert form.is_filled() and form.isVisible()
    assert form.rows["nausea"].ratings["severity"].value() == 1 and form.weight.text() == "60"
    form.rows["nausea"].ratings["severity"].setValue(3)
    form.note.setPlainText("after")
    form.save()
    settle()
    assert not form.isVisible()
    detail = diary.get_log(journal, log_id)
    assert detail.ratings[0].severity == 3 and detail.note == "after"
    assert detail.measurements[0].value == 60.0
    view.undo_stack.undo()
    settle()
    detail = diary.get_log(journal, log_id)
    assert detail.ratings[0].severity == 1 and detail.note == "before"
    view.undo_stack.redo()
    settle()
    assert diary.get_log(journal, log_id).note == "after"


def test_filter_by_symptom_and_person(qtbot, settle, ctx, journal, clock, pid):
    carer = people.add_carer(journal, "Sam").id
    _log(journal, clock, pid, term="bone_pain", hours_ago=1)
    _log(journal, clock, carer, term="nausea", hours_ago=2)
    questions.add_question(journal, "Scan results?", pid, clock)
    view = _view(qtbot, ctx, settle)
    assert view.model.rowCount() == 3
    view.filters.symptom.setCurrentIndex(view.filters.symptom.findData("bone_pain"))
    settle()
    assert view.model.rowCount() == 1 and view.model.item(0).detail["ratings"][0][0] == "bone_pain"
    view.filters.clear()
    settle()
    assert view.filters.person.findData(carer) > 0  # the people came with the first page
    view.filters.person.setCurrentIndex(view.filters.person.findData(carer))
    settle()
    assert view.model.rowCount() == 1 and view.model.item(0).entered_by_id == carer
    view.filters.kind.setCurrentIndex(view.filters.kind.findData("lab"))
    settle()
    assert view.stack.currentWidget() is view.no_match


def test_lab_form_refuses_bad_value_then_adds_and_undo_removes(qtbot, settle, ctx, journal, clock, pid):
    view = _view(qtbot, ctx, settle)
    dialog = view.controller.add_lab()
    qtbot.addWidget(dialog)
    dialog.test.setCurrentIndex(dialog.test.findData("ca15_3"))
    dialog.value.setText("-5")
    dialog.save()
    settle()
    assert dialog.isVisible() and dialog.errors["value"].isVisible()
    dialog.value.setText("42.5")
    dialog.ref_high.setText("30")
    dialog.save()
    settle()
    assert not dialog.isVisible()
    assert [r.value for r in labs.lab_history(journal, "ca15_3")] == [42.5]
    assert view.model.item(0).kind == "lab"
    view.undo_stack.undo()
    settle()
    assert labs.lab_history(journal, "ca15_3") == []


def test_question_form_add_and_edit(qtbot, settle, ctx, journal):
    view = _view(qtbot, ctx, settle)
    dialog = view.controller.add_question()
    qtbot.addWidget(dialog)
    dialog.save()
    settle()
    assert dialog.errors["text"].isVisible()
    dialog.text.setPlainText("Can I have the flu jab?")
    dialog.save()
    settle()
    item = view.model.item(0)
    assert item.kind == "question"
    view.table.selectRow(0)
    view.edit_selected()
    settle()
    edit = view.controller.dialog
    qtbot.addWidget(edit)
    assert edit.text.toPlainText() == "Can I have the flu jab?"
    edit.answered.setChecked(True)
    edit.save()
    settle()
    assert questions.open_questions(journal) == []
    view.undo_stack.undo()
    settle()
    assert len(questions.open_questions(journal)) == 1


def test_keyboard_shortcuts_open_the_forms(qtbot, settle, ctx):
    from tracker.ui.diary.entry_forms import LabDialog

    # Ctrl+N and Ctrl+K belong to the main window (tests/ui/test_main_window.py); it routes
    # them to this controller, whose forms join the Diary's undo history.
    view = _view(qtbot, ctx, settle)
    form = view.controller.log_symptoms(weekly=True)
    assert form.weekly and form.isVisible()
    form.reject()
    view.table.setFocus()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.findChildren(LabDialog)


def test_cells_are_drawn_without_reading_the_journal(qtbot, settle, ctx, journal, clock, pid, monkeypatch):
    # A cell's text once asked the journal whether the entry was "changed on two computers",
    # a query per row on every paint; once the journal locked, a repaint (a language change,
    # closing the window) raised JournalLocked from inside Qt. That is read with each page now.
    for hours in range(5):
        _log(journal, clock, pid, hours_ago=hours)
    view = _view(qtbot, ctx, settle)
    model = view.model
    assert model.rowCount() == 5

    def no_reads(*_args, **_kwargs):
        raise AssertionError("a cell read the journal")

    monkeypatch.setattr(journal, "connection", no_reads)
    monkeypatch.setattr(journal, "session", no_reads)
    texts = [model.data(model.index(row, column)) for row in range(5) for column in range(model.columnCount())]
    assert all(isinstance(text, str) for text in texts)


def test_a_page_read_for_the_list_a_reload_replaced_never_lands(qtbot, settle, ctx, journal, clock, pid,
                                                               monkeypatch):
    import threading

    from tracker.ui.diary import diary_data

    view = _paged_view(qtbot, ctx, settle, journal, clock, pid, logs=100)
    model = view.model
    real, started, release = diary_data.load_pages, threading.Event(), threading.Event()

    def held_scroll(*args, **kwargs):  # the next page's read, held until the reload is asked for
        pages = real(*args, **kwargs)
        if "with_people" not in kwargs:
            started.set()
            assert release.wait(30)
        return pages

    monkeypatch.setattr(diary_data, "load_pages", held_scroll)
    model.fetchMore()
    assert started.wait(10)
    inserted = []
    model.rowsInserted.connect(lambda *_: inserted.append(model.rowCount()))
    view.filters.deleted.setChecked(True)  # a reload (new filter) while the page is read
    release.set()
    settle()
    assert inserted == [] and model.rowCount() == 40 and model.canFetchMore()


def test_delete_and_undo_pressed_at_once_are_written_in_that_order(qtbot, settle, ctx, journal, clock, pid):
    log_id = _log(journal, clock, pid)
    view = _view(qtbot, ctx, settle)
    view.table.selectRow(view.model.row_of("symptoms", log_id))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # before the delete is written
    view.undo_stack.redo()
    view.undo_stack.undo()
    settle()
    assert not diary.get_log(journal, log_id).deleted
    assert view.model.row_of("symptoms", log_id) >= 0


def test_edit_pressed_twice_opens_one_form(qtbot, settle, ctx, journal, clock, pid):
    from tracker.ui.diary.symptom_form import SymptomForm

    log_id = _log(journal, clock, pid)
    view = _view(qtbot, ctx, settle)
    view.table.selectRow(view.model.row_of("symptoms", log_id))
    view.edit_selected()
    view.edit_selected()  # the first read is dropped: only the newer one opens its form
    settle()
    forms = [form for form in view.findChildren(SymptomForm) if form.isVisible()]
    assert len(forms) == 1 and forms[0].is_filled()
    forms[0].reject()


def test_a_form_closed_before_its_read_lands_is_left_alone(qtbot, settle, ctx):
    from shiboken6 import isValid

    from tracker.ui.diary.symptom_form import SymptomForm

    form = SymptomForm(ctx)
    form.deleteLater()  # closed by the lock, say, while its people were being read
    qtbot.waitUntil(lambda: not isValid(form))
    settle()  # nothing lands on the deleted form (it would raise here)


def _error_boxes():
    from PySide6.QtWidgets import QApplication, QMessageBox

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_delete_the_journal_refuses_leaves_nothing_to_undo_and_does_not_say_deleted(
        qtbot, settle, ctx, journal, clock, pid, monkeypatch):
    from tracker.domain.errors import DiskFull
    from tracker.services import timeline

    first = _log(journal, clock, pid)
    view = _view(qtbot, ctx, settle)
    real = timeline.set_deleted

    def full_disk(*_args, **_kwargs):
        raise DiskFull()

    monkeypatch.setattr(timeline, "set_deleted", full_disk)
    view.table.selectRow(view.model.row_of("symptoms", first))
    view.delete_selected()
    settle()
    boxes = _error_boxes()
    assert len(boxes) == 1 and "space" in boxes[0].text().lower()
    boxes[0].close()
    assert not diary.get_log(journal, first).deleted and view.model.row_of("symptoms", first) >= 0
    # Nothing happened, so nothing to undo and no "Deleted… Ctrl+Z" (before: both were there).
    assert not view.undo_stack.canUndo() and not view.undo_button.isEnabled()
    assert "Ctrl+Z" not in view.status.text()

    # Deleted for real, then the undo refused: the delete is still done and still undoable.
    monkeypatch.setattr(timeline, "set_deleted", real)
    view.table.selectRow(view.model.row_of("symptoms", first))
    view.delete_selected()
    settle()
    assert diary.get_log(journal, first).deleted and view.undo_stack.index() == 1
    monkeypatch.setattr(timeline, "set_deleted", full_disk)
    view.undo_stack.undo()
    settle()
    _error_boxes()[0].close()
    assert diary.get_log(journal, first).deleted
    assert view.undo_stack.index() == 1 and view.undo_stack.canUndo() and not view.undo_stack.canRedo()
    monkeypatch.setattr(timeline, "set_deleted", real)
    view.undo_stack.undo()  # once there is room again, Ctrl+Z works
    settle()
    assert not diary.get_log(journal, first).deleted


def test_a_refused_step_with_later_steps_after_it_clears_the_history(qtbot, settle, ctx, journal, clock, pid,
                                                                      monkeypatch):
    from tracker.domain.errors import DiskFull
    from tracker.services import timeline

    first, second = _log(journal, clock, pid, hours_ago=1), _log(journal, clock, pid, term="fatigue")
    view = _view(qtbot, ctx, settle)
    calls = []

    def refuse_the_first(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise DiskFull()

    monkeypatch.setattr(timeline, "set_deleted", refuse_the_first)
    for log_id in (first, second):  # both pressed before the first write's answer is back
        view.table.selectRow(view.model.row_of("symptoms", log_id))
        view.controller.delete(view.selected_item())
    assert view.undo_stack.index() == 2
    settle()
    for box in _error_boxes():
        box.close()
    assert len(calls) == 2 and not view.undo_stack.canUndo() and view.undo_stack.count() == 0
