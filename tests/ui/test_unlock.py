"""The unlock window: journals by name, wrong then right passphrase, damage, recovery key, keyring."""

from __future__ import annotations

import errno

import pytest

from tracker.domain.errors import DiskFull, FolderNotWritable, JournalTooNew
from tracker.services import journals

# The offscreen platform cannot resize windows to new size hints; not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def closed(created):
    """The test journal, closed (as it is when the app starts)."""
    created.journal.close()
    return created


@pytest.fixture
def unlock_window(qtbot, data_dir, closed, wait_not_busy):
    from tracker.ui.unlock.window import UnlockWindow

    window = UnlockWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    wait_not_busy(window)  # the keyring check at start
    yield window
    wait_not_busy(window)


def _unlock(qtbot, window, passphrase, wait_not_busy):
    window.prompt.field.setText(passphrase)
    window.prompt.field.returnPressed.emit()  # Enter
    wait_not_busy(window)


def test_wrong_then_right_passphrase(qtbot, unlock_window, wait_not_busy):
    prompt = unlock_window.prompt
    assert unlock_window.windowTitle() == "Treatment Journey"
    assert "Test Patient" in prompt.label.text()
    _unlock(qtbot, unlock_window, "not the passphrase", wait_not_busy)
    assert prompt.message.isVisible()
    assert "does not open this journal" in prompt.message.text()
    assert "damaged" not in prompt.message.text()
    # The typed text stays, selected, so it can be corrected or retyped.
    assert prompt.field.text() == "not the passphrase"
    assert prompt.field.selectedText() == "not the passphrase"

    with qtbot.waitSignal(unlock_window.unlocked, timeout=10000) as signal:
        _unlock(qtbot, unlock_window, PASSPHRASE, wait_not_busy)
    journal = signal.args[0]
    try:
        assert journal.is_open
        assert prompt.field.text() == ""
    finally:
        journal.close()


def test_busy_indicator_while_unlocking(qtbot, unlock_window, monkeypatch, wait_not_busy):
    import threading

    release = threading.Event()
    real = journals.unlock

    def slow(*args):
        release.wait(5)
        return real(*args)

    monkeypatch.setattr(journals, "unlock", slow)
    unlock_window.prompt.field.setText(PASSPHRASE)
    unlock_window.prompt.unlock_button.click()
    assert unlock_window.prompt.busy.isVisible()
    assert not unlock_window.prompt.field.isEnabled()
    with qtbot.waitSignal(unlock_window.unlocked, timeout=10000) as signal:
        release.set()
    signal.args[0].close()
    assert not unlock_window.prompt.busy.isVisible()


def test_damaged_journal_is_reported_as_damaged_with_backups(qtbot, unlock_window, closed, wait_not_busy):
    db = closed.journal.paths.db
    data = bytearray(db.read_bytes())
    data[:] = b"\x00" * len(data)
    db.write_bytes(bytes(data))
    _unlock(qtbot, unlock_window, PASSPHRASE, wait_not_busy)
    text = unlock_window.prompt.message.text()
    assert "damaged" in text
    assert "does not open this journal" not in text
    # No backup exists yet: say where backups are kept.
    assert "Backups are kept in this folder" in text
    assert str(closed.journal.paths.backups) in text
    assert not unlock_window.prompt.restore_button.isVisible()


def test_damaged_journal_offers_and_restores_the_newest_backup(qtbot, data_dir, closed, wait_not_busy):
    from tracker.services import backup, settings
    from tracker.ui.unlock.window import UnlockWindow

    journal = journals.unlock(data_dir, closed.journal.journal_id, PASSPHRASE)
    settings.set(journal, "test.marker", 42)
    backup.backup_now(journal)
    journal.close()
    db = closed.journal.paths.db
    db.write_bytes(b"\x00" * db.stat().st_size)

    window = UnlockWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    wait_not_busy(window)
    _unlock(qtbot, window, PASSPHRASE, wait_not_busy)
    assert "damaged" in window.prompt.message.text()
    assert window.prompt.restore_button.isVisible()
    with qtbot.waitSignal(window.unlocked, timeout=20000) as signal:
        window.prompt.restore_button.click()
    restored = signal.args[0]
    try:
        assert settings.get(restored, "test.marker") == 42
    finally:
        restored.close()


def test_missing_key_file_is_named_plainly(qtbot, data_dir, closed, wait_not_busy):
    from tracker.ui.unlock.window import UnlockWindow

    closed.journal.paths.keys.unlink()
    closed.journal.paths.spare_keys.unlink()
    window = UnlockWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    wait_not_busy(window)
    assert "key file needs attention" in window.model.data(window.model.index(0, 0))
    _unlock(qtbot, window, PASSPHRASE, wait_not_busy)
    assert "key file" in window.prompt.message.text()
    assert "missing" in window.prompt.message.text()


def test_several_journals_are_listed_by_name(qtbot, data_dir, closed, wait_not_busy):
    from tracker.ui.unlock.window import UnlockWindow

    other = journals.create_journal(data_dir, "Dad", PASSPHRASE + "!")
    other.journal.close()
    window = UnlockWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    wait_not_busy(window)
    names = [window.model.data(window.model.index(r, 0)) for r in range(window.model.rowCount())]
    assert names == ["Dad", "Test Patient"]
    assert window.view.isVisible()
    window.view.setCurrentIndex(window.model.index(0, 0))
    assert window.selected_journal_id() == other.journal.journal_id
    with qtbot.waitSignal(window.unlocked, timeout=10000) as signal:
        _unlock(qtbot, window, PASSPHRASE + "!", wait_not_busy)
    assert signal.args[0].journal_id == other.journal.journal_id
    signal.args[0].close()


def test_recovery_key_unlocks_and_sets_a_new_passphrase(qtbot, data_dir, closed, wait_not_busy):
    from tracker.domain.errors import WrongPassphrase
    from tracker.ui.unlock.recovery_dialog import RecoveryUnlockDialog

    dialog = RecoveryUnlockDialog(data_dir, closed.journal.journal_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.key_edit.setText("AAAA-BBBB")
    dialog.first.setText("a brand new passphrase")
    dialog.second.setText("a brand new passphrase")
    dialog.submit()
    assert "8 groups of 4" in dialog.message.text()
    # A real key typed in lower case with spaces is accepted.
    dialog.key_edit.setText(closed.recovery_key.lower().replace("-", " "))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.submit()
    dialog.journal.close()
    journals.unlock(data_dir, closed.journal.journal_id, "a brand new passphrase").close()
    with pytest.raises(WrongPassphrase):
        journals.unlock(data_dir, closed.journal.journal_id, PASSPHRASE)


def test_wrong_recovery_key_is_explained(qtbot, data_dir, closed, wait_not_busy):
    from tracker.storage.recovery_key import new_recovery_key
    from tracker.ui.unlock.recovery_dialog import RecoveryUnlockDialog

    dialog = RecoveryUnlockDialog(data_dir, closed.journal.journal_id)
    qtbot.addWidget(dialog)
    dialog.key_edit.setText(new_recovery_key())
    dialog.first.setText("a brand new passphrase")
    dialog.second.setText("a brand new passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog._op is None, timeout=10000)
    assert "recovery key does not open" in dialog.message.text()
    assert dialog.journal is None


def test_remembered_journal_opens_without_the_passphrase(qtbot, data_dir, closed, monkeypatch, wait_not_busy):
    from tracker.services import keyring_store
    from tracker.ui.unlock.window import UnlockWindow

    calls = []

    def from_keyring(folder, journal_id):
        calls.append(journal_id)
        return journals.unlock(folder, journal_id, PASSPHRASE)

    monkeypatch.setattr(keyring_store, "unlock_from_keyring", from_keyring)
    window = UnlockWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.unlocked, timeout=10000) as signal:
        window.show()
    assert calls == [closed.journal.journal_id]
    signal.args[0].close()


def test_caps_lock_hint(qtbot, unlock_window):
    from PySide6.QtCore import Qt

    field = unlock_window.prompt.field
    qtbot.keyClicks(field, "A")  # capital letter without Shift: Caps Lock is on
    assert unlock_window.prompt.caps_hint.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier, )
    qtbot.keyClicks(field, "a")
    assert not unlock_window.prompt.caps_hint.isVisible()


def test_start_flow_shows_the_wizard_first_then_unlock_then_main(qtbot, data_dir, clock, wait_not_busy):
    from tracker.ui.main.flow import StartFlow

    flow = StartFlow(data_dir, clock)
    flow.start()
    assert flow.wizard is not None and flow.unlock_window is None
    flow.wizard.reject()  # nothing created: the app would quit
    assert flow.wizard is None and flow.unlock_window is None

    journals.create_journal(data_dir, "Anna", PASSPHRASE).journal.close()
    flow.start()
    window = flow.unlock_window
    assert window is not None and flow.wizard is None
    wait_not_busy(window)
    with qtbot.waitSignal(window.unlocked, timeout=10000):
        _unlock(qtbot, window, PASSPHRASE, wait_not_busy)
    main = flow.main_window
    qtbot.addWidget(main)
    assert main.isVisible() and main.ctx.journal.is_open
    from shiboken6 import isValid

    assert flow.unlock_window is None
    assert not isValid(window) or not window.isVisible()
    flow.shutdown()
    assert not main.isVisible()
    for op in list(main._ops):
        op.wait(30000)


def test_gui_arguments_pass_unknown_ones_to_qt():
    from tracker.ui.app import _parse

    namespace, rest = _parse(["--data-dir", "/tmp/x", "--lang", "fa", "-style", "fusion"])
    assert namespace.data_dir == "/tmp/x" and namespace.lang == "fa" and not namespace.smoke
    assert rest == ["-style", "fusion"]


@pytest.mark.parametrize("make_error, expected", [
    (JournalTooNew, "newer version"),
    (DiskFull, "disk is full"),
    (FolderNotWritable, "cannot write to its folder"),
    (lambda: PermissionError(errno.EACCES, "Permission denied"), "cannot write to its folder"),
], ids=["too-new", "disk-full", "not-writable", "raw-permission-error"])
def test_each_known_problem_gets_its_plain_message(qtbot, unlock_window, monkeypatch, wait_not_busy,
                                                   make_error, expected):
    def fail(*_args):
        raise make_error()

    monkeypatch.setattr(journals, "unlock", fail)
    _unlock(qtbot, unlock_window, PASSPHRASE, wait_not_busy)
    assert expected in unlock_window.prompt.message.text()
    assert not unlock_window.prompt.restore_button.isVisible()


def test_damage_past_the_first_page_offers_the_newest_backup(qtbot, data_dir, closed, wait_not_busy):
    """Issue 13, item 3: it used to show the bug dialog."""
    from tracker.services import backup, settings
    from tracker.ui.unlock.window import UnlockWindow

    journal = journals.unlock(data_dir, closed.journal.journal_id, PASSPHRASE)
    settings.set(journal, "test.marker", 7)
    backup.backup_now(journal)
    journal.close()
    db = closed.journal.paths.db
    data = bytearray(db.read_bytes())
    page = 4096
    for number in range(1, len(data) // page):
        data[number * page + page // 2] ^= 0x01
    db.write_bytes(bytes(data))

    window = UnlockWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    wait_not_busy(window)
    _unlock(qtbot, window, PASSPHRASE, wait_not_busy)
    assert "damaged" in window.prompt.message.text()
    assert window.prompt.restore_button.isVisible()
    with qtbot.waitSignal(window.unlocked, timeout=20000) as signal:
        window.prompt.restore_button.click()
    restored = signal.args[0]
    try:
        assert settings.get(restored, "test.marker") == 7
    finally:
        restored.close()


def test_journal_open_in_another_window_is_refused_plainly(qtbot, data_dir, closed, unlock_window, wait_not_busy):
    """Issue 13, item 5: a second window on the same journal is refused by its lock."""
    elsewhere = journals.unlock(data_dir, closed.journal.journal_id, PASSPHRASE)
    try:
        _unlock(qtbot, unlock_window, PASSPHRASE, wait_not_busy)
        assert "open in Treatment Journey" in unlock_window.prompt.message.text()
        assert not unlock_window.prompt.restore_button.isVisible()
    finally:
        elsewhere.close()
    _unlock(qtbot, unlock_window, PASSPHRASE, wait_not_busy)  # closed there: opens here
    assert unlock_window.prompt.message.isHidden()
