"""A plan entered six weeks late asks once what happened to the doses before today."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tracker.domain.clock import FixedClock
from tracker.services import doses, people
from tracker.services.plan import past_doses
from tracker.ui.context import AppContext
from tracker.ui.plan import words
from tracker.ui.plan.dialogs import LineDialog
from tracker.ui.plan.drug_dialog import DrugDialog
from tracker.ui.plan.past_doses_dialog import PastDosesDialog
from tracker.ui.plan.view import PlanView

STARTED = date(2026, 1, 27)  # six weeks before "today"


@pytest.fixture
def ctx(journal, data_dir, london):
    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=london))
    context = AppContext(data_dir=data_dir, journal=journal, clock=clock)
    context.current_person_id = people.add_carer(journal, "Sam", relation="partner").id
    return context


def _enter_letrozole(qtbot, ctx, monkeypatch, settle, answer):
    """Line + letrozole from six weeks ago, through the Plan view's dialogs; `answer` fills
    the question (None: the question must not be asked)."""
    seen = []

    def person(dialog):
        seen.append(type(dialog))
        if isinstance(dialog, LineDialog):
            dialog.name.setText("Letrozole")
            dialog.start.setDate(words.qdate(STARTED))
        elif isinstance(dialog, DrugDialog):
            dialog.drug_edit.setText("letrozole")
            dialog.template.setCurrentIndex(1)
            dialog._template_chosen(1)
            dialog.start.setDate(words.qdate(STARTED))
        else:
            assert isinstance(dialog, PastDosesDialog)
            assert "letrozole has 42 planned doses from Tue 27 Jan 2026 to Mon 9 Mar 2026 that nobody marked" in dialog.intro.text()
            answer(dialog)
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(PlanView, "_open", lambda self, dialog: person(dialog))
    view = PlanView(ctx)
    qtbot.addWidget(view)
    view.new_line()  # waits for the plan's first read
    settle()  # the line, then its drug (the form opened once the line shows), then the question
    return view, seen


def _past(ctx):
    return doses.doses_between(ctx.journal, STARTED, date(2026, 3, 9))


def test_i_took_them_records_them_backfilled_by_who_entered_and_undo_takes_it_back(qtbot, ctx, monkeypatch, settle):
    view, seen = _enter_letrozole(qtbot, ctx, monkeypatch, settle,
                                  lambda d: d.buttons[past_doses.TOOK_AS_PLANNED].setChecked(True))
    assert seen == [LineDialog, DrugDialog, PastDosesDialog]
    past = _past(ctx)
    assert len(past) == 42 and all(d.status == doses.TAKEN and d.backfilled for d in past)
    assert {d.entered_by_id for d in past} == {ctx.current_person_id}
    assert doses.today_list(ctx.journal, ctx.clock).overdue == []
    view.undo_stack.undo()
    settle()
    assert all(d.status is None for d in _past(ctx))
    assert len(doses.today_list(ctx.journal, ctx.clock).overdue) == 7
    view.undo_stack.redo()
    settle()
    assert all(d.status == doses.TAKEN for d in _past(ctx))


def test_i_dont_know_keeps_them_not_recorded_and_off_today(qtbot, ctx, monkeypatch, settle):
    _enter_letrozole(qtbot, ctx, monkeypatch, settle, lambda d: d.buttons[past_doses.DONT_KNOW].setChecked(True))
    assert {d.outcome(ctx.clock.today()) for d in _past(ctx)} == {doses.NOT_RECORDED}
    assert doses.today_list(ctx.journal, ctx.clock).overdue == []


def test_leave_them_is_the_default_and_changes_nothing(qtbot, ctx, monkeypatch, settle):
    _enter_letrozole(qtbot, ctx, monkeypatch, settle, lambda d: None)
    assert all(d.status is None for d in _past(ctx))
    assert len(doses.today_list(ctx.journal, ctx.clock).overdue) == 7


def test_dialog_looks_right(qtbot, ctx):
    past = past_doses.PastDoses((1,), STARTED, date(2026, 3, 9), tuple((1, STARTED, 0) for _ in range(42)))
    dialog = PastDosesDialog(drug_name="letrozole", past=past, on_save=lambda choice: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.choice() == past_doses.LEAVE
    dialog.grab().save("/tmp/past-doses-dialog.png")


def test_left_doses_can_be_marked_later_from_the_calendar(qtbot, ctx, monkeypatch, settle):
    from tracker.ui.plan.mark_doses_dialog import MarkDosesDialog

    view, _ = _enter_letrozole(qtbot, ctx, monkeypatch, settle, lambda d: None)
    view.tabs.setCurrentIndex(1)
    view.month.calendar.setCurrentPage(2026, 2)
    view.month.calendar.setSelectedDate(words.qdate(date(2026, 2, 3)))
    settle()
    assert view.mark_doses_button.isVisibleTo(view)

    def mark(d: MarkDosesDialog):
        assert len(d.boxes) == 1
        d.boxes[0].setCurrentIndex(d.boxes[0].findData(doses.MISSED))
        d.grab().save("/tmp/mark-doses-dialog.png")

    monkeypatch.setattr(PlanView, "_open", lambda self, dialog: (mark(dialog), dialog._save(), dialog.result())[-1])
    view.mark_day_doses()
    settle()
    marked = doses.doses_between(ctx.journal, date(2026, 2, 3), date(2026, 2, 3))[0]
    assert marked.status == doses.MISSED and marked.backfilled and marked.entered_by_id == ctx.current_person_id
    view.undo_stack.undo()
    settle()
    assert doses.doses_between(ctx.journal, date(2026, 2, 3), date(2026, 2, 3))[0].status is None
    settle()
    # A day still to come has nothing to mark.
    view.month.calendar.setSelectedDate(words.qdate(date(2026, 3, 20)))
    view.month.calendar.setCurrentPage(2026, 3)
    settle()
    assert not view.mark_doses_button.isVisibleTo(view)
