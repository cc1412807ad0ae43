"""Clinic summary PDF without a window, for the command line (`tracker export --format pdf`).

Creates a QApplication if none exists (offscreen works); labels are the app's current
translation, dates follow the system locale.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path


def ensure_gui_application():
    # A full QApplication (not QGuiApplication): a process has one application object for
    # its whole life, and anything later showing a widget in the same process needs this kind.
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        # The command line may run with no display at all (ssh, cron): a PDF needs fonts,
        # not a screen, so a new application is windowless unless told otherwise.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["treatment-journey"])
    return app


def export_pdf(journal, clock, out_path, date_from: date | None = None, date_to: date | None = None, *, progress=None) -> Path:
    """Write the clinic summary for [date_from, date_to] (default: since the last visit) to `out_path`."""
    ensure_gui_application()
    from PySide6.QtCore import QLocale, Qt

    from tracker.services.reports.build import ReportOptions, clinic_summary_from_journal
    from tracker.ui.reports.strings import chart_labels, report_strings, symptom_names

    locale = QLocale()
    rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    options = ReportOptions(date_from=date_from, date_to=date_to)
    report = clinic_summary_from_journal(
        journal, clock, options, report_strings(locale, chart_labels(locale, rtl=rtl), rtl=rtl),
        symptom_names=symptom_names(), progress=progress,
    )
    from tracker.ui.reports.pdf_render import render_pdf

    out = Path(out_path)
    render_pdf(report, out, locale=locale, rtl=rtl)
    return out
