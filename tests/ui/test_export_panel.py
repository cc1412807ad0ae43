"""Reports → Exports: warn (not encrypted), ask where, export in the background; import as a new journal."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from PySide6.QtWidgets import QLabel

from tracker.services import people
from tracker.services.journals import list_journals, unlock

PASS = "correct horse battery staple"
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def panel(qtbot, journal, data_dir, clock, monkeypatch):
    from tracker.ui.context import AppContext
    from tracker.ui.reports.export_panel import create_export_panel

    people.add_carer(journal, "Sam", "partner")
    widget = create_export_panel(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    qtbot.addWidget(widget)
    widget.resize(820, 520)
    widget.show()
    widget.asked = []
    monkeypatch.setattr(widget, "confirm_not_encrypted", lambda then: widget.asked.append("warned") or then())
    return widget


def _save_to(monkeypatch, panel, path):
    seen = {}

    def choose(title, suggested, file_filter, then):
        seen.update(title=title, suggested=suggested, filter=file_filter)
        then(str(path))

    monkeypatch.setattr(panel, "choose_save_path", choose)
    return seen


def _wait(qtbot, panel):
    qtbot.waitUntil(lambda: panel.op is not None and not panel.op.is_running() and not panel.progress.isVisible(),
                    timeout=10000)


def test_csv_export_warns_then_writes_zip(qtbot, panel, tmp_path, monkeypatch):
    seen = _save_to(monkeypatch, panel, tmp_path / "mine")  # no suffix typed
    panel.buttons["csv"].click()
    _wait(qtbot, panel)
    assert panel.asked == ["warned"]
    assert seen["suggested"].endswith(".zip")
    out = tmp_path / "mine.zip"
    with zipfile.ZipFile(out) as archive:
        assert "symptoms.csv" in archive.namelist()
        rows = list(csv.reader(io.StringIO(archive.read("symptoms.csv").decode("utf-8-sig"))))
    assert rows[0][0] == "Date and time"
    assert "not encrypted" in panel.status.text() and panel.show_button.isVisible()
    panel.grab().save("/tmp/export_panel.png")


def test_declining_the_warning_writes_nothing(qtbot, panel, tmp_path, monkeypatch):
    monkeypatch.setattr(panel, "confirm_not_encrypted", lambda then: None)  # she chose Cancel
    asked = _save_to(monkeypatch, panel, tmp_path / "x.json")
    panel.buttons["json"].click()
    assert asked == {} and panel.op is None
    assert not (tmp_path / "x.json").exists()


def test_fhir_with_date_range(qtbot, panel, tmp_path, monkeypatch):
    from PySide6.QtCore import QDate

    _save_to(monkeypatch, panel, tmp_path / "record.json")
    panel.limit_dates.setChecked(True)
    panel.date_from.setDate(QDate(2026, 1, 1))
    panel.date_to.setDate(QDate(2026, 2, 1))
    panel.buttons["fhir"].click()
    _wait(qtbot, panel)
    assert json.loads((tmp_path / "record.json").read_text())["resourceType"] == "Bundle"


def test_missing_folder_is_said_plainly(qtbot, panel, tmp_path, monkeypatch):
    _save_to(monkeypatch, panel, tmp_path / "missing-folder" / "x.json")
    panel.buttons["json"].click()
    assert panel.op is None and "does not exist" in panel.status.text()


def test_disk_full_during_export_is_shown_plainly(qtbot, panel, tmp_path, monkeypatch):
    from tracker.domain.errors import DiskFull
    from tracker.services.exports import json_export

    def full(*_args, **_kwargs):
        raise DiskFull()

    monkeypatch.setattr(json_export, "atomic_write_bytes", full)
    _save_to(monkeypatch, panel, tmp_path / "x.json")
    panel.buttons["json"].click()
    _wait(qtbot, panel)
    assert "disk is full" in panel.status.text()
    assert not panel.show_button.isVisible()
    assert all(b.isEnabled() for k, b in panel.buttons.items() if k != "ics")


def test_import_json_as_new_journal(qtbot, panel, tmp_path, monkeypatch, data_dir):
    _save_to(monkeypatch, panel, tmp_path / "all.json")
    panel.buttons["json"].click()
    _wait(qtbot, panel)
    shown = []
    monkeypatch.setattr(panel, "show_recovery_key", shown.append)
    monkeypatch.setattr(panel, "choose_open_path", lambda then: then(str(tmp_path / "all.json")))
    panel.import_button.click()
    dialog = panel.import_dialog
    dialog.name_edit.setText("Copy of my journal")
    dialog.first.setText("another good passphrase")
    dialog.second.setText("another typo passphrase")
    dialog.import_button.click()
    assert dialog.message.isVisible() and "not the same" in dialog.message.text()
    dialog.second.setText("another good passphrase")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    result = shown[0]
    try:
        assert result.recovery_key and result.journal.display_name == "Copy of my journal"
        assert {p.name for p in people.list_people(result.journal)} == {"Test Patient", "Sam"}
    finally:
        result.journal.close()
    names = {j.display_name for j in list_journals(data_dir)}
    assert names == {"Test Patient", "Copy of my journal"}
    unlock(data_dir, result.journal.journal_id, "another good passphrase").close()


def test_import_of_a_bad_file_says_why(qtbot, panel, tmp_path, monkeypatch, data_dir):
    bad = tmp_path / "bad.json"
    bad.write_text("{\"format\": \"something\"}")
    monkeypatch.setattr(panel, "choose_open_path", lambda then: then(str(bad)))
    panel.import_button.click()
    dialog = panel.import_dialog
    dialog.first.setText("another good passphrase")
    dialog.second.setText("another good passphrase")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10000)
    assert "Nothing was changed" in dialog.message.text()
    assert len(list_journals(data_dir)) == 1
    dialog.reject()


def test_recovery_key_dialog_then_journal_closed(qtbot, panel, tmp_path, monkeypatch, data_dir):
    from tracker.ui.backup.recovery_key_dialog import ImportedKeyDialog

    _save_to(monkeypatch, panel, tmp_path / "all.json")
    panel.buttons["json"].click()
    _wait(qtbot, panel)
    monkeypatch.setattr(panel, "choose_open_path", lambda then: then(str(tmp_path / "all.json")))
    monkeypatch.setattr(ImportedKeyDialog, "confirm_close", lambda self, then: then())
    panel.import_button.click()
    dialog = panel.import_dialog
    dialog.first.setText("another good passphrase")
    dialog.second.setText("another good passphrase")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(panel.findChildren(ImportedKeyDialog)), timeout=10000)
    key_dialog = panel.findChildren(ImportedKeyDialog)[0]
    assert key_dialog.isVisible()
    key_dialog.grab().save("/tmp/imported_key.png")
    key_dialog.reject()
    qtbot.waitUntil(lambda: not key_dialog.isVisible(), timeout=5000)


def test_calendar_export(qtbot, panel, tmp_path, monkeypatch):
    _save_to(monkeypatch, panel, tmp_path / "plan.ics")
    panel.buttons["ics"].click()
    _wait(qtbot, panel)
    assert (tmp_path / "plan.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_cancelling_an_import_leaves_no_journal(qtbot, panel, tmp_path, monkeypatch, data_dir):
    _save_to(monkeypatch, panel, tmp_path / "all.json")
    panel.buttons["json"].click()
    _wait(qtbot, panel)
    shown = []
    monkeypatch.setattr(panel, "show_recovery_key", shown.append)
    monkeypatch.setattr(panel, "choose_open_path", lambda then: then(str(tmp_path / "all.json")))
    panel.import_button.click()
    dialog = panel.import_dialog
    dialog.first.setText("another good passphrase")
    dialog.second.setText("another good passphrase")
    dialog.import_button.click()
    dialog.reject()
    qtbot.waitUntil(lambda: not panel.op.is_running(), timeout=10000)
    qtbot.wait(50)
    if shown:  # it had already finished: then the journal is complete
        shown[0].journal.close()
        assert len(list_journals(data_dir)) == 2
    else:
        assert len(list_journals(data_dir)) == 1


def test_date_range_shows_month_as_a_word(panel):
    from PySide6.QtCore import QLocale

    for edit in (panel.date_from, panel.date_to):
        month = QLocale().monthName(edit.date().month(), QLocale.FormatType.ShortFormat)
        assert month in edit.text(), edit.text()  # "23 Nov 2026", never "11/23/26"


def test_import_dialog_grows_for_its_message_and_key_dialog_counts_in_words(qtbot):
    from tracker.ui.backup.import_dialog import ImportDialog
    from tracker.ui.backup.recovery_key_dialog import ImportedKeyDialog

    dialog = ImportDialog("data.json", "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    hint_height = dialog.strength.height()
    dialog.show_error("The file could not be imported. Nothing was changed.")
    assert dialog.height() > before
    assert dialog.strength.height() >= hint_height  # the passphrase hint is not squeezed

    many = ImportedKeyDialog("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "Anna", 28)
    one = ImportedKeyDialog("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "Anna", 1)
    for d in (many, one):
        qtbot.addWidget(d)
    texts = [label.text() for d in (many, one) for label in d.findChildren(QLabel)]
    assert any("with 28 records from" in t for t in texts)
    assert any("with 1 record from" in t for t in texts)
    assert not any("(s)" in t for t in texts)


def test_the_not_encrypted_warning_asks_without_blocking(qtbot, panel, tmp_path, monkeypatch, answer):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.delattr(panel, "confirm_not_encrypted")  # the real warning
    asked = []
    monkeypatch.setattr(panel, "choose_save_path", lambda *args: asked.append(args))  # she cancels
    panel.buttons["json"].click()  # returns at once, the warning open
    assert "Export anyway?" in answer(panel, QMessageBox.StandardButton.Cancel)
    assert asked == [] and panel.op is None
    panel.buttons["json"].click()
    answer(panel, QMessageBox.StandardButton.Yes)
    assert len(asked) == 1 and panel.op is None  # on to where to save (she cancelled that)


def test_closing_an_unkept_imported_key_asks_without_blocking(qtbot, panel, answer):
    from PySide6.QtWidgets import QMessageBox

    from tracker.ui.backup.recovery_key_dialog import ImportedKeyDialog

    # Over the panel, as in the app (a parentless one crashed PySide at exit once qtbot deleted it).
    dialog = ImportedKeyDialog("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "Anna", 1, panel)
    dialog.show()
    dialog.reject()  # returns at once, the question open
    assert "will not be shown again" in answer(dialog, QMessageBox.StandardButton.No)
    assert dialog.isVisible()
    dialog.reject()
    answer(dialog, QMessageBox.StandardButton.Yes)
    assert not dialog.isVisible()
