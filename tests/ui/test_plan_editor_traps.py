"""Plan editor traps: focus in the Drug box, the second drug starts with the line, a typed
day is the day typed, Monday-first weeks in a UK region."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt

from tracker.render import i18n
from tracker.services import plan
from tracker.ui.context import AppContext
from tracker.ui.plan import words
from tracker.ui.plan.drug_dialog import DrugDialog
from tracker.ui.plan.view import PlanView

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|activateWindow)")


@pytest.fixture
def ctx(journal, clock, data_dir):
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)


def test_add_a_drug_opens_with_the_cursor_in_the_drug_box(qtbot, ctx):
    dialog = DrugDialog(ctx, on_save=lambda v: None, start=date(2026, 3, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.drug_edit


def test_the_second_drug_starts_on_the_first_drugs_day_not_today(qtbot, ctx, monkeypatch, settle):
    line = plan.add_line(ctx.journal, name="Letrozole and palbociclib", start=date(2026, 1, 12))
    plan.add_regimen_drug(ctx.journal, line.id, drug_id="letrozole", times=["08:00"], start=date(2026, 1, 12),
                          pattern={"kind": "interval", "every": 1, "unit": "days"})
    opened = []
    monkeypatch.setattr(PlanView, "_open", lambda self, dialog: opened.append(dialog))
    view = PlanView(ctx)
    qtbot.addWidget(view)
    settle()
    view.add_drug()
    assert words.pydate(opened[0].start.date()) == date(2026, 1, 12)  # not 10 March, "today"


def test_typing_a_day_gives_that_day_and_weeks_start_on_monday_in_the_uk(qtbot, monkeypatch):
    monkeypatch.setattr(i18n, "region_locale", lambda system=None: QLocale("en_GB"))
    edit = words.date_edit(date(2026, 12, 10))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    assert edit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: edit.currentSection() == edit.Section.DaySection)
    edit.lineEdit().setCursorPosition(len(edit.text()))  # wherever the cursor was left
    edit.clearFocus()
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(10)
    qtbot.keyClicks(edit, "21")
    assert words.pydate(edit.date()) == date(2026, 12, 21)
    monkeypatch.setattr(i18n, "region_locale", lambda system=None: QLocale("en_US"))
    assert words.date_edit(date(2026, 12, 10)).calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Sunday
