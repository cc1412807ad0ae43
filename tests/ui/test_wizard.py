"""The create-journal wizard, driven through its real widgets."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtWidgets import QWizard

from tracker.services import journals

# The offscreen platform cannot resize windows to new size hints; not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PASSPHRASE = "four plain words here"


@pytest.fixture
def wizard(qtbot, data_dir):
    from tracker.ui.wizard.wizard import CreateJournalWizard

    w = CreateJournalWizard(data_dir)
    w.show()
    yield w
    # Closed here rather than by qtbot: with a created journal, closing asks
    # "close without keeping the key?", which would block the teardown.
    if w.created is not None:
        w.created.journal.close()
        w.created = None
    w.close()
    w.deleteLater()


def _to_passphrase_page(wizard, name="Anna"):
    wizard.next()
    assert wizard.currentPage() is wizard.name_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # a name is required
    wizard.name_page.name_edit.setText(name)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page


def _create(qtbot, wizard, passphrase=PASSPHRASE):
    page = wizard.passphrase_page
    page.first.setText(passphrase)
    page.second.setText(passphrase)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10000)


def test_wizard_creates_a_journal_and_checks_the_recovery_key_was_kept(qtbot, wizard, data_dir):
    _to_passphrase_page(wizard)
    page = wizard.passphrase_page
    page.first.setText(PASSPHRASE)
    page.second.setText(PASSPHRASE + "x")
    wizard.next()
    assert wizard.currentPage() is page
    assert "not the same" in page.message.text()
    assert journals.list_journals(data_dir) == []

    from datetime import date

    from tracker.services import start_day

    before = date.today()
    _create(qtbot, wizard)
    key = wizard.created.recovery_key
    # The journal keeps the day it was started: Today never calls earlier doses overdue.
    assert start_day.started_on(wizard.created.journal) in {before, date.today()}
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    box = wizard.recovery_page.box
    assert key.replace("-", "") in box.key_label.text().replace(" ", "").replace("\n", "")
    assert not finish.isEnabled()
    box.kept_box.setChecked(True)
    box.last_group.setText("ZZZZ" if not key.endswith("ZZZZ") else "YYYY")
    assert not finish.isEnabled()
    box.last_group.setText(key.split("-")[-1].lower())
    assert finish.isEnabled()
    # The passphrase does not linger in the widgets once the journal exists.
    assert page.first.text() == "" and page.second.text() == ""

    with qtbot.waitSignal(wizard.journal_created) as signal:
        finish.click()
    opened = signal.args[0]
    assert opened.is_open
    assert [i.display_name for i in journals.list_journals(data_dir)] == ["Anna"]
    opened.close()
    journal_id = journals.list_journals(data_dir)[0].journal_id
    journals.unlock(data_dir, journal_id, PASSPHRASE).close()
    journals.unlock_with_recovery_key(data_dir, journal_id, key).close()


def test_short_passphrase_is_refused_with_a_plain_reason(qtbot, wizard, data_dir):
    _to_passphrase_page(wizard)
    page = wizard.passphrase_page
    page.first.setText("short")
    page.second.setText("short")
    assert "Too short" in page.strength.label.text()
    wizard.next()
    assert wizard.currentPage() is page
    assert "at least 8 characters" in page.message.text()
    assert journals.list_journals(data_dir) == []


def test_creation_shows_busy_state_and_locks_the_buttons(qtbot, wizard, monkeypatch):
    import threading

    from tracker.services import journals as service

    release = threading.Event()
    real = service.create_journal

    def slow_create(*args, **kwargs):
        release.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "create_journal", slow_create)
    _to_passphrase_page(wizard)
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    wizard.next()
    assert wizard.is_busy()
    assert wizard.passphrase_page.busy.isVisible()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    release.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10000)
    assert not wizard.passphrase_page.busy.isVisible()


def test_recovery_key_saved_as_an_owner_only_file(qtbot, wizard, tmp_path):
    _to_passphrase_page(wizard)
    _create(qtbot, wizard)
    target = tmp_path / "key.txt"
    assert wizard.recovery_page.box.save_key(str(target))
    text = target.read_text(encoding="utf-8")
    assert wizard.created.recovery_key in text
    assert "Anna" in text
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_recovery_key_prints_to_pdf(qtbot, wizard, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    _to_passphrase_page(wizard)
    _create(qtbot, wizard)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    assert wizard.recovery_page.box.print_key(printer)
    lines = PdfReader(str(tmp_path / "key.pdf")).pages[0].extract_text().splitlines()
    groups = wizard.created.recovery_key.split("-")
    # Two rows of four groups: no group is split across lines.
    rows = ["".join(line.split()) for line in lines]
    assert "".join(groups[:4]) in rows and "".join(groups[4:]) in rows


@pytest.mark.parametrize(
    ("passphrase", "low", "high"),
    [("abc", 0, 0), ("password", 1, 1), ("aaaaaaaaaaaa", 1, 1), ("Tr0ub4dor&3x", 2, 3),
     ("correct horse battery staple", 3, 4)],
)
def test_strength_hint_levels(passphrase, low, high):
    from tracker.ui.wizard.strength import estimate

    assert low <= estimate(passphrase).level <= high


@pytest.mark.parametrize("keep", [False, True])
def test_wizard_offers_the_reminder_times_file_off_by_default(qtbot, wizard, keep):
    from tracker.services import reminder_times

    _to_passphrase_page(wizard)
    _create(qtbot, wizard)
    assert not wizard.keep_reminder_times.isChecked()  # off unless she chooses it
    assert wizard.keep_reminder_times.isVisible()
    wizard.keep_reminder_times.setChecked(keep)
    box = wizard.recovery_page.box
    box.kept_box.setChecked(True)
    box.last_group.setText(wizard.created.recovery_key.split("-")[-1])
    with qtbot.waitSignal(wizard.journal_created) as signal:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    opened = signal.args[0]
    assert reminder_times.keeps_file(opened) is keep
    opened.close()


def test_wizard_asks_units_once_with_the_regions_default(qtbot, wizard, data_dir):
    from PySide6.QtWidgets import QRadioButton

    from tracker.ui.common import units

    wizard.next()
    page = wizard.name_page
    assert page.chosen_units() == (units.default_temperature_unit(), units.default_weight_unit())
    fahrenheit = next(b for b in page.temperature_units.findChildren(QRadioButton) if b.property("unit") == "°F")
    fahrenheit.setChecked(True)
    page.name_edit.setText("Anna")
    wizard.next()
    _create(qtbot, wizard)
    box = wizard.recovery_page.box
    box.kept_box.setChecked(True)
    box.last_group.setText(wizard.created.recovery_key.split("-")[-1])
    with qtbot.waitSignal(wizard.journal_created) as signal:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    signal.args[0].close()
    wizard.created = None
    assert units.temperature_unit(data_dir) == "°F" and units.weight_unit(data_dir) == units.default_weight_unit()


def test_finish_writes_the_reminder_choice_on_the_runner_and_a_refusal_keeps_the_wizard_open(
        qtbot, wizard, monkeypatch, settle):
    from tracker.domain.errors import ValidationError
    from tracker.services import reminder_times
    from tracker.ui.common import errors

    _to_passphrase_page(wizard)
    _create(qtbot, wizard)
    wizard.keep_reminder_times.setChecked(True)
    box = wizard.recovery_page.box
    box.kept_box.setChecked(True)
    box.last_group.setText(wizard.created.recovery_key.split("-")[-1])
    shown, opened = [], []

    def refuse(*_args):
        raise ValidationError("The reminder file could not be kept.")

    monkeypatch.setattr(reminder_times, "set_keeps_file", refuse)
    monkeypatch.setattr(errors, "show_error", lambda _parent, exc: shown.append(str(exc)))
    wizard.journal_created.connect(opened.append)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    finish.click()
    assert not finish.isEnabled() and wizard.is_finishing()  # written on the runner, not here
    settle()
    assert shown == ["The reminder file could not be kept."] and opened == []
    assert wizard.isVisible() and finish.isEnabled() and not wizard.is_finishing()


def test_closing_with_the_key_not_kept_asks_without_blocking(qtbot, wizard, answer):
    from PySide6.QtWidgets import QMessageBox

    _to_passphrase_page(wizard)
    _create(qtbot, wizard)
    journal = wizard.created.journal
    wizard.reject()  # returns at once, the question open (the fixture's teardown used to have to dodge it)
    assert "will not be shown again" in answer(wizard, QMessageBox.StandardButton.No)
    assert wizard.isVisible() and wizard.created is not None
    wizard.reject()
    answer(wizard, QMessageBox.StandardButton.Yes)
    assert not wizard.isVisible()
    assert journal._sessionmaker is None  # closed (the key forgotten, the lock given up)
    wizard.created = None  # already closed: not again at teardown
