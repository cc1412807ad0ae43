"""The Plan reads and writes on the task runner (issue 15): a stale read never lands after a
newer one, a read arriving after the lock does nothing, and what follows a save (choose the
new line, open its drug form) waits for the write and the read after it."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tracker.domain.clock import FixedClock
from tracker.services import plan
from tracker.ui.context import AppContext
from tracker.ui.plan import plan_data, words
from tracker.ui.plan.dialogs import LineDialog
from tracker.ui.plan.drug_dialog import DrugDialog
from tracker.ui.plan.view import PlanView

DAILY = {"kind": "interval", "every": 1, "unit": "days"}


@pytest.fixture
def ctx(journal, data_dir, london):
    return AppContext(data_dir=data_dir, journal=journal, clock=FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=london)))


def add_letrozole(journal, start=date(2026, 1, 5)):
    line = plan.add_line(journal, name="Letrozole", start=start)
    plan.add_regimen_drug(journal, line.id, drug_id="letrozole", times=["08:00"], start=start, pattern=DAILY)
    return line


def test_a_stale_read_never_lands_after_a_newer_one(qtbot, ctx, monkeypatch, settle, hold_first_call):
    """Two refreshes, the first read slow and from before the plan: only the second is shown."""
    view = PlanView(ctx)
    qtbot.addWidget(view)
    settle()
    assert view.stack.currentIndex() == 0  # No plan yet
    rendered = []
    real_render = view.render
    monkeypatch.setattr(view, "render", lambda data: (rendered.append(data), real_render(data)))
    held = hold_first_call(plan_data, "load")
    view.refresh()
    assert held.started.wait(30)
    add_letrozole(ctx.journal)
    view.refresh()
    held.release.set()
    settle()
    assert len(held.calls) == 2 and [len(data.lines) for data in rendered] == [1]
    assert view.stack.currentIndex() == 1 and view.line_combo.count() == 1


def test_a_read_that_arrives_after_the_lock_does_nothing(qtbot, ctx, settle, hold_first_call):
    add_letrozole(ctx.journal)
    held = hold_first_call(plan_data, "load")
    view = PlanView(ctx)
    qtbot.addWidget(view)
    assert held.started.wait(30)
    view.when_shown(lambda: pytest.fail("a follow-up ran after the lock"))
    ctx.journal = None  # the lock closes the journal (the read had already started)
    held.release.set()
    settle()
    assert view.stack.currentIndex() == 2 and view.line_combo.count() == 0  # still blank
    assert view._after_render == []


def test_a_new_line_is_chosen_and_its_drug_form_opens_once_saved_and_shown(qtbot, ctx, monkeypatch, settle,
                                                                             hold_first_call):
    """Line 1 is running; line 2 is entered while an older read is still on its way: the drug
    form opens only after the save and the read after it, for line 2, on line 2's first day."""
    add_letrozole(ctx.journal)
    opened = []
    monkeypatch.setattr(PlanView, "_open", lambda self, dialog: opened.append(dialog))
    view = PlanView(ctx)
    qtbot.addWidget(view)
    settle()
    assert view.current_line().name == "Letrozole"
    view.new_line()
    [line_form] = opened
    assert isinstance(line_form, LineDialog) and line_form.number.value() == 2
    held = hold_first_call(plan_data, "load")
    view.refresh()  # a read from before the save, still running when Save is pressed
    assert held.started.wait(30)
    line_form.name.setText("Fulvestrant")
    line_form.start.setDate(words.qdate(date(2026, 3, 2)))
    line_form._save()
    assert not line_form.buttons.isEnabled() and len(opened) == 1  # nothing follows before the write
    held.release.set()
    settle()
    assert line_form.result() == line_form.DialogCode.Accepted
    assert [type(d) for d in opened] == [LineDialog, DrugDialog]
    assert view.current_line().name == "Fulvestrant"
    drug_form = opened[1]
    assert words.pydate(drug_form.start.date()) == date(2026, 3, 2)
    drug_form.drug_edit.setText("fulvestrant")
    drug_form.template.setCurrentIndex(1)
    drug_form._template_chosen(1)
    drug_form.start.setDate(words.qdate(date(2026, 3, 10)))
    drug_form._save()
    settle()
    new_line = next(x for x in plan.therapy_lines(ctx.journal) if x.name == "Fulvestrant")
    assert [i.drug.drug_id for i in plan.scheduled_drugs(ctx.journal) if i.line.id == new_line.id] == ["fulvestrant"]
    assert view.current_line().name == "Fulvestrant" and view.drug_model.rowCount() == 1


def test_undo_and_redo_are_writes_that_the_view_shows_once_done(qtbot, ctx, monkeypatch, settle):
    add_letrozole(ctx.journal)
    view = PlanView(ctx)
    qtbot.addWidget(view)
    settle()
    view.confirm = lambda title, text, then: then()
    view.remove_line()
    assert view.line_combo.count() == 1  # shown as it was until the removal is written and read
    settle()
    assert not plan.therapy_lines(ctx.journal) and view.stack.currentIndex() == 0
    view.undo_stack.undo()
    settle()
    assert len(plan.therapy_lines(ctx.journal)) == 1 and view.line_combo.count() == 1
    view.undo_stack.redo()
    settle()
    assert not plan.therapy_lines(ctx.journal) and view.stack.currentIndex() == 0


def test_a_form_asked_for_before_the_first_read_opens_once_when_it_arrives(qtbot, ctx, monkeypatch, settle):
    add_letrozole(ctx.journal)
    opened = []
    monkeypatch.setattr(PlanView, "_open", lambda self, dialog: opened.append(dialog))
    view = PlanView(ctx)
    qtbot.addWidget(view)
    view.open_target("new")
    view.open_target("new")  # asked twice while the plan is being read
    assert opened == []
    settle()
    [form] = opened
    assert isinstance(form, LineDialog) and form.number.value() == 2  # numbered after the line read
