import pytest

from tracker.services import people
from tracker.ui.context import AppContext
from tracker.ui.settings.people_page import create_page

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, journal, clock, data_dir, settle):
    ctx = AppContext(data_dir=data_dir, journal=journal, clock=clock)
    widget = create_page(ctx)
    qtbot.addWidget(widget)
    widget.ctx_for_test = ctx
    settle()  # who is in the journal, read on the task runner
    return widget


def test_add_carer_with_errors_next_to_name(qtbot, page, journal, settle):
    assert "Test Patient" in page.patient_label.text() and not page.empty_hint.isHidden()
    events = []
    page.ctx_for_test.events.changed.connect(events.append)
    page.relation.setText("husband")
    page.add_carer()
    settle()
    assert not page.name_error.isHidden() and page.model.rowCount() == 0
    assert page.relation.text() == "husband" and page.add_button.isEnabled()  # kept, to put right
    page.name.setText("Sam")
    page.add_carer()
    assert not page.add_button.isEnabled()  # while it saves
    settle()
    assert page.name_error.isHidden() and page.model.rowCount() == 1
    assert page.list.currentIndex().row() == 0 and page.name.text() == ""
    assert [p.name for p in people.list_people(journal) if not p.is_patient] == ["Sam"]
    assert events == ["people"]


def test_archive_keeps_carer_in_history(qtbot, page, journal, settle):
    carer = people.add_carer(journal, "Ana")
    page.refresh()
    settle()
    page.list.setCurrentIndex(page.model.index(0, 0))
    page.ctx_for_test.current_person_id = carer.id
    page.archive_selected(confirm=False)
    settle()
    assert page.model.rowCount() == 0 and page.ctx_for_test.current_person_id is None
    archived = [p for p in people.list_people(journal, include_archived=True) if p.id == carer.id]
    assert archived and archived[0].name == "Ana"


def test_rename_patient_escapes_markup(qtbot, monkeypatch, journal, clock, settle):
    from PySide6.QtWidgets import QInputDialog

    from tracker.services import people
    from tracker.ui.context import AppContext
    from tracker.ui.settings.people_page import PeoplePage

    ctx = AppContext(data_dir=journal.paths.folder, journal=journal, clock=clock)
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.rename_button.isEnabled()  # until the name is read
    settle()
    page.rename_patient()  # returns at once, the question open (no nested event loop)
    (dialog,) = [d for d in page.findChildren(QInputDialog) if d.isVisible()]
    assert dialog.textValue() == "Test Patient"
    dialog.setTextValue("Ann <b>K</b>")
    dialog.accept()
    settle()
    assert people.patient(journal).name == "Ann <b>K</b>"
    assert "&lt;b&gt;K&lt;/b&gt;" in page.patient_label.text()


def test_a_stale_read_never_lands_after_a_newer_one(qtbot, journal, clock, data_dir, settle, hold_first_call):
    from tracker.ui.settings import settings_data

    held = hold_first_call(settings_data, "load_people")
    page = create_page(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    qtbot.addWidget(page)
    assert held.started.wait(10)
    people.add_carer(journal, "Ana")
    page.refresh()
    held.release.set()
    settle()
    assert len(held.calls) == 2 and page.model.rowCount() == 1 and page.empty_hint.isHidden()


def test_removing_a_carer_asks_without_blocking_and_acts_on_yes(qtbot, page, journal, settle, answer):
    from PySide6.QtWidgets import QMessageBox

    people.add_carer(journal, "Ana")
    page.show()
    page.refresh()
    settle()
    for button in (QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes):
        page.list.setCurrentIndex(page.model.index(0, 0))
        page.archive_selected()  # returns at once, the question open
        assert "Take Ana off the lists?" in answer(page, button)
        settle()
        assert page.model.rowCount() == (1 if button == QMessageBox.StandardButton.No else 0)
