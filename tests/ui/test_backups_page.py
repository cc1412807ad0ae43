"""Settings → Backups: back up in the background, list, restore with a check first, auto on/off."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tracker.services import backup, settings
from tracker.services.journals import unlock

PASS = "correct horse battery staple"
# The offscreen platform warns about size hints whenever a top-level window or dialog is shown.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ctx(journal, data_dir, clock):
    from tracker.ui.context import AppContext

    context = AppContext(data_dir=data_dir, journal=journal, clock=clock)
    yield context
    if context.journal is not None and context.journal is not journal:
        context.journal.close()


@pytest.fixture
def page(qtbot, ctx, monkeypatch, settle):
    from tracker.ui.settings.backups_page import create_page

    widget = create_page(ctx)
    qtbot.addWidget(widget)
    widget.resize(760, 640)
    widget.show()
    shown = []
    monkeypatch.setattr(widget, "message", shown.append)
    widget.shown_messages = shown
    settle()  # the list and the automatic switch, read on the task runner
    return widget


def _wait_idle(qtbot, page):
    qtbot.waitUntil(lambda: page.op is not None and not page.op.is_running() and not page.progress.isVisible(), timeout=10000)


def test_empty_state_then_back_up_now(qtbot, page, ctx, settle):
    assert page.empty.isVisible() and not page.table.isVisible()
    assert "no backup" in page.status.text().lower()
    assert not page.restore_button.isEnabled()
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, page)
    settle()  # the list, read again on the task runner
    assert "Backed up" in page.status.text()
    assert page.model.rowCount() == 1 and page.table.isVisible() and not page.empty.isVisible()
    assert page.model.index(0, 1).data() == "Made by you"
    assert page.restore_button.isEnabled()
    page.grab().save("/tmp/backups_page.png")


def test_back_up_elsewhere(qtbot, page, tmp_path, monkeypatch):
    monkeypatch.setattr(page, "choose_save_path", lambda suggested, then: then(str(tmp_path / "stick" / "mine")))
    (tmp_path / "stick").mkdir()
    page.back_up_elsewhere()
    _wait_idle(qtbot, page)
    assert (tmp_path / "stick" / "mine.tjbackup").exists()


def test_cancelled_backup_leaves_nothing(qtbot, page, ctx):
    page.back_up()
    page.cancel()
    _wait_idle(qtbot, page)
    folder = ctx.journal.paths.backups
    leftovers = [p for p in folder.iterdir()] if folder.exists() else []
    if "cancelled" in page.status.text():
        assert leftovers == []
    else:  # finished before the cancel arrived: then it is a whole backup
        assert len(leftovers) == 1 and leftovers[0].suffix == ".tjbackup"


def test_restore_wrong_passphrase_then_right_one(qtbot, page, ctx, data_dir, settle):
    info = backup.backup_now(ctx.journal)
    settings.set(ctx.journal, "after", True)
    page.refresh()
    settle()
    page.restore_selected()
    dialog = page.flow.dialog
    assert dialog.isVisible()
    assert any("kept in a separate folder" in label.text() for label in dialog.explanations)
    dialog.secret_edit.setText("not the passphrase")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10000)
    assert "passphrase" in dialog.message.text().lower()
    assert settings.get(ctx.journal, "after") is True  # nothing changed, still open

    old = ctx.journal
    dialog.secret_edit.setText(PASS)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: ctx.journal is not old, timeout=10000)
    assert not dialog.isVisible()
    assert settings.get(ctx.journal, "after") is None  # back to the backup
    assert any("kept in" in m for m in page.shown_messages)
    assert list(old.paths.folder.glob("replaced-*"))
    assert info.path.exists()


def test_restore_with_recovery_key(qtbot, page, ctx, created, settle):
    backup.backup_now(ctx.journal)
    page.refresh()
    settle()
    page.restore_selected()
    dialog = page.flow.dialog
    dialog.use_recovery.setChecked(True)
    dialog.secret_edit.setText(created.recovery_key)
    old = ctx.journal
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: ctx.journal is not old, timeout=10000)
    assert ctx.journal.is_open


def test_damaged_file_refused_in_dialog(qtbot, page, ctx, tmp_path, monkeypatch):
    info = backup.backup_now(ctx.journal)
    bad = tmp_path / "bad.tjbackup"
    data = bytearray(info.path.read_bytes())
    data[-40] ^= 0xFF
    bad.write_bytes(bytes(data))
    monkeypatch.setattr(page, "choose_open_path", lambda then: then(str(bad)))
    page.restore_from_file()
    dialog = page.flow.dialog
    dialog.secret_edit.setText(PASS)
    before = ctx.journal.paths.db.read_bytes()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10000)
    assert "damaged" in dialog.message.text()
    assert ctx.journal.is_open and ctx.journal.paths.db.read_bytes() == before
    dialog.reject()


def test_backup_of_another_journal_is_added_separately(qtbot, page, ctx, tmp_path, monkeypatch):
    from tracker.services.journals import create_journal, list_journals

    other = create_journal(tmp_path / "elsewhere", "Other person", PASS)
    info = backup.backup_now(other.journal, tmp_path)
    other.journal.close()
    monkeypatch.setattr(page, "choose_open_path", lambda then: then(str(info.path)))
    page.restore_from_file()
    dialog = page.flow.dialog
    assert dialog.restore_button.text() == "&Add journal"
    dialog.secret_edit.setText(PASS)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    names = {j.display_name for j in list_journals(Path(ctx.data_dir))}
    assert names == {"Test Patient", "Other person"}


def test_automatic_switch_saves_setting(qtbot, page, ctx):
    assert page.auto_check.isChecked() and page.auto_check.isEnabled()
    with qtbot.waitSignal(ctx.events.changed):
        page.auto_check.setChecked(False)
    assert backup.automatic_backups_enabled(ctx.journal) is False


def test_failed_swap_reopens_the_journal_unchanged(qtbot, page, ctx, monkeypatch, settle):
    from tracker.domain.errors import DiskFull
    from tracker.storage import backup_file

    backup.backup_now(ctx.journal)
    settings.set(ctx.journal, "after", True)
    page.refresh()
    settle()

    def full(*_args, **_kwargs):
        raise DiskFull()

    monkeypatch.setattr(backup_file, "swap_in", full)
    old = ctx.journal
    page.restore_selected()
    dialog = page.flow.dialog
    dialog.secret_edit.setText(PASS)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: ctx.journal is not old, timeout=10000)
    assert ctx.journal.is_open and settings.get(ctx.journal, "after") is True
    assert any("disk is full" in m for m in page.shown_messages)
    assert "disk is full" in page.status.text()


def test_restore_keeps_the_current_passphrase(qtbot, page, ctx, data_dir, settle):
    """An old backup brings back old entries, not an old passphrase."""
    from tracker.services.journals import change_passphrase

    backup.backup_now(ctx.journal)
    change_passphrase(ctx.journal, "a newer passphrase here")
    page.refresh()
    settle()
    page.restore_selected()
    dialog = page.flow.dialog
    dialog.secret_edit.setText(PASS)  # the backup's passphrase
    old = ctx.journal
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: ctx.journal is not old, timeout=10000)
    assert any("same as before" in m for m in page.shown_messages)
    ctx.journal.close()
    unlock(data_dir, old.journal_id, "a newer passphrase here").close()


def test_backup_times_and_sizes_in_plain_words(qtbot, london):
    from datetime import datetime

    from PySide6.QtCore import QLocale

    from tracker.ui.backup.list_model import size_text, when_text

    text = when_text(datetime(2026, 3, 10, 9, 5, tzinfo=UTC), london)
    day_name = QLocale().dayName(2, QLocale.FormatType.ShortFormat)
    month = QLocale().monthName(3, QLocale.FormatType.ShortFormat)
    assert text.startswith(f"{day_name} 10 {month} 2026"), text  # same day format as the Plan
    assert "MiB" not in size_text(2_506_000) and "2.5" in size_text(2_506_000)


def test_list_and_switch_wait_for_the_read_and_a_stale_read_never_lands(qtbot, ctx, settle, hold_first_call):
    """Read on the task runner: nothing is listed and the switch is off until the read lands;
    a slow first read that ends after a newer one is dropped, not shown over it."""
    from tracker.ui.settings import settings_data
    from tracker.ui.settings.backups_page import create_page

    backup.set_automatic_backups(ctx.journal, False)
    held = hold_first_call(settings_data, "load_backups")
    page = create_page(ctx)
    qtbot.addWidget(page)
    assert not page.auto_check.isEnabled() and page.model.rowCount() == 0
    assert held.started.wait(10)
    backup.backup_now(ctx.journal)
    backup.set_automatic_backups(ctx.journal, True)
    page.refresh()  # a newer read, after the backup
    held.release.set()
    settle()
    assert len(held.calls) == 2
    assert page.model.rowCount() == 1 and page.auto_check.isChecked() and page.auto_check.isEnabled()


def test_backup_folder_keeps_its_shape_in_right_to_left_sentences(page, ctx):
    from tracker.ui.backup.paths import LRI, PDI

    text = page.folder_label.text()
    folder = str(ctx.journal.paths.backups)
    assert f"{LRI}{folder}{PDI}" in text  # the leading "/" stays in front in Persian
