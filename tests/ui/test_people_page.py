import pytest

from tracker.services import people
from tracker.ui.context import AppContext
from tracker.ui.settings.people_page import create_page

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, journal, clock, data_dir):
    ctx = AppContext(data_dir=data_dir, journal=journal, clock=clock)
    widget = create_page(ctx)
    qtbot.addWidget(widget)
    widget.ctx_for_test = ctx
    return widget


def test_add_carer_with_errors_next_to_name(qtbot, page, journal):
    assert "Test Patient" in page.patient_label.text() and not page.empty_hint.isHidden()
    events = []
    page.ctx_for_test.events.changed.connect(events.append)
    page.add_carer()
    assert not page.name_error.isHidden() and page.model.rowCount() == 0
    page.name.setText("Sam")
    page.relation.setText("husband")
    page.add_carer()
    assert page.name_error.isHidden() and page.model.rowCount() == 1
    assert [p.name for p in people.list_people(journal) if not p.is_patient] == ["Sam"]
    assert events == ["people"]


def test_archive_keeps_carer_in_history(qtbot, page, journal):
    carer = people.add_carer(journal, "Ana")
    page.refresh()
    page.list.setCurrentIndex(page.model.index(0, 0))
    page.ctx_for_test.current_person_id = carer.id
    page.archive_selected(confirm=False)
    assert page.model.rowCount() == 0 and page.ctx_for_test.current_person_id is None
    archived = [p for p in people.list_people(journal, include_archived=True) if p.id == carer.id]
    assert archived and archived[0].name == "Ana"


def test_rename_patient_escapes_markup(qtbot, monkeypatch, journal, clock):
    from PySide6.QtWidgets import QInputDialog

    from tracker.services import people
    from tracker.ui.context import AppContext
    from tracker.ui.settings.people_page import PeoplePage

    ctx = AppContext(data_dir=journal.paths.folder, journal=journal, clock=clock)
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Ann <b>K</b>", True)))
    page.rename_patient()
    assert people.patient(journal).name == "Ann <b>K</b>"
    assert "&lt;b&gt;K&lt;/b&gt;" in page.patient_label.text()
