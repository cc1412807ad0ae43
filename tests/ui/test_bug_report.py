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


def test_unexpected_errors_go_to_the_bug_report_and_known_ones_to_a_message(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tracker.ui.common import bug_report, errors

    bugs, warnings = [], []
    monkeypatch.setattr(bug_report, "show_bug_report", lambda parent, exc: bugs.append(exc))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    errors.show_error(None, WrongPassphrase())
    errors.show_error(None, OSError(errno.ENOSPC, "No space left"))
    errors.show_error(None, PermissionError(errno.EACCES, "denied"))
    errors.show_error(None, KeyError("x"))
    assert warnings[0] == WrongPassphrase.message
    assert warnings[1] == DiskFull.message
    assert warnings[2] == FolderNotWritable.message
    assert len(bugs) == 1 and isinstance(bugs[0], KeyError)


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
