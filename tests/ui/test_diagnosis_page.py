from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from tracker.services import settings
from tracker.services.diagnosis import get_diagnosis
from tracker.services.reports.queries import patient_details
from tracker.ui.context import AppContext
from tracker.ui.settings.diagnosis_page import NOT_RECORDED, create_page

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, journal, clock, data_dir, settle):
    ctx = AppContext(data_dir=data_dir, journal=journal, clock=clock)
    widget = create_page(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    settle()  # filled from the journal, read on the task runner
    widget.events = []
    ctx.events.changed.connect(widget.events.append)
    return widget


def test_empty_page_records_nothing(page, journal, settle):
    assert all(not check.isChecked() for check in page.date_checks.values())
    assert page.date_edits["first_diagnosis"].text() == "Not recorded"
    assert not page.undo_button.isEnabled()
    page.save()
    settle()
    assert get_diagnosis(journal).is_empty and patient_details(journal)[2] == []


def test_keyboard_entry_and_ctrl_s(qtbot, page, journal, settle):
    her2 = page.receptors["her2"]
    her2.setFocus()
    qtbot.keyClick(her2, Qt.Key.Key_Down)  # Not known → Positive
    qtbot.keyClick(her2, Qt.Key.Key_Down)  # → HER2-low
    assert her2.currentData() == "low"
    bone = page.sites["bone"]
    bone.setFocus()
    qtbot.keyClick(bone, Qt.Key.Key_Space)
    check = page.date_checks["first_diagnosis"]
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert page.date_edits["first_diagnosis"].isEnabled()
    page.date_edits["first_diagnosis"].setDate(QDate(2015, 2, 1))
    page.include.setFocus()
    qtbot.keyClick(page.include, Qt.Key.Key_Space)
    page.notes.setFocus()
    qtbot.keyClicks(page.notes, "BRCA2")
    qtbot.keyClick(page.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    saved = get_diagnosis(journal)
    assert (saved.her2, saved.sites, saved.first_diagnosis, saved.notes) == ("low", ("bone",), date(2015, 2, 1), "BRCA2")
    facts = dict(patient_details(journal)[2])
    assert facts["HER2"] == "HER2-low" and facts["Spread to"] == "Bone" and "2015" in facts["First diagnosis"]
    assert page.events == ["settings"] and page.status.text() == "Saved."


def test_error_is_shown_next_to_the_field_and_nothing_saved(page, journal, settle):
    for key, day in (("first_diagnosis", QDate(2020, 5, 1)), ("secondary_diagnosis", QDate(2019, 1, 1))):
        page.date_checks[key].setChecked(True)
        page.date_edits[key].setDate(day)
    page.save()
    settle()
    assert not page.errors["secondary_diagnosis"].isHidden()
    assert "before the first diagnosis" in page.errors["secondary_diagnosis"].text()
    assert page.errors["first_diagnosis"].isHidden()
    assert page.date_edits["secondary_diagnosis"].hasFocus()
    assert get_diagnosis(journal).is_empty and page.events == []
    page.date_edits["secondary_diagnosis"].setDate(QDate(2024, 1, 1))
    page.save()
    settle()
    assert page.errors["secondary_diagnosis"].isHidden() and get_diagnosis(journal).secondary_diagnosis == date(2024, 1, 1)


def test_undo_last_save_and_excluded_summary(page, journal, settle):
    page.receptors["er"].setCurrentIndex(page.receptors["er"].findData("positive"))
    page.include.setChecked(True)
    page.save()
    settle()
    assert patient_details(journal)[2]
    page.include.setChecked(False)
    page.date_checks["date_of_birth"].setChecked(True)
    page.date_edits["date_of_birth"].setDate(QDate(1970, 5, 17))
    page.save()
    settle()
    assert settings.get(journal, "diagnosis") == [] and patient_details(journal)[1] == date(1970, 5, 17)
    page.undo()
    settle()
    restored = get_diagnosis(journal)
    assert restored.include_in_summary and restored.er == "positive" and restored.date_of_birth is None
    assert page.include.isChecked() and page.date_edits["date_of_birth"].date() == NOT_RECORDED
    assert not page.undo_button.isEnabled() and page.events == ["settings"] * 3


def test_unticking_a_date_clears_it(page, journal, settle):
    page.date_checks["date_of_birth"].setChecked(True)
    page.save()
    settle()
    assert get_diagnosis(journal).date_of_birth == date(1976, 3, 1)
    page.date_checks["date_of_birth"].setChecked(False)
    page.save()
    settle()
    assert get_diagnosis(journal).date_of_birth is None and patient_details(journal)[1] is None


def test_coming_back_keeps_unsaved_typing_but_shows_saved_changes(page, journal, clock, settle):
    from tracker.domain.diagnosis import Diagnosis
    from tracker.services.diagnosis import save_diagnosis

    page.notes.setPlainText("ESR1 mutation")
    save_diagnosis(journal, Diagnosis(er="negative"), {}, clock=clock)
    page.refresh()
    settle()
    assert page.notes.toPlainText() == "ESR1 mutation"
    page.save()
    settle()
    save_diagnosis(journal, Diagnosis(pr="positive"), {}, clock=clock)
    page.refresh()
    settle()
    assert page.receptors["pr"].currentData() == "positive" and page.notes.toPlainText() == ""


def test_the_form_is_off_until_read_and_a_stale_read_never_lands(qtbot, journal, clock, data_dir, settle,
                                                                  hold_first_call):
    from tracker.domain.diagnosis import Diagnosis
    from tracker.services.diagnosis import save_diagnosis
    from tracker.ui.settings import settings_data

    held = hold_first_call(settings_data, "load_diagnosis")
    page = create_page(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    qtbot.addWidget(page)
    assert not page.notes.isEnabled() and not page.save_button.isEnabled()
    page.save()  # Ctrl+S before the form is filled saves nothing
    assert held.started.wait(10)
    save_diagnosis(journal, Diagnosis(er="positive"), {}, clock=clock)
    page.refresh()
    held.release.set()
    settle()
    assert len(held.calls) == 2
    assert page.receptors["er"].currentData() == "positive" and page.notes.isEnabled()
    assert get_diagnosis(journal).er == "positive"


def test_the_save_on_the_task_runner_calls_no_method_of_the_page(page, monkeypatch, settle):
    """Work on the task runner calls services only: the date wording it is handed is not the
    page's own method (which would run a widget's code, and hold the widget, on the worker)."""
    from PySide6.QtWidgets import QWidget

    from tracker.services import diagnosis

    handed = []
    real = diagnosis.save_diagnosis
    monkeypatch.setattr(diagnosis, "save_diagnosis",
                        lambda journal, d, labels, format_date, **kw: handed.append(format_date)
                        or real(journal, d, labels, format_date, **kw))
    page.save()
    settle()
    assert len(handed) == 1
    assert not isinstance(getattr(handed[0], "__self__", None), QWidget)
    assert handed[0](date(2024, 3, 5)) == QLocale().toString(QDate(2024, 3, 5), "d MMM yyyy")
