"""End to end in the GUI: enter letrozole + palbociclib (days 1–21 of 28) and zoledronic
acid every 12 weeks, see Today's list, tick a dose, delay a cycle by a week and see the
calendar move."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from tracker.domain.clock import FixedClock
from tracker.services import doses, people, plan
from tracker.ui.context import AppContext
from tracker.ui.plan import words
from tracker.ui.plan.dialogs import AdjustDialog, LineDialog
from tracker.ui.plan.drug_dialog import DrugDialog
from tracker.ui.plan.view import PlanView
from tracker.ui.today.view import TodayView


@pytest.fixture
def ctx(journal, data_dir, london):
    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=london))
    context = AppContext(data_dir=data_dir, journal=journal, clock=clock)
    context.current_person_id = people.patient(journal).id
    return context


class Filler:
    """Stands in for the person at the keyboard: fills each dialog as it opens."""

    def __init__(self) -> None:
        self.steps = []

    def __call__(self, dialog) -> int:
        step = self.steps.pop(0)
        step(dialog)
        dialog._save()
        return dialog.result()


def line_step(name, start):
    def fill(d: LineDialog):
        d.name.setText(name)
        d.start.setDate(words.qdate(start))
    return fill


def drug_step(text, start, dose="", template_index=1):
    def fill(d: DrugDialog):
        d.drug_edit.setText(text)
        assert d.template.count() > 1, "catalog templates are offered"
        d.template.setCurrentIndex(template_index)
        d._template_chosen(template_index)
        d.dose.setText(dose)
        d.start.setDate(words.qdate(start))
    return fill


def leave_past_doses(d):
    from tracker.ui.plan.past_doses_dialog import PastDosesDialog

    assert isinstance(d, PastDosesDialog)


def test_enter_plan_tick_dose_delay_cycle(qtbot, ctx, monkeypatch, settle):
    filler = Filler()
    monkeypatch.setattr(PlanView, "_open", lambda self, dialog: filler(dialog))
    view = PlanView(ctx)
    qtbot.addWidget(view)
    settle()
    assert view.stack.currentIndex() == 0  # empty state first
    today_view = TodayView(ctx)
    qtbot.addWidget(today_view)
    settle()
    assert today_view.stack.currentIndex() == 0

    # The plan started four weeks ago: each drug asks once about the doses before today
    # ("leave them for me to mark", the default, keeps them open).
    filler.steps = [line_step("Letrozole and palbociclib", date(2026, 2, 10)),
                    drug_step("letrozole", date(2026, 2, 10), "2.5 mg"), leave_past_doses]
    view.new_line()
    settle()  # saved, shown, the new line chosen, its drug form opened and saved, the question asked
    assert not filler.steps and view.current_line().name == "Letrozole and palbociclib"
    filler.steps = [drug_step("Ibrance", date(2026, 2, 10), "125 mg"), leave_past_doses]
    view.add_drug()
    settle()
    zometa = DrugDialog(ctx, on_save=lambda v: None, start=date(2026, 3, 2))
    zometa.drug_edit.setText("Zometa")
    every_12 = next(i for i in range(zometa.template.count())
                    if zometa.template.itemData(i) is not None and zometa.template.itemData(i).id == "every_12_weeks")
    filler.steps = [drug_step("Zometa", date(2026, 3, 2), "4 mg", every_12), leave_past_doses]
    view.add_drug()
    settle()
    assert not filler.steps

    items = plan.scheduled_drugs(ctx.journal)
    assert [(i.drug.drug_id, i.drug.pattern["kind"]) for i in items] == [
        ("letrozole", "interval"), ("palbociclib", "cycle_days"), ("zoledronic_acid", "interval")]
    palbo = items[1]
    assert palbo.drug.pattern["days"] == list(range(1, 22)) and palbo.drug.pattern["length"] == 28
    assert items[2].drug.pattern == {"kind": "interval", "every": 12, "unit": "weeks"}
    assert view.stack.currentIndex() == 1
    assert "palbociclib: Cycle 2, day 1 of 28" in view.cycle_label.text()
    assert view.drug_model.rowCount() == 3

    # Today lists the day's doses (the views refreshed through ctx.events).
    assert today_view.stack.currentIndex() == 1
    rows = [today_view.model.dose(i) for i in range(today_view.model.rowCount())]
    today_rows = [d for d in rows if d.day == date(2026, 3, 10)]
    assert [d.name for d in today_rows] == ["letrozole", "palbociclib"]
    # One click on the box: taken.
    index = today_view.model.index(1)
    assert today_view.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    today_view.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    settle()
    ticked = [d for d in doses.today_list(ctx.journal, ctx.clock).today if d.name == "palbociclib"][0]
    assert ticked.status == doses.TAKEN and ticked.entered_by_id == ctx.current_person_id
    assert "Taken at" in today_view.model.data(today_view.model.index(today_view.model.row_of(ticked.key)))
    today_view.undo_stack.undo()
    settle()
    assert [d for d in doses.today_list(ctx.journal, ctx.clock).today if d.name == "palbociclib"][0].status is None
    today_view.undo_stack.redo()
    settle()
    assert [d for d in doses.today_list(ctx.journal, ctx.clock).today if d.name == "palbociclib"][0].status == doses.TAKEN

    # Calendar: cycle 3 would start on 7 April; delay it by a week.
    view.tabs.setCurrentIndex(1)
    view.month.calendar.setCurrentPage(2026, 4)
    settle()
    palbo_id = palbo.drug.id

    def palbo_on(day):
        marks = view.month.marks_on(day)
        return bool(marks) and any(d.regimen_drug_id == palbo_id for d in marks.doses)

    assert palbo_on(date(2026, 4, 7)) and not palbo_on(date(2026, 4, 2))

    def delay(d: AdjustDialog):
        d.drug.setCurrentIndex(d.drug.findText("palbociclib"))
        d.effective.setDate(words.qdate(date(2026, 4, 1)))
        d.days.setValue(7)

    view.line_combo.setCurrentIndex(0)
    filler.steps = [delay]
    view.adjust("delay")
    settle()
    assert not palbo_on(date(2026, 4, 7)) and palbo_on(date(2026, 4, 14))
    assert palbo_on(date(2026, 3, 30))  # the current cycle is untouched
    view.undo_stack.undo()
    settle()
    assert palbo_on(date(2026, 4, 7))


def test_drug_dialog_search_custom_and_preview(qtbot, ctx):
    saved = []
    dialog = DrugDialog(ctx, on_save=saved.append, start=date(2026, 3, 10))
    qtbot.addWidget(dialog)
    dialog.drug_edit.setText("Herceptin")
    assert dialog._drug.id == "trastuzumab" and dialog._link.article_id == "her2-antibodies"
    assert dialog.sentence.text() == "Drip: a first (loading) dose, then every 21 days"
    assert "Tue 31 Mar 2026" in dialog.next_six.text()
    dialog.drug_edit.setText("Ginger tea")
    assert "Not in the app's list" in dialog.info.text()
    dialog.pattern.kind.setCurrentIndex(dialog.pattern.kind.findData("cycle_days"))
    dialog.pattern.cycle_days.setText("1, 8")
    dialog.pattern.cycle_length.setValue(21)
    assert "on days 1 and 8 of every 21-day cycle" in dialog.sentence.text()
    dialog.pattern.cycle_days.setText("1, 30")
    assert dialog.sentence.text() == "The schedule is not complete yet."
    dialog._save()
    assert not saved and dialog.error.isVisibleTo(dialog)
    dialog.pattern.cycle_days.setText("1-14")
    dialog._save()
    assert saved[0].drug_id == "custom" and saved[0].display_name == "Ginger tea"
    assert saved[0].pattern == {"kind": "cycle_days", "length": 21, "days": list(range(1, 15))}
