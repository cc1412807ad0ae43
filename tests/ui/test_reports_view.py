"""Reports view: the clinic summary is made in the background, saved, opened; Cancel works."""

from __future__ import annotations

from datetime import date

import pdfplumber
import pytest
from PySide6.QtGui import QDesktopServices

from tracker.services.reports import sample_journal
from tracker.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise)")


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toLocalFile()) or True))
    return urls


@pytest.fixture
def view(qtbot, journal, clock, data_dir, settle):
    from tracker.ui.reports.view import create_view

    sample_journal.populate(journal, clock, days=90)
    widget = create_view(AppContext(data_dir, journal, clock), None)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    settle()  # the period, read on the task runner
    return widget


def test_period_defaults_to_since_the_last_appointment(view, clock):
    panel = view.summary
    # The demo journal's last clinic visit before 10 Mar 2026 is on 3 Mar 2026.
    assert panel.date_from.date().toPython() == date(2026, 3, 3)
    assert panel.date_to.date().toPython() == clock.today()


def test_makes_saves_and_opens_the_pdf(qtbot, view, tmp_path, opened):
    panel = view.summary
    panel.include_notes.setChecked(True)
    panel.date_from.setDate(panel.date_from.date().addDays(-14))
    out = tmp_path / "summary.pdf"
    panel.make_summary(out)
    assert not panel.make_button.isEnabled() and panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: panel.last_saved is not None, timeout=30000)
    assert opened == [str(out)]
    assert str(out) in panel.status.text()
    assert panel.make_button.isEnabled() and not panel.progress.isVisible()
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Felt more tired than usual" in text  # notes were chosen
    assert "17 Feb 2026 to 10 Mar 2026" in text


def test_choose_path_adds_pdf_suffix(view, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    chosen = []
    view.summary.choose_path(chosen.append)  # returns at once, the file dialog open
    (dialog,) = [d for d in view.summary.findChildren(QFileDialog) if d.isVisible()]
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    dialog.fileSelected.emit(str(tmp_path / "for clinic"))
    assert chosen == [tmp_path / "for clinic.pdf"]
    dialog.reject()  # cancelled: nothing chosen
    assert chosen == [tmp_path / "for clinic.pdf"]


def test_cancel_saves_nothing(qtbot, view, tmp_path, opened):
    panel = view.summary
    out = tmp_path / "summary.pdf"
    panel.make_summary(out)
    panel.cancel()
    qtbot.waitUntil(lambda: panel.make_button.isEnabled(), timeout=30000)
    assert "Cancelled" in panel.status.text()
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert opened == []


def test_start_after_end_is_refused(view, tmp_path, opened):
    panel = view.summary
    panel.date_from.setDate(panel.date_to.date().addDays(1))
    panel.make_summary(tmp_path / "x.pdf")
    assert panel.op is None
    assert "after the end date" in panel.status.text()


def test_export_panel_is_embedded(view):
    assert view.export_panel is not None


def test_refresh_keeps_dates_the_person_chose(view, clock, settle):
    panel = view.summary
    picked = panel.date_from.date().addDays(-30)
    panel.date_from.setDate(picked)
    clock.advance(days=1)
    view.refresh()
    settle()
    assert panel.date_from.date() == picked
    panel.reset_period()
    settle()
    clock.advance(days=1)
    view.refresh()
    settle()
    assert panel.date_to.date().toPython() == clock.today()


def test_period_is_off_until_read_and_a_stale_read_never_lands(qtbot, journal, clock, data_dir, settle,
                                                               hold_first_call):
    """The period is read on the task runner: the dates are read-only and Make is off until it
    lands, a slow first read never lands after a newer one, and a date picked while a later
    read is under way is kept."""
    from datetime import datetime

    from tracker.services import appointments
    from tracker.services.reports import build
    from tracker.ui.reports.view import create_view

    held = hold_first_call(build, "default_period")
    widget = create_view(AppContext(data_dir, journal, clock), None)
    qtbot.addWidget(widget)
    panel = widget.summary
    assert panel.date_from.isReadOnly() and not panel.make_button.isEnabled()
    assert held.started.wait(10)
    appointments.add(journal, kind="clinic", starts_at=datetime(2026, 3, 2, 10, 0, tzinfo=clock.zone))
    panel.reset_period()
    held.release.set()
    settle()
    assert len(held.calls) == 2
    assert panel.date_from.date().toPython() == date(2026, 3, 2)
    assert not panel.date_from.isReadOnly() and panel.make_button.isEnabled()
    panel.reset_period()
    panel.date_from.setDate(panel.date_from.date().addDays(-5))  # she picks while it is read
    settle()
    assert panel.date_from.date().toPython() == date(2026, 2, 25)
