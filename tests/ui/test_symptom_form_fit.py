"""The symptom form fits small screens, asks before Esc loses entries, and speaks to carers
about the patient."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tracker.services import people
from tracker.ui.context import AppContext
from tracker.ui.diary.symptom_form import SymptomForm

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing the keyboard|activateWindow)")


@pytest.fixture
def ctx(journal, clock, data_dir):
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)


def _form(qtbot, ctx, **kwargs) -> SymptomForm:
    form = SymptomForm(ctx, **kwargs)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    qtbot.waitUntil(form.is_filled)  # the people and suggestions are read on the task runner
    return form


def _answer(button: QMessageBox.StandardButton, seen: list) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box.text() if isinstance(box, QMessageBox) else None)
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_esc_with_entries_asks_first_and_keeps_them(qtbot, ctx):
    form = _form(qtbot, ctx)
    form.add_term("nausea").ratings["severity"].setValue(2)
    seen: list = []
    _answer(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # asks without a nested event loop: the answer comes after
    qtbot.waitUntil(lambda: bool(seen))
    assert "not saved" in seen[0]
    qtbot.waitUntil(lambda: form.discard_question is not None and not form.discard_question.isVisible())
    assert form.isVisible() and form.rows["nausea"].ratings["severity"].value() == 2
    _answer(QMessageBox.StandardButton.Discard, seen)
    form.button_box.button(form.button_box.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not form.isVisible())


def test_esc_on_an_empty_form_just_closes(qtbot, ctx):
    form = _form(qtbot, ctx)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_the_form_fits_the_screen_with_its_buttons_showing(qtbot, ctx):
    form = _form(qtbot, ctx, weekly=True)  # the longest form: every suggested symptom
    free = form.screen().availableGeometry()
    assert form.width() <= free.width() and form.height() <= free.height()
    assert form.minimumSizeHint().height() <= 600 and form.minimumSizeHint().width() <= 1024
    save = form.save_button
    corner = save.mapTo(form, save.rect().bottomRight())
    assert form.rect().contains(corner)


def test_a_carer_is_spoken_to_about_the_patient(qtbot, ctx):
    carer = people.add_carer(ctx.journal, "Chris", "partner")
    ctx.current_person_id = carer.id
    form = _form(qtbot, ctx)
    assert "Test Patient" in form.intro.text() and "carer-reported" in form.intro.text()
    assert "your own" not in form.intro.text() and "how you feel" not in form.intro.text()
    assert "Suggested for Test Patient" in form.suggested_label.text()
    form.person.setCurrentIndex(form.people_model.row_of(people.patient(ctx.journal).id))
    assert "your own patient-reported" in form.intro.text()


def test_the_weekly_check_in_is_short_with_the_rest_behind_more(qtbot, ctx):
    from datetime import datetime

    from tracker.domain.symptoms import SymptomRating
    from tracker.services import diary
    from tracker.ui.diary.symptom_form import WEEKLY_OPEN

    at = datetime(2026, 3, 8, 20, 0, tzinfo=ctx.clock.now().tzinfo)
    diary.log_symptoms(ctx.journal, [SymptomRating("hot_flushes", severity=3)], None, at, ctx.clock)
    form = _form(qtbot, ctx, weekly=True)
    opened = list(form.rows)
    assert 0 < len(opened) <= WEEKLY_OPEN <= 6
    assert opened[0] == "hot_flushes"  # what she rated lately comes first
    rest = [t for t in form.chips if t not in form.rows]
    assert rest and form.more_button.isVisible()
    qtbot.mouseClick(form.more_button, Qt.MouseButton.LeftButton)
    assert all(t in form.rows for t in rest) and not form.more_button.isVisible()
    save = form.save_button
    assert form.rect().contains(save.mapTo(form, save.rect().bottomRight()))


def test_the_everyday_form_has_no_more_button(qtbot, ctx):
    form = _form(qtbot, ctx)
    assert not form.more_button.isVisible() and not form.rows


def test_the_weekly_check_in_always_asks_what_follows_recent_radiotherapy(qtbot, ctx):
    # However many symptoms she rated lately, the short check-in still opens the ones that
    # usually follow a course of the last six weeks (here on the chest: tiredness, sore skin,
    # painful swallowing), as the long one did.
    from datetime import date, datetime, timedelta

    from tracker.domain.local_treatments import LocalTreatment
    from tracker.domain.symptoms import SymptomRating
    from tracker.services import diary, local_treatments
    from tracker.ui.diary.symptom_form import WEEKLY_OPEN

    at = datetime(2026, 3, 8, 20, 0, tzinfo=ctx.clock.now().tzinfo)
    rated = ["hot_flushes", "joint_pain", "sleep_problems", "anxiety", "low_mood", "headache", "dizziness"]
    diary.log_symptoms(ctx.journal, [SymptomRating(t, severity=3) for t in rated], None, at, ctx.clock)
    first = date(2026, 2, 16)
    local_treatments.add(ctx.journal, ctx.clock, LocalTreatment(
        kind="radiotherapy", site="chest wall", days=tuple(first + timedelta(days=i) for i in range(5))))
    form = _form(qtbot, ctx, weekly=True)
    opened = list(form.rows)
    assert len([t for t in opened if t in rated]) >= WEEKLY_OPEN - 1
    for term in diary.after_radiotherapy(ctx.journal, ctx.clock.today()):
        assert term in opened, term
    assert "sore_throat" in opened
