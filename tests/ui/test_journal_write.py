"""A write from the interface: runs on the runner, in order, survives a cancel-all, lands only while its owner lives."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from tracker.domain.errors import ValidationError
from tracker.ui.common.journal_write import write
from tracker.ui.common.runner import task_runner


def test_a_write_runs_off_the_gui_thread_and_hands_back_its_result(qtbot, settle):
    owner = QObject()
    threads, saved = [], []
    write(lambda: threads.append(threading.current_thread()) or 7, owner=owner, on_saved=saved.append)
    settle()
    assert threads and threads[0] is not threading.main_thread()
    assert saved == [7]


def test_a_refusal_goes_to_the_form_and_a_closed_owner_gets_nothing(qtbot, settle):
    owner, refused, saved = QObject(), [], []

    def refuse():
        raise ValidationError("too high", field="temperature")

    write(refuse, owner=owner, on_refused=refused.append)
    settle()
    assert len(refused) == 1 and isinstance(refused[0], ValidationError)

    gone = QObject()
    ran = []
    write(lambda: ran.append(1), owner=gone, on_saved=saved.append)
    gone.deleteLater()
    qtbot.waitUntil(lambda: ran == [1])
    settle()
    assert saved == []  # the write happened; nobody was left to tell


def test_the_lock_cancelling_reads_does_not_cancel_a_write(qtbot, settle):
    """The lock cancels the window's operations; a save she pressed still reaches the journal."""
    from tracker.ui.common.background import BackgroundOp

    release = threading.Event()
    blocker = BackgroundOp(lambda _p: release.wait(10))
    blocker.start()
    done = []
    write(lambda: done.append("saved"), owner=QObject())
    blocker.cancel()  # what _close_session does to the window's ops
    release.set()
    assert task_runner().wait_idle(10000)
    settle()
    assert done == ["saved"]


def test_a_bug_in_a_write_is_not_swallowed(qtbot, settle, monkeypatch):
    caught = []
    monkeypatch.setattr("sys.excepthook", lambda *exc: caught.append(exc[0]))

    def broken():
        raise RuntimeError("bug")

    write(broken, owner=QObject(), on_refused=lambda exc: pytest.fail("a bug is not a refusal"))
    settle()
    assert caught == [RuntimeError]


def test_on_done_follows_a_save_a_refusal_and_a_bug(qtbot, settle, monkeypatch):
    """A form that turned its buttons off for the write always gets them back."""
    monkeypatch.setattr("sys.excepthook", lambda *exc: None)
    done = []

    def refuse():
        raise ValidationError("too high", field="temperature")

    def broken():
        raise RuntimeError("bug")

    owner = QObject()
    write(lambda: 1, owner=owner, on_done=lambda: done.append("saved"))
    write(refuse, owner=owner, on_refused=lambda _exc: None, on_done=lambda: done.append("refused"))
    write(broken, owner=owner, on_done=lambda: done.append("bug"))
    settle()
    assert done == ["saved", "refused", "bug"]
