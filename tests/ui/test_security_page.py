"""Settings → Passphrase and locking, driven through its widgets."""

from __future__ import annotations

import pytest

from tracker.domain.errors import WrongPassphrase, WrongRecoveryKey
from tracker.services import journals, settings

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PASSPHRASE = "correct horse battery staple"
NEW = "a quiet walk by the river"


@pytest.fixture
def page(qtbot, data_dir, journal, clock, settle):
    from tracker.ui.context import AppContext
    from tracker.ui.settings.security_page import SecurityPage

    ctx = AppContext(data_dir=data_dir, journal=journal, clock=clock)
    widget = SecurityPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.keyring_busy(), timeout=10000)  # asked off the GUI thread
    settle()  # the saved settings, read on the task runner
    yield widget
    if widget._op is not None:
        widget._op.wait(10000)


def _unwrap(data_dir, journal_id, secret, *, recovery=False):
    """Check a secret against the key file (the page's journal stays open: one writer)."""
    from tracker.storage import keyslots
    from tracker.storage.paths import journal_paths

    key_file = keyslots.load(journal_paths(data_dir, journal_id))
    return key_file.unwrap_with_recovery_key(secret) if recovery else key_file.unwrap_with_passphrase(secret)


def _wait(qtbot, page):
    qtbot.waitUntil(lambda: page._op is None, timeout=10000)


def test_change_passphrase_needs_the_current_one(qtbot, page, data_dir, journal, created):
    page.current.setText("not my passphrase")
    page.new.setText(NEW)
    page.again.setText(NEW)
    page.change_button.click()
    assert page.busy.isVisible() or page._op is None
    _wait(qtbot, page)
    assert "not right" in page.passphrase_message.text()
    _unwrap(data_dir, journal.journal_id, PASSPHRASE)  # unchanged

    page.current.setText(PASSPHRASE)
    page.change_button.click()
    _wait(qtbot, page)
    assert "has been changed" in page.passphrase_message.text()
    assert page.current.text() == page.new.text() == page.again.text() == ""
    _unwrap(data_dir, journal.journal_id, NEW)
    with pytest.raises(WrongPassphrase):
        _unwrap(data_dir, journal.journal_id, PASSPHRASE)
    _unwrap(data_dir, journal.journal_id, created.recovery_key, recovery=True)


def test_new_passphrase_is_checked_before_anything_runs(qtbot, page):
    page.current.setText(PASSPHRASE)
    page.new.setText(NEW)
    page.again.setText(NEW + "?")
    page.change_passphrase()
    assert page._op is None
    assert "not the same" in page.passphrase_message.text()
    page.new.setText("short")
    page.again.setText("short")
    page.change_passphrase()
    assert "at least 8" in page.passphrase_message.text()


def test_auto_lock_minutes_are_saved_and_announced(qtbot, page, journal, settle):
    assert page.minutes.value() == 10 and page.minutes.isEnabled()
    with qtbot.waitSignal(page.ctx.events.changed) as signal:
        page.minutes.setValue(25)
    assert signal.args == ["settings"]
    assert settings.auto_lock_minutes(journal) == 25
    page.minutes.setValue(0)
    assert page.minutes.text() == "Never"
    settle()
    assert settings.auto_lock_minutes(journal) == 0


def test_auto_lock_minutes_box_waits_for_the_saved_value(qtbot, data_dir, journal, clock, settle):
    """Read on the task runner: until the saved value is shown the box is off, so nothing she
    chose is overwritten by the read, nor a default saved over her setting."""
    from tracker.ui.context import AppContext
    from tracker.ui.settings.security_page import SecurityPage

    settings.set(journal, settings.AUTO_LOCK_MINUTES, 45)
    page = SecurityPage(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    qtbot.addWidget(page)
    assert not page.minutes.isEnabled()
    settle()
    assert page.minutes.isEnabled() and page.minutes.value() == 45
    assert settings.auto_lock_minutes(journal) == 45  # showing it saved nothing


def test_auto_lock_change_reaches_the_main_window(qtbot, main_window, journal, settle):
    main_window.show_section("settings", "security")
    settle()
    security = main_window.stack.views["settings"].current_page()
    security.minutes.setValue(3)
    settle()  # the save, then the window's read of the new time after the change notice
    assert main_window.idle.tracker.minutes == 3


def test_remember_is_greyed_out_with_the_reason_without_a_keyring(page):
    # The suite runs with keyring's "fail" backend: no secure store.
    assert not page.remember.isEnabled()
    assert not page.remember.isChecked()
    assert "no secure password store" in page.remember_note.text()


def test_remember_on_and_off_uses_the_keyring(qtbot, data_dir, journal, clock, monkeypatch):
    from tracker.services import keyring_store
    from tracker.ui.context import AppContext
    from tracker.ui.settings.security_page import SecurityPage

    stored: dict[str, bytes] = {}
    monkeypatch.setattr(keyring_store, "status", lambda: keyring_store.KeyringStatus(True, ""))
    monkeypatch.setattr(keyring_store, "is_remembered", lambda jid: jid in stored)
    monkeypatch.setattr(keyring_store, "remember", lambda j: stored.__setitem__(j.journal_id, j.data_key))
    monkeypatch.setattr(keyring_store, "forget", lambda jid, data_dir=None: stored.pop(jid, None))
    page = SecurityPage(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    qtbot.addWidget(page)
    assert not page.remember.isEnabled()  # until the store has answered, off the GUI thread
    qtbot.waitUntil(lambda: not page.keyring_busy(), timeout=10000)
    assert page.remember.isEnabled() and not page.remember.isChecked()
    page.remember.setChecked(True)
    qtbot.waitUntil(lambda: not page.keyring_busy(), timeout=10000)
    assert stored == {journal.journal_id: journal.data_key} and page.remember.isEnabled()
    page.remember.setChecked(False)
    qtbot.waitUntil(lambda: not page.keyring_busy(), timeout=10000)
    assert stored == {}


def test_keyring_failure_is_explained_and_the_box_reverts(qtbot, data_dir, journal, clock, monkeypatch):
    from tracker.services import keyring_store
    from tracker.ui.context import AppContext
    from tracker.ui.settings.security_page import SecurityPage

    def refuse(_journal):
        raise RuntimeError("store locked")

    monkeypatch.setattr(keyring_store, "status", lambda: keyring_store.KeyringStatus(True, ""))
    monkeypatch.setattr(keyring_store, "is_remembered", lambda jid: False)
    monkeypatch.setattr(keyring_store, "remember", refuse)
    page = SecurityPage(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.keyring_busy(), timeout=10000)
    page.remember.setChecked(True)
    qtbot.waitUntil(lambda: not page.keyring_busy(), timeout=10000)
    assert not page.remember.isChecked()
    assert "did not accept" in page.remember_note.text()
    assert "store locked" not in page.remember_note.text()


def test_rename_journal(qtbot, page, data_dir):
    page.name.setText("  Anna  ")
    page.rename_button.click()
    assert [i.display_name for i in journals.list_journals(data_dir)] == ["Anna"]
    assert page.name.text() == "Anna"
    assert page.undo_rename_button.isVisible()
    page.undo_rename_button.click()
    assert [i.display_name for i in journals.list_journals(data_dir)] == ["Test Patient"]
    assert not page.undo_rename_button.isVisible()
    page.name.setText("Anna")
    page.rename()
    page.name.setText("   ")
    page.rename()
    assert "name or nickname" in page.name_message.text()
    assert [i.display_name for i in journals.list_journals(data_dir)] == ["Anna"]


def test_new_recovery_key_replaces_the_old_one(qtbot, page, data_dir, journal, created):
    page.create_recovery_key()
    _wait(qtbot, page)
    dialog = page.key_dialog
    key = dialog.box._key
    assert key and key != created.recovery_key
    assert key.split("-")[0] in dialog.box.key_label.text()
    dialog.box.kept_box.setChecked(True)
    dialog.box.last_group.setText(key.split("-")[-1])
    dialog.reject()  # kept: closes without asking
    assert not dialog.isVisible()
    _unwrap(data_dir, journal.journal_id, key, recovery=True)
    with pytest.raises(WrongRecoveryKey):
        _unwrap(data_dir, journal.journal_id, created.recovery_key, recovery=True)


def test_making_a_new_key_asks_without_blocking_and_acts_on_yes(qtbot, page, answer):
    from PySide6.QtWidgets import QMessageBox

    page.make_recovery_key()  # returns at once, the question open
    assert "no longer open the journal" in answer(page, QMessageBox.StandardButton.No)
    assert page._op is None and getattr(page, "key_dialog", None) is None
    page.make_recovery_key()
    answer(page, QMessageBox.StandardButton.Yes)
    _wait(qtbot, page)
    assert page.key_dialog is not None and page.key_dialog.isVisible()
    page.key_dialog.done(0)


def test_one_minute_is_singular(page):
    page.minutes.setValue(1)
    assert page.minutes.text() == "1 minute"
    page.minutes.setValue(2)
    assert page.minutes.text() == "2 minutes"


def test_someone_may_know_my_passphrase_gives_new_keys_and_says_what_it_did(qtbot, page, data_dir, journal,
                                                                             created):
    from tracker.services import backup

    old_backup = backup.backup_now(journal)
    settings.set(journal, "test.marker", "kept")
    page.ask_new_keys()
    dialog = page.new_keys_dialog
    assert any(label.text() == "Older copies in this journal's folder: 1."
               for label in dialog.findChildren(type(page.name_message)))
    dialog.current.setText("not my passphrase")
    dialog.new.setText(NEW)
    dialog.again.setText(NEW)
    dialog.ok_button.click()
    _wait(qtbot, page)
    assert "not right" in page.new_keys_message.text()
    _unwrap(data_dir, journal.journal_id, PASSPHRASE)  # nothing changed

    page.ask_new_keys()
    dialog = page.new_keys_dialog
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText(NEW)
    dialog.again.setText(NEW)
    dialog.ok_button.click()
    _wait(qtbot, page)
    text = page.new_keys_message.text()
    assert "new encryption key" in text and "One older backup or earlier version was locked" in text and "anywhere else" in text
    assert page.key_dialog.isVisible()
    with pytest.raises(WrongPassphrase):
        _unwrap(data_dir, journal.journal_id, PASSPHRASE)
    with pytest.raises(WrongRecoveryKey):
        _unwrap(data_dir, journal.journal_id, created.recovery_key, recovery=True)
    _unwrap(data_dir, journal.journal_id, NEW)
    with pytest.raises(WrongPassphrase):
        backup.verify_backup(old_backup.path, PASSPHRASE)
    assert settings.get(journal, "test.marker") == "kept"  # the open journal goes on, under the new key
    page.key_dialog.done(0)


def test_texts_say_what_change_passphrase_does_not_do(page):
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "stops working" not in texts
    assert "Backups made before the change still open with the old one" in texts
    assert "If someone may know your passphrase or recovery key" in texts
    assert "use “New keys” below instead" in texts


def test_the_password_store_is_asked_off_the_gui_thread(qtbot, data_dir, journal, clock, monkeypatch):
    import threading

    from tracker.services import keyring_store
    from tracker.ui.context import AppContext
    from tracker.ui.settings.security_page import SecurityPage

    threads = []

    def status():
        threads.append(threading.current_thread())
        return keyring_store.KeyringStatus(True, "")

    monkeypatch.setattr(keyring_store, "status", status)
    monkeypatch.setattr(keyring_store, "is_remembered", lambda jid: threads.append(threading.current_thread()) or True)
    monkeypatch.setattr(keyring_store, "forget", lambda jid, data_dir=None: threads.append(threading.current_thread()))
    page = SecurityPage(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.keyring_busy(), timeout=10000)
    assert page.remember.isChecked()
    page.remember.setChecked(False)
    qtbot.waitUntil(lambda: not page.keyring_busy(), timeout=10000)
    assert len(threads) == 3 and threading.main_thread() not in threads


@pytest.mark.parametrize("automatic", [False, True], ids=["Ctrl+L", "auto-lock"])
def test_the_journal_locks_only_once_a_new_recovery_key_was_shown_and_kept(qtbot, main_window, settle, monkeypatch,
                                                                            automatic):
    """The old recovery key stops working the moment the new one is written: a lock that closed
    the page before the key was shown (or the dialog showing it) left her with no key that works."""
    import threading

    from tracker.services import journals

    written = threading.Event()
    release = threading.Event()
    real = journals.new_recovery_key

    def slow_new_key(journal):
        key = real(journal)  # the old key no longer opens the journal from here on
        written.set()
        assert release.wait(30)
        return key

    monkeypatch.setattr(journals, "new_recovery_key", slow_new_key)
    main_window.show_section("settings", "security")
    settle()
    security = main_window.stack.views["settings"].current_page()
    security.create_recovery_key()
    assert written.wait(30)
    main_window.lock(automatic=automatic)
    assert not main_window.locked  # held: the key is not on screen yet
    assert "recovery key" in main_window.statusBar().currentMessage()
    release.set()
    settle()
    dialog = security.key_dialog
    assert dialog.isVisible() and not main_window.locked
    key = dialog.box._key
    dialog.box.kept_box.setChecked(True)
    dialog.box.last_group.setText(key.split("-")[-1])
    dialog.reject()  # kept: the lock asked for meanwhile happens now
    qtbot.waitUntil(lambda: main_window.locked)


def test_a_failed_new_recovery_key_holds_nothing(qtbot, main_window, settle, monkeypatch):
    from tracker.domain.errors import DiskFull
    from tracker.services import journals

    def full(_journal):
        raise DiskFull()

    monkeypatch.setattr(journals, "new_recovery_key", full)
    monkeypatch.setattr("tracker.ui.common.errors.show_error", lambda *_args: None)
    main_window.show_section("settings", "security")
    settle()
    main_window.stack.views["settings"].current_page().create_recovery_key()
    settle()
    main_window.lock()
    assert main_window.locked
