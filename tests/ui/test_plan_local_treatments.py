"""Radiotherapy courses and procedures in the Plan, driven through the real widgets: the
day generator, errors next to their fields, the list, the timeline row, undo, Today and the
diary timeline; and the "steps" pattern in the drug form."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QTime

from tracker.domain.clock import FixedClock
from tracker.services import appointments, timeline
from tracker.services import local_treatments as lts
from tracker.ui.context import AppContext
from tracker.ui.plan import words
from tracker.ui.plan.local_treatment_dialog import LocalTreatmentDialog
from tracker.ui.plan.pattern_editor import PatternEditor
from tracker.ui.plan.view import PlanView


@pytest.fixture
def ctx(journal, data_dir, london):
    return AppContext(data_dir=data_dir, journal=journal, clock=FixedClock(datetime(2025, 3, 1, 9, 0, tzinfo=london)))


@pytest.fixture
def view(qtbot, ctx, monkeypatch, settle):
    steps = []

    def fill(self, dialog):
        steps.pop(0)(dialog)
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(PlanView, "_open", fill)
    v = PlanView(ctx)
    qtbot.addWidget(v)
    settle()
    v.steps = steps
    return v


def _spine(d):
    d.kind.setCurrentIndex(d.kind.findData("radiotherapy"))
    d.site.setText("lower spine")
    d.aim.setText("pain relief")
    d.dose.setText("20 Gy in 5 fractions")
    d.count.setValue(5)
    d.from_day.setDate(words.qdate(date(2025, 3, 6)))
    d.which_days.setCurrentIndex(d.which_days.findData(True))
    d.fill_button.click()
    d.at.setTime(QTime(10, 15))


def test_empty_plan_offers_a_course_and_the_generator_fills_weekdays(view, ctx, settle):
    assert view.stack.currentIndex() == 0 and view.empty_local_button.isVisibleTo(view.empty)
    seen = []

    def add(d):
        _spine(d)
        seen.append([d.day_list.item(i).text() for i in range(d.day_list.count())])
        assert d.what_link.article_id == "radiotherapy"

    view.steps.append(add)
    view.empty_local_button.click()
    settle()
    assert seen[0] == [words.medium_date(date(2025, 3, x)) for x in (6, 7, 10, 11, 12)]
    [course] = lts.all_treatments(ctx.journal)
    assert course.days == tuple(date(2025, 3, x) for x in (6, 7, 10, 11, 12))
    assert view.stack.currentIndex() == 1
    assert view.local_list.count() == 1 and "lower spine" in view.local_list.item(0).text()
    assert "lower spine" in view.timeline.accessibleDescription()
    got = appointments.between(ctx.journal, date(2025, 3, 1), date(2025, 3, 31), ctx.clock.zone)
    assert [a.local(ctx.clock.zone).time().minute for a in got] == [15] * 5
    view.undo_stack.undo()
    settle()
    assert lts.all_treatments(ctx.journal) == []
    view.undo_stack.redo()
    settle()
    assert len(lts.all_treatments(ctx.journal)) == 1


def test_errors_show_next_to_their_fields_and_nothing_is_lost(qtbot, ctx, monkeypatch, settle):
    """The save is refused on the task runner: the error shows next to its field, the form
    stays open with what was typed and Save given back."""
    opened = []
    monkeypatch.setattr(PlanView, "_open", lambda self, dialog: (opened.append(dialog), dialog.show()))
    view = PlanView(ctx)
    qtbot.addWidget(view)
    view.add_local_treatment()  # opens once the plan is read
    settle()
    [dialog] = opened
    dialog.site.setText("brain")
    dialog._save()  # no days yet
    assert not dialog.buttons.isEnabled()  # Save waits for the write
    settle()
    assert dialog.field_errors["days"].isVisible() and not dialog.field_errors["site"].isVisible()
    assert "treatment day" in dialog.field_errors["days"].text() and dialog.buttons.isEnabled()
    dialog.site.setText("  ")
    dialog.add_day()
    dialog._save()
    settle()
    assert dialog.field_errors["site"].isVisible() and not dialog.field_errors["days"].isVisible()
    assert dialog.isVisible() and not lts.all_treatments(ctx.journal) and dialog.day_list.count() == 1
    dialog.site.setText("brain")
    dialog._save()
    settle()
    assert lts.all_treatments(ctx.journal) and not dialog.isVisible()
    assert view.local_list.count() == 1 and "brain" in view.local_list.item(0).text()


def test_procedure_kind_links_the_drains_article_and_defaults_to_one_day(qtbot, ctx):
    dialog = LocalTreatmentDialog(ctx, on_save=lambda v: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("procedure"))
    assert dialog.procedure_kind.isVisible() and dialog.count.value() == 1
    dialog.procedure_kind.setCurrentIndex(dialog.procedure_kind.findData("ascitic_drain"))
    assert dialog.what_link.article_id == "drains-pleural-and-ascitic"
    dialog.kind.setCurrentIndex(dialog.kind.findData("stereotactic"))
    assert dialog.what_link.article_id == "stereotactic-radiotherapy" and not dialog.procedure_kind.isVisible()
    assert dialog.site.completer().model().rowCount() >= 10


def test_correct_and_remove_from_the_plan(view, ctx, settle):
    view.steps.append(_spine)
    view.add_local_treatment()
    settle()
    view.local_list.setCurrentRow(0)
    view.steps.append(lambda d: d.site.setText("upper spine"))
    view.edit_local_treatment()
    settle()
    assert lts.all_treatments(ctx.journal)[0].site == "upper spine"
    view.confirm = lambda title, text, then: then()
    view.remove_local_treatment()
    settle()
    assert lts.all_treatments(ctx.journal) == []
    assert appointments.between(ctx.journal, date(2025, 3, 1), date(2025, 3, 31), ctx.clock.zone) == []
    view.undo_stack.undo()
    settle()
    assert [t.site for t in lts.all_treatments(ctx.journal)] == ["upper spine"]


def test_today_and_the_diary_name_the_days_treatment(qtbot, ctx):
    from tracker.ui.diary.describe import summary
    from tracker.ui.today.next_up import NextUpCard
    from tracker.ui.today.today_data import load_next_up

    lts.add(ctx.journal, ctx.clock, lts.lt.LocalTreatment(
        kind="radiotherapy", site="lower spine", days=lts.lt.course_days(date(2025, 2, 27), 5)))
    card = NextUpCard(ctx)
    qtbot.addWidget(card)
    card.render(load_next_up(ctx.journal, ctx.clock, []))
    assert card.treatment_today.text() == ""  # Saturday 1 March: no treatment
    ctx.clock.set(datetime(2025, 3, 3, 8, 0, tzinfo=ctx.clock.zone))
    card.render(load_next_up(ctx.journal, ctx.clock, []))
    assert card.treatment_today.text() == "Today: Radiotherapy – lower spine, treatment 3 of 5"
    items = timeline.page(ctx.journal).items
    assert summary(items[-1]) == "Radiotherapy – lower spine, treatment 1 of 5"


def test_the_drug_pattern_picker_offers_steps(qtbot):
    editor = PatternEditor()
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData("steps"))
    assert editor.steps_table.rowCount() == 1
    editor.steps_table.item(0, 1).setText("8 mg")
    editor.add_step(3, "4 mg", "08:00, 12:00")
    editor.add_step(2, "2 mg", "08:00")
    data = editor.pattern()
    assert data["kind"] == "steps" and [s["dose_text"] for s in data["steps"]] == ["8 mg", "4 mg", "2 mg"]
    assert data["steps"][0]["times"] == ["08:00", "12:00"]
    assert words.pattern_sentence(data, "oral") == (
        "Tablets stepping down: 8 mg twice a day for 3 days, then 4 mg twice a day for 3 days, "
        "then 2 mg once a day for 2 days (8 days in all)")
    other = PatternEditor()
    qtbot.addWidget(other)
    other.set_pattern(data)
    assert other.pattern() == data and other.kind.currentData() == "steps"
    editor.steps_table.item(0, 0).setText("x")
    with pytest.raises(ValueError):
        editor.pattern()
