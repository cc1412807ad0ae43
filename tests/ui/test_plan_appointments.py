"""Appointments on the Plan calendar: add, see, edit, delete, undo."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDateTime, QTime

from tracker.domain.clock import FixedClock
from tracker.services import appointments, plan
from tracker.ui.context import AppContext
from tracker.ui.plan import words
from tracker.ui.plan.view import PlanView


@pytest.fixture
def view(qtbot, journal, data_dir, london, monkeypatch, settle):
    ctx = AppContext(data_dir=data_dir, journal=journal, clock=FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=london)))
    line = plan.add_line(journal, name="Bone", start=date(2026, 3, 1))
    plan.add_regimen_drug(journal, line.id, drug_id="zoledronic_acid", times=["10:00"], start=date(2026, 3, 1),
                          pattern={"kind": "interval", "every": 12, "unit": "weeks"})
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


def test_add_edit_delete_appointment(view, london, settle):
    def add(d):
        d.kind.setCurrentIndex(d.kind.findData("blood_test"))
        d.when.setDateTime(QDateTime(words.qdate(date(2026, 3, 17)), QTime(8, 30)))
        d.place.setText("Phlebotomy")

    view.steps.append(add)
    view.add_appointment()
    settle()
    marks = view.month.marks_on(date(2026, 3, 17))
    assert marks and marks.appointments[0].kind == "blood_test"
    assert marks.appointments[0].local(london).hour == 8
    view.month.calendar.setSelectedDate(words.qdate(date(2026, 3, 17)))
    settle()
    assert "Blood test — Phlebotomy" in view.month.details.text()
    assert view.appt_combo.count() == 1

    view.steps.append(lambda d: d.place.setText("Day unit"))
    view.edit_appointment()
    settle()
    assert appointments.between(view.ctx.journal, date(2026, 3, 17), date(2026, 3, 17), london)[0].place == "Day unit"
    asked = []
    view.confirm = lambda title, text, then: asked.append(text)  # "Keep it"
    view.delete_appointment()
    settle()
    assert view.month.marks_on(date(2026, 3, 17)) is not None
    assert "Blood test" in asked[0] and "17 Mar 2026" in asked[0]
    view.confirm = lambda title, text, then: then()
    view.delete_appointment()
    settle()
    assert view.month.marks_on(date(2026, 3, 17)) is None
    assert view.undo_button.isEnabled() and "delete an appointment" in view.undo_button.toolTip()
    view.undo_stack.undo()
    settle()
    assert view.month.marks_on(date(2026, 3, 17)).appointments[0].place == "Day unit"
    view.undo_stack.undo()
    settle()
    assert view.month.marks_on(date(2026, 3, 17)).appointments[0].place == "Phlebotomy"


def test_removing_a_drug_or_line_asks_first_and_can_be_undone(view, settle):
    item = view.selected_item()
    assert item is not None
    answers = [False]
    view.confirm = lambda title, text, then: then() if answers.pop(0) else None
    view.remove_drug()
    settle()
    assert view.drug_model.rowCount() == 1  # kept
    assert not view.undo_button.isEnabled()
    answers.append(True)
    view.remove_drug()
    settle()
    assert view.drug_model.rowCount() == 0
    assert "remove a drug" in view.undo_button.toolTip()
    view.undo_button.click()
    settle()
    assert view.drug_model.rowCount() == 1
    answers.extend([False, True])
    view.remove_line()
    settle()
    assert view.line_combo.count() == 1
    view.remove_line()
    settle()
    assert not plan.therapy_lines(view.ctx.journal)
    view.undo_button.click()
    settle()
    assert len(plan.therapy_lines(view.ctx.journal)) == 1


def test_team_button_text_is_not_clipped(view):
    button = view.team_button
    assert button.menu() is not None
    # the button's width holds its text and the menu arrow
    assert button.sizeHint().width() >= button.fontMetrics().horizontalAdvance(button.text().replace("&", "")) + 16


def test_appointment_dialog_shows_month_as_a_word(view):
    from PySide6.QtCore import QLocale

    from tracker.ui.plan.appointment_dialog import AppointmentDialog

    dialog = AppointmentDialog(view.ctx, on_save=lambda v: None, parent=view)
    month = QLocale().monthName(3, QLocale.FormatType.ShortFormat)
    assert month in dialog.when.text()  # "10 Mar 2026  10:00 AM", never "3/10/26"
    assert "10:00" in dialog.when.text()


def test_empty_plan_explains_line_of_treatment(qtbot, journal, data_dir, clock, settle):
    from tracker.ui.common.links import WhatIsThisLink

    v = PlanView(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    qtbot.addWidget(v)
    assert v.stack.currentWidget() is not v.empty  # blank until read: never "No plan yet" by mistake
    settle()
    assert v.stack.currentWidget() is v.empty
    links = v.empty.findChildren(WhatIsThisLink)
    assert [link.article_id for link in links] == ["lines-of-treatment"]
    seen = []
    v.ctx.events.navigate.connect(lambda section, arg: seen.append((section, arg)))
    links[0]._open()
    assert seen == [("learn", "lines-of-treatment")]


def test_calendar_says_planned_for_days_to_come(view, settle):
    view.month.calendar.setSelectedDate(words.qdate(date(2026, 5, 24)))  # a zoledronic acid day, 12 weeks on
    settle()
    text = view.month.details.text()
    assert "Zoledronic acid" in text or "zoledronic" in text.lower()
    assert "Planned" in text and "Not marked yet" not in text
    view.month.calendar.setSelectedDate(words.qdate(date(2026, 3, 1)))  # in the past, not marked
    settle()
    assert "Not marked yet" in view.month.details.text()


def test_ending_a_line_asks_why_instead_of_assuming(view, settle):
    """The service refuses an end without a reason: the form says why, stays open with what
    was typed and Save given back; choosing a reason then saves it."""
    from PySide6.QtWidgets import QDialogButtonBox

    opened = []

    def no_reason(d):
        assert d.reason.currentData() is None
        d.last_day.setDate(words.qdate(date(2026, 3, 8)))
        opened.append(d)

    view.steps.append(no_reason)  # Save without choosing a reason
    view.end_line()
    dialog = opened[0]
    assert not dialog.buttons.isEnabled()  # Save waits for the write
    settle()
    assert plan.therapy_lines(view.ctx.journal)[0].end is None  # nothing recorded
    assert dialog.error.isVisibleTo(dialog) and "why" in dialog.error.text().lower()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.buttons.isEnabled()
    assert words.pydate(dialog.last_day.date()) == date(2026, 3, 8)  # what was typed is kept

    dialog.reason.setCurrentIndex(dialog.reason.findData("side_effects"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settle()
    assert dialog.result() == dialog.DialogCode.Accepted
    line = plan.therapy_lines(view.ctx.journal)[0]
    assert line.end_reason == "side_effects" and line.end == date(2026, 3, 8)


def test_an_appointment_can_come_before_any_treatment(qtbot, journal, data_dir, london, monkeypatch, settle):
    ctx = AppContext(data_dir=data_dir, journal=journal, clock=FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=london)))

    def fill(self, dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("clinic"))
        dialog.when.setDateTime(QDateTime(words.qdate(date(2026, 3, 20)), QTime(14, 0)))
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(PlanView, "_open", fill)
    v = PlanView(ctx)
    qtbot.addWidget(v)
    settle()
    assert v.stack.currentWidget() is v.empty
    v.empty_appt_button.click()
    settle()
    assert v.stack.currentWidget() is not v.empty
    assert v.tabs.currentIndex() == 1  # the calendar, where the appointment is
    assert v.month.marks_on(date(2026, 3, 20)).appointments[0].kind == "clinic"
    assert not v.end_line_button.isEnabled() and v.new_line_button.isEnabled()
    assert v.drug_model.rowCount() == 0 and "No line of treatment yet" in v.line_info.text()
