"""Clinic summary PDF without a window, for the command line (`tracker export --format pdf`).

Creates a QGuiApplication if none exists (offscreen works); labels are the app's current
translation, dates follow the system locale.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication


def ensure_gui_application() -> QCoreApplication:
    # The app (and each test, through pytest-qt's qapp) makes its QApplication first and that
    # one is used. Only the command line gets here without one: it shows no widgets, so a
    # QGuiApplication is enough (a process keeps its first application object for life).
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is None:
        # The command line may run with no display at all (ssh, cron): a PDF needs fonts,
        # not a screen, so a new application is windowless unless told otherwise.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["treatment-journey"])
    return app


def export_pdf(journal, clock, out_path, date_from: date | None = None, date_to: date | None = None, *, progress=None) -> Path:
    """Write the clinic summary for [date_from, date_to] (default: since the last visit) to `out_path`."""
    ensure_gui_application()
    from PySide6.QtCore import QLocale, Qt

    from tracker.render.report_strings import chart_labels, report_strings, symptom_names
    from tracker.services.reports.build import ReportOptions, clinic_summary_from_journal

    locale = QLocale()
    rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    options = ReportOptions(date_from=date_from, date_to=date_to)
    report = clinic_summary_from_journal(
        journal, clock, options, report_strings(locale, chart_labels(locale, rtl=rtl), rtl=rtl),
        symptom_names=symptom_names(), progress=progress,
    )
    from tracker.render.pdf import render_pdf

    out = Path(out_path)
    render_pdf(report, out, locale=locale, rtl=rtl)
    return out
