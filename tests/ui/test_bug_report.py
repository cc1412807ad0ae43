"""The bug report shows where, never what: no exception message, no local values."""

from __future__ import annotations

import errno
import os
import stat
import sys

import pytest

from tracker.domain.errors import DiskFull, FolderNotWritable, WrongPassphrase

MARKER = "Felt awful after cycle 3 MARKER-7f3a"


def _fail_with_diary_text():
    note = MARKER  # a local holding diary content
    raise ValueError(f"could not save {note}")


def _caught() -> BaseException:
    try:
        try:
            _fail_with_diary_text()
        except ValueError as inner:
            raise RuntimeError(f"wrapped: {inner}") from inner
    except RuntimeError as exc:
        return exc
    raise AssertionError("unreachable")


def test_report_has_frames_and_versions_but_no_message_text():
    from tracker.ui.common.bug_report import technical_report

    report = technical_report(_caught())
    assert "MARKER-7f3a" not in report and "awful" not in report and "wrapped" not in report
    assert "builtins.RuntimeError" in report and "builtins.ValueError" in report
    assert "_fail_with_diary_text" in report
    assert "test_bug_report.py:" in report
    assert "Treatment Journey" in report and "Python" in report and "Qt" in report
    # No folder names of the user's machine either.
    assert os.path.expanduser("~") not in report or os.path.expanduser("~") == "/"


def test_dialog_copy_and_save(qtbot, tmp_path):
    from PySide6.QtGui import QGuiApplication

    from tracker.ui.common.bug_report import BugReportDialog

    dialog = BugReportDialog(_caught())
    qtbot.addWidget(dialog)
    shown = dialog.details.toPlainText()
    assert "MARKER" not in shown
    assert "not your fault" in " ".join(label.text() for label in dialog.findChildren(type(dialog.status)))
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.report
    target = tmp_path / "report.txt"
    dialog.save_report(str(target))
    assert "MARKER" not in target.read_text(encoding="utf-8")
    assert "_fail_with_diary_text" in target.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def _open_messages():
    from PySide6.QtWidgets import QApplication, QMessageBox

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _close_if_blocking():
    """Were show_error to block, this closes its message after a while: the test fails rather than hangs."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(3000, lambda: [box.close() for box in _open_messages()])


def _close_messages(qtbot):
    for box in _open_messages():
        box.button(box.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: _open_messages() == [])


def test_saving_the_report_asks_where_without_blocking(qtbot, tmp_path):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QFileDialog

    from tracker.ui.common import bug_report

    # As the app shows it (it deletes itself on close; a qtbot-owned one crashed PySide at exit).
    bug_report.show_bug_report(None, _caught())
    dialog = bug_report._showing
    dialog.save_button.click()  # returns at once, the file dialog open
    (chooser,) = [d for d in dialog.findChildren(QFileDialog) if d.isVisible()]
    chooser.fileSelected.emit(str(tmp_path / "report.txt"))
    chooser.reject()
    assert "_fail_with_diary_text" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    dialog.reject()
    qtbot.waitUntil(lambda: bug_report._showing is None)
    # Delete the closed dialogs now: left to the interpreter's exit, PySide crashed there.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_unexpected_errors_go_to_the_bug_report_and_known_ones_to_a_message(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tracker.ui.common import bug_report, errors

    bugs, warnings = [], []
    monkeypatch.setattr(bug_report, "show_bug_report", lambda parent, exc: bugs.append(exc))
    for exc in (WrongPassphrase(), OSError(errno.ENOSPC, "No space left"), PermissionError(errno.EACCES, "denied")):
        _close_if_blocking()
        errors.show_error(None, exc)  # returns with the message on screen
        (box,) = _open_messages()
        assert box.windowTitle() == "Treatment Journey" and box.icon() == QMessageBox.Icon.Warning
        warnings.append(box.text())
        _close_messages(qtbot)
    errors.show_error(None, KeyError("x"))
    assert warnings[0] == WrongPassphrase.message
    assert warnings[1] == DiskFull.message
    assert warnings[2] == FolderNotWritable.message
    assert len(bugs) == 1 and isinstance(bugs[0], KeyError)
    assert _open_messages() == []


def test_show_error_returns_at_once_with_the_message_open_over_its_window(qtbot):
    """No nested event loop: a failure reported from a task-runner callback returns while the
    message is still open (a static QMessageBox.warning returned only once it was closed)."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from tracker.ui.common import errors

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    _close_if_blocking()
    errors.show_error(window, DiskFull())
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and boxes[0].text() == DiskFull.message
    assert boxes[0].isModal() and boxes[0].windowModality() == boxes[0].windowModality().WindowModal
    boxes[0].button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not any(b.isVisible() for b in window.findChildren(QMessageBox)))


def test_the_bug_report_opens_without_blocking(qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from tracker.ui.common import bug_report, errors

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    errors.show_error(window, _caught())  # returns at once with the report shown
    dialog = bug_report._showing
    assert dialog is not None and dialog.isVisible() and dialog.parent() is window
    dialog.reject()
    qtbot.waitUntil(lambda: bug_report._showing is None)


def test_excepthook_routes_to_the_dialog_and_prints_only_the_type(qtbot, monkeypatch, capsys):
    from tracker.ui.common import bug_report, excepthook

    seen = []
    monkeypatch.setattr(bug_report, "show_bug_report", lambda parent, exc: seen.append(exc))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    excepthook.install_excepthook()
    exc = _caught()
    sys.excepthook(type(exc), exc, exc.__traceback__)
    assert seen == [exc]
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "MARKER" not in err


@pytest.mark.parametrize("code", [errno.ENOSPC])
def test_disk_full_os_error_is_known(code):
    from tracker.ui.common.errors import as_known

    assert isinstance(as_known(OSError(code, "x")), DiskFull)
    assert as_known(ValueError("x")) is None
