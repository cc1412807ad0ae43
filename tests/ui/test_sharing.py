"""Sharing one journal between two computers (issue 18), through the real windows:
Settings → Sharing, the unlock window's "Open a shared journal…", the live sync controller
(a change written by the other computer reaches Today), and "changed on two computers" in
the Diary. Both "computers" are data folders of this process; the sync folder is a tmp folder.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tracker.domain.clock import FixedClock
from tracker.domain.symptoms import SymptomRating
from tracker.services import diary, doses, people, plan, sync, timeline

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PASSPHRASE = "correct horse battery staple"
CARER_PASSPHRASE = "daughter's own long passphrase"


@pytest.fixture
def sync_dir(tmp_path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder


def add_capecitabine(journal):
    line = plan.add_line(journal, name="Capecitabine", start=date(2026, 3, 1))
    return plan.add_regimen_drug(journal, line.id, drug_id="capecitabine", times=["08:00", "20:00"],
                                 start=date(2026, 3, 1), pattern={"kind": "cycle_days", "length": 21,
                                                                  "days": list(range(1, 15))})


@pytest.fixture
def shared(journal, sync_dir, clock):
    """The test journal with a plan, shared, and a carer who may open it."""
    add_capecitabine(journal)
    sync.share_journal(journal, sync_dir, PASSPHRASE, clock)
    sync.add_person(journal, "Sam", CARER_PASSPHRASE, CARER_PASSPHRASE, clock)
    return journal


@pytest.fixture
def carer(shared, sync_dir, tmp_path, clock):
    """The carer's computer: its own data folder, joined from the shared folder."""
    created = sync.join_shared_journal(tmp_path / "carer", sync_dir, CARER_PASSPHRASE, clock)
    yield created.journal
    created.journal.close()


def make_window(qtbot, data_dir, journal, clock):
    from tracker.ui.main.window import MainWindow

    window = MainWindow(data_dir, journal, clock, idle_tick_ms=20)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def sharing_page(window):
    window.show_section("settings")
    return window.stack.views["settings"].show_page("sharing").widget()


def names(page) -> list[str]:
    model = page.people_model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


# -- Settings → Sharing ---------------------------------------------------------------------------


def test_share_this_journal_from_settings(qtbot, main_window, journal, sync_dir, wait_not_busy):
    page = sharing_page(main_window)
    wait_not_busy(page)
    assert page.stack.currentWidget() is page.not_shared
    page.share_button.click()
    dialog = page.dialog
    dialog.folder.setText(str(sync_dir / "not there"))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.folder_error.isVisibleTo(dialog) and "no folder there" in dialog.folder_error.text()
    dialog.folder.setText(str(sync_dir))
    dialog.passphrase.setText("not the passphrase")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)
    assert "not this journal's passphrase" in dialog.passphrase_error.text()
    assert not sync.is_shared(journal) and list(sync_dir.iterdir()) == []

    dialog.passphrase.setText(PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=10000)
    wait_not_busy(page)
    assert sync.is_shared(journal)
    assert page.stack.currentWidget() is page.shared
    assert "Open a shared journal" in page.notice.text()
    assert [p.name.startswith("treatment-journey-") for p in sync_dir.iterdir()] == [True]
    assert names(page) == ["Test Patient (you)"]
    assert main_window.sync.active  # the window's controller syncs from now on
    assert main_window.windowTitle() == "Treatment Journey"
    page.people_list.setCurrentIndex(page.people_model.index(0, 0))
    assert not page.remove_button.isEnabled()  # never oneself


def test_add_person_shows_each_problem_next_to_its_field(qtbot, data_dir, journal, sync_dir, clock, wait_not_busy):
    sync.share_journal(journal, sync_dir, PASSPHRASE, clock)
    window = make_window(qtbot, data_dir, journal, clock)
    page = sharing_page(window)
    wait_not_busy(page)
    page.add_button.click()
    dialog = page.dialog
    assert "you never need to know it" in " ".join(label.text() for label in dialog.findChildren(type(page.notice)))

    def submit(name, first, second):
        dialog.name.setText(name)
        dialog.first.setText(first)
        dialog.second.setText(second)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)
        return {key: label.text() for key, label in dialog.errors.items() if label.isVisibleTo(dialog)}

    assert set(submit("", CARER_PASSPHRASE, CARER_PASSPHRASE)) == {"name"}
    assert set(submit("Sam", "short", "short")) == {"passphrase"}
    assert dialog.strength.label.text().startswith("Too short")
    assert set(submit("Sam", CARER_PASSPHRASE, CARER_PASSPHRASE + "x")) == {"repeat"}
    assert dialog.second.accessibleDescription()  # the reader hears the error with the field
    submit("Sam", CARER_PASSPHRASE, CARER_PASSPHRASE)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=10000)
    wait_not_busy(page)
    assert sorted(names(page)) == ["Sam", "Test Patient (you)"]
    assert "Sam may now open this journal" in page.people_message.text()
    assert "Sam" in [p.name for p in people.list_people(journal)]  # a carer, so the diary can name her


def test_remove_person_explains_and_moves_to_a_new_key(qtbot, data_dir, shared, clock, wait_not_busy):
    window = make_window(qtbot, data_dir, shared, clock)
    page = sharing_page(window)
    wait_not_busy(page)
    assert sorted(names(page)) == ["Sam", "Test Patient (you)"]
    page.people_list.setCurrentIndex(page.people_model.index(names(page).index("Sam"), 0))
    assert page.remove_button.isEnabled()
    page.remove_button.click()
    dialog = page.dialog
    assert "no longer be able to open new changes" in dialog.text.text()
    assert "sync service" in dialog.text.text()
    dialog.reject()
    wait_not_busy(page)
    assert sorted(names(page)) == ["Sam", "Test Patient (you)"]
    page.remove_button.click()
    page.dialog.ok_button.click()
    qtbot.waitUntil(lambda: "Sam was removed" in page.people_message.text(), timeout=10000)
    wait_not_busy(page)
    assert names(page) == ["Test Patient (you)"]


def test_sharing_page_shows_computers_and_stops_sharing(qtbot, data_dir, shared, carer, clock, wait_not_busy):
    sync.sync_now(carer, clock)
    window = make_window(qtbot, data_dir, shared, clock)
    qtbot.waitUntil(lambda: window.sync.runs >= 1, timeout=10000)
    page = sharing_page(window)
    wait_not_busy(page)
    lines = [page.computers_model.data(page.computers_model.index(r, 0))
             for r in range(page.computers_model.rowCount())]
    assert lines[0].endswith("(this computer)")
    assert lines[1] == "Sam: last received just now"
    assert "Last synced just now." == page.last_sync_label.text()
    page.stop_button.click()
    page.dialog.ok_button.click()
    qtbot.waitUntil(lambda: not sync.is_shared(shared), timeout=10000)
    wait_not_busy(page)
    assert page.stack.currentWidget() is page.not_shared
    assert not window.sync.active


# -- Open a shared journal (the carer's computer) -------------------------------------------------


def test_carer_joins_through_the_unlock_window_and_sees_the_plan(qtbot, shared, sync_dir, tmp_path, clock, settle):
    from tracker.ui.unlock.window import UnlockWindow

    carer_dir = tmp_path / "carer"
    window = UnlockWindow(carer_dir, try_keyring=False, clock=clock)
    qtbot.addWidget(window)
    window.show()
    window.join_button.click()
    dialog = window.join_dialog

    def attempt(folder, passphrase):
        dialog.folder.setText(str(folder))
        dialog.passphrase.setText(passphrase)
        dialog.open_button.click()
        qtbot.waitUntil(lambda: not window.is_busy(), timeout=10000)

    empty = tmp_path / "empty"
    empty.mkdir()
    attempt(empty, CARER_PASSPHRASE)
    assert "does not hold a journal shared" in dialog.folder_error.text()
    attempt(sync_dir, "not my passphrase at all")
    assert "does not open this shared journal" in dialog.passphrase_error.text()
    assert not carer_dir.exists() or not any(carer_dir.glob("*/keys*"))  # nothing made
    attempt(sync_dir, CARER_PASSPHRASE)
    qtbot.waitUntil(lambda: window.key_dialog is not None, timeout=10000)
    key_dialog = window.key_dialog
    assert not key_dialog.open_button.isEnabled()  # as in the wizard: keep the key first
    key = key_dialog.box._key
    key_dialog.box.kept_box.setChecked(True)
    key_dialog.box.last_group.setText(key.split("-")[-1])
    with qtbot.waitSignal(window.unlocked, timeout=5000) as opened:
        key_dialog.open_button.click()
    journal = opened.args[0]
    try:
        assert sync.is_shared(journal)
        main = make_window(qtbot, carer_dir, journal, clock)
        settle()
        today = main.stack.views["today"]
        assert today.model.rowCount() > 0  # the patient's plan, on the carer's computer
        assert [d.drug.drug_id for d in plan.scheduled_drugs(journal)] == ["capecitabine"]
        # The carer opened it on their computer: what they enter is marked as theirs.
        assert main.person_switch.current_name() == "Sam (carer)"
        main.close()
    finally:
        if journal.is_open:
            journal.close()


# -- Live: the controller ------------------------------------------------------------------------------


def today_statuses(view) -> list:
    from tracker.ui.today.model import DoseRole

    return [view.model.data(view.model.index(r, 0), DoseRole).status for r in range(view.model.rowCount())]


def test_a_dose_ticked_on_the_carers_computer_reaches_today(qtbot, data_dir, shared, carer, clock):
    window = make_window(qtbot, data_dir, shared, clock)
    qtbot.waitUntil(lambda: window.sync.runs >= 1 and not window.sync.is_running(), timeout=10000)
    today = window.stack.views["today"]
    assert "taken" not in today_statuses(today)
    due = doses.today_list(carer, clock).today[0]
    doses.record(carer, clock, due, doses.TAKEN, entered_by_id=None)
    report = sync.sync_now(carer, clock)  # the carer's app writes its bundle into the folder
    assert report.written == 1
    changed = []
    window.ctx.events.changed.connect(changed.append)
    # The folder watcher (or the fallback timer) picks it up; nothing here asks for a sync.
    qtbot.waitUntil(lambda: "taken" in today_statuses(today), timeout=15000)
    assert "doses" in changed
    assert doses.today_list(shared, clock).today[0].status == doses.TAKEN
    assert window.windowTitle() == "Treatment Journey"


def test_locking_stops_the_controller(qtbot, data_dir, shared, clock):
    window = make_window(qtbot, data_dir, shared, clock)
    qtbot.waitUntil(lambda: window.sync.runs >= 1, timeout=10000)
    assert window.sync.active and window.sync.watcher is not None
    window.lock()
    assert not window.sync.active and window.sync.watcher is None and not window.sync.is_running()


def test_a_sharing_read_landing_after_the_lock_starts_nothing(qtbot, data_dir, shared, clock, settle):
    """Whether the journal is shared is read on the task runner; a read that lands after the
    lock starts no watcher, timer or run."""
    from tracker.ui.common.runner import task_runner

    window = make_window(qtbot, data_dir, shared, clock)
    qtbot.waitUntil(lambda: window.sync.runs >= 1 and not window.sync.is_running(), timeout=10000)
    window.sync.suspend()
    window.sync.sharing_changed()
    assert not window.sync.active  # not until the read lands
    assert task_runner().wait_idle(30000)  # read, not yet delivered
    window.lock()
    settle()
    assert not window.sync.active and window.sync.watcher is None and not window.sync.timer.isActive()
    assert not window.sync.is_running()


def test_a_missing_folder_is_a_status_bar_message_not_a_dialog(qtbot, data_dir, shared, sync_dir, clock):
    import shutil

    shutil.rmtree(next(sync_dir.iterdir()))
    window = make_window(qtbot, data_dir, shared, clock)
    qtbot.waitUntil(lambda: window.sync.runs >= 1, timeout=10000)
    assert window.sync.problems and "could not be found" in window.sync.problems[0]
    assert "could not be found" in window.statusBar().currentMessage()


# -- Changed on two computers ---------------------------------------------------------------------------


def _changed_on_both_computers(qtbot, settle, data_dir, shared, carer, clock, london):
    """A window showing the Diary, with a log changed on both computers selected."""
    from tracker.ui.diary.timeline_model import KIND

    when = datetime(2026, 3, 10, 8, 30, tzinfo=london)
    log = diary.log_symptoms(shared, [SymptomRating("nausea", 1, None, None)], None, when, clock, note="first")
    sync.sync_now(shared, clock)
    sync.sync_now(carer, clock)
    carer_log = next(item.id for item in timeline.page(carer, timeline.TimelineFilter(), None).items
                     if item.kind == "symptoms")
    diary.update_log(shared, log.log_id, [SymptomRating("nausea", 2, None, None)], None, when, clock,
                     note="patient's change")
    later = FixedClock(clock.now() + timedelta(minutes=5))
    diary.update_log(carer, carer_log, [SymptomRating("nausea", 3, None, None)], None, when, later,
                     note="carer's change")
    sync.sync_now(shared, clock)
    sync.sync_now(carer, later)
    window = make_window(qtbot, data_dir, shared, later)
    qtbot.waitUntil(lambda: window.sync.runs >= 1 and not window.sync.is_running(), timeout=10000)
    window.show_section("diary")
    view = window.stack.views["diary"]
    view.refresh()
    settle()
    row = view.model.row_of("symptoms", log.log_id)
    assert "changed on two computers" in view.model.data(view.model.index(row, KIND))
    view.table.selectRow(row)
    return window, view, log, row


def test_an_entry_changed_on_both_computers_shows_the_other_version(qtbot, settle, data_dir, shared, carer, clock, london):
    _window, view, _log, row = _changed_on_both_computers(qtbot, settle, data_dir, shared, carer, clock, london)
    assert view.other_version_button.isVisible()
    view.other_version_button.click()
    settle()  # the computers' names are read first
    text = view.other_version_dialog.text.toPlainText()
    assert text.startswith("Earlier version, from Test Patient (this computer):")
    assert "patient's change" in text and "(nausea) (moderate)" in text
    assert "carer's change" in view.model.data(view.model.index(row, 2))


def test_the_other_version_read_landing_after_the_lock_opens_nothing(qtbot, settle, data_dir, shared, carer, clock,
                                                                     london, monkeypatch):
    """The computers' names are read on the task runner; if the lock comes before they land,
    the earlier version (diary content) is not shown over the lock screen."""
    from tracker.ui.diary.two_computers import OtherVersionDialog

    window, view, _log, _row = _changed_on_both_computers(qtbot, settle, data_dir, shared, carer, clock, london)
    opened = []
    monkeypatch.setattr(OtherVersionDialog, "open", lambda dialog: opened.append(dialog))
    view.other_version_button.click()
    window.lock()
    settle()
    assert opened == []


# -- Fits a small screen when shared (the settings fit test sees the page before sharing) -------


@pytest.mark.parametrize("language", ["es", "fa"])
def test_shared_page_fits_a_small_screen_with_large_text(qtbot, data_dir, shared, carer, clock, large_text,
                                                         language, wait_not_busy):
    import importlib.util

    from PySide6.QtWidgets import QApplication

    spec = importlib.util.spec_from_file_location("gallery_checks", Path(__file__).parent / "gallery" / "checks.py")
    checks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(checks)
    sync.sync_now(carer, clock)
    large_text(language)
    window = make_window(qtbot, data_dir, shared, clock)
    window.resize(1024, 600)
    page = sharing_page(window)
    wait_not_busy(page)
    QApplication.processEvents()
    assert page.stack.currentWidget() is page.shared
    assert checks.sideways(window) == []
    security = window.stack.views["settings"].pages["security"].widget()
    qtbot.waitUntil(lambda: not security.keyring_busy(), timeout=10000)


@pytest.mark.qt_log_ignore("does not support raise")
def test_a_new_computer_can_start_from_a_shared_journal_instead_of_a_new_one(qtbot, tmp_path, clock):
    from tracker.ui.main.flow import StartFlow

    flow = StartFlow(tmp_path / "new computer", clock)
    flow.start()
    assert flow.wizard is not None and flow.unlock_window is None  # no journal here yet
    qtbot.addWidget(flow.wizard)
    flow.wizard.welcome.join_button.click()
    assert flow.wizard is None
    window = flow.unlock_window
    qtbot.addWidget(window)
    assert window.isVisible() and window.join_dialog is not None and window.join_dialog.isVisible()
    window.join_dialog.reject()
    assert window.join_dialog is None and window.isVisible()  # cancelled: the start screen stays
