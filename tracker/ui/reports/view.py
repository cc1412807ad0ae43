"""The Reports section: the clinic summary PDF, then exports (the export panel, if present).

Keyboard: Alt+M make the clinic summary, Esc cancel it, Alt+F / Alt+T the period, Alt+A back
to "since the last appointment", Alt+N / Alt+B / Alt+D / Alt+Q / Alt+P what to include.
The PDF is built in the background (progress, Cancel), saved where the person chooses,
then opened in their PDF viewer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import OperationCancelled
from tracker.ui.common.announce import show_status
from tracker.ui.common.ask import choose_file
from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.date_edit import install_date_reading
from tracker.ui.common.errors import show_error
from tracker.ui.reports.export_panel import create_export_panel

OK_STYLE = "color: #1b5e20;"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ClinicSummaryPanel(QGroupBox):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Clinic summary"), parent)
        install_date_reading()
        self.ctx = ctx
        self.op: BackgroundOp | None = None
        self.last_saved: Path | None = None
        #: "Since the last appointment" as last read (None until the first read lands).
        self._default_period: tuple[date, date] | None = None
        self._build()
        # Until the period is read: today, read-only, and nothing to make yet.
        today = _qdate(ctx.clock.today())
        for edit in (self.date_from, self.date_to):
            edit.setDate(today)
            edit.setReadOnly(True)
        self.make_button.setEnabled(False)
        self.reset_period()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A PDF to bring to your appointment. Page 1: your current treatment, what the team changed, "
            "anti-cancer doses taken, missed or not recorded, symptoms that are new or worse, and your latest "
            "blood results. Then the charts (patient-reported), the details and your questions."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        period = QGridLayout()
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for row, (edit, text) in enumerate(((self.date_from, self.tr("&From:")), (self.date_to, self.tr("&To:")))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")  # month as a word: never 03/04 vs 04/03 confusion
            label = QLabel(text)
            label.setBuddy(edit)
            period.addWidget(label, row, 0)
            period.addWidget(edit, row, 1)
        self.since_visit = QPushButton(self.tr("Since last &appointment"))
        self.since_visit.clicked.connect(self.reset_period)
        period.addWidget(self.since_visit, 0, 2)
        period.setColumnStretch(3, 1)
        layout.addLayout(period)

        include = QGroupBox(self.tr("Include"))
        boxes = QVBoxLayout(include)
        self.include_name = QCheckBox(self.tr("My &name"))
        self.include_dob = QCheckBox(self.tr("My date of &birth (if recorded)"))
        self.include_diagnosis = QCheckBox(self.tr("&Diagnosis details (if recorded)"))
        self.include_questions = QCheckBox(self.tr("My &questions for the team"))
        self.include_notes = QCheckBox(self.tr("My notes from this &period"))
        for box, on in ((self.include_name, True), (self.include_dob, False), (self.include_diagnosis, True),
                        (self.include_questions, True), (self.include_notes, False)):
            box.setChecked(on)
            boxes.addWidget(box)
        layout.addWidget(include)

        actions = QHBoxLayout()
        self.make_button = QPushButton(self.tr("&Make clinic summary…"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(lambda: self.make_summary())
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.cancel)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Clinic summary progress"))
        actions.addWidget(self.make_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 3)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # a folder name is shown as typed, never as markup
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        # Real buttons (not links in the label) so Tab reaches them and screen readers name them.
        saved_row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open it"))
        self.folder_button = QPushButton(self.tr("Show the folder"))
        for button, target in ((self.open_button, lambda p: p), (self.folder_button, lambda p: p.parent)):
            button.hide()
            button.clicked.connect(lambda _checked=False, t=target: self._open_saved(t))
            saved_row.addWidget(button)
        saved_row.addStretch(1)
        layout.addLayout(saved_row)
        note = QLabel(self.tr("The PDF is not encrypted. Keep it somewhere private and delete it when you no longer need it."))
        note.setWordWrap(True)
        layout.addWidget(note)

    # Period -------------------------------------------------------------------------------
    def reset_period(self) -> None:
        """Since the last appointment, up to today: read on the task runner. Dates picked while
        it is read are kept (it lands only on the dates it was asked for); until the first read
        lands the dates are read-only and Make is off."""
        from tracker.services.reports import build

        journal, clock = self.ctx.journal, self.ctx.clock
        if journal is None:
            return  # locking
        asked_on = self._chosen()

        def loaded(period: tuple[date, date]) -> None:
            if self.ctx.journal is not journal or self._chosen() != asked_on:
                return  # locked or replaced meanwhile, or she picked her own dates
            start, end = period
            self.date_to.setMaximumDate(_qdate(clock.today()))
            self.date_from.setDate(_qdate(start))
            self.date_to.setDate(_qdate(end))
            self._default_period = (start, end)
            for edit in (self.date_from, self.date_to):
                edit.setReadOnly(False)
            self.make_button.setEnabled(not (self.op is not None and self.op.is_running()))

        op = BackgroundOp(lambda _progress: build.default_period(journal, clock), on_success=loaded,
                          on_failure=lambda exc: self._period_failed(journal, exc), key=f"period-{id(self)}",
                          parent=self)
        op.finished.connect(op.deleteLater)
        op.start()

    def _chosen(self) -> tuple[date, date]:
        return _pydate(self.date_from.date()), _pydate(self.date_to.date())

    def _period_failed(self, journal, exc: BaseException) -> None:
        if self.ctx.journal is journal and journal.is_open:
            show_error(self, exc)

    def refresh_period(self) -> None:
        """Follow a new appointment or a new day, unless the person picked their own dates."""
        if self._chosen() == self._default_period:
            self.reset_period()

    def options(self):
        from tracker.services.reports.build import ReportOptions

        return ReportOptions(
            date_from=_pydate(self.date_from.date()), date_to=_pydate(self.date_to.date()),
            include_name=self.include_name.isChecked(), include_date_of_birth=self.include_dob.isChecked(),
            include_diagnosis=self.include_diagnosis.isChecked(), include_questions=self.include_questions.isChecked(),
            include_notes=self.include_notes.isChecked(),
        )

    # Making the PDF -----------------------------------------------------------------------
    def choose_path(self, then: Callable[[Path], None]) -> None:
        """Ask where to save (no nested event loop); `then` gets the path, ending in .pdf."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = self.tr("clinic-summary-{date}.pdf").format(date=self.ctx.clock.today().isoformat())

        def chosen(text: str, _filter: str) -> None:
            path = Path(text)
            then(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

        choose_file(self, self.tr("Save clinic summary"), str(Path(folder) / name), self.tr("PDF files (*.pdf)"),
                    chosen, save=True)

    def make_summary(self, path: Path | None = None) -> None:
        if (self.op is not None and self.op.is_running()) or self._default_period is None:
            return  # one at a time; the period is not read yet
        options = self.options()
        if options.date_from > options.date_to:
            show_status(self.status, self.tr("The start date is after the end date."), assertive=True)
            return
        if path is None:
            self.choose_path(self.make_summary)  # goes on once she chose where
            return
        work = self._work(path, options)
        self.op = BackgroundOp(work, on_success=self._done, on_failure=self._failed, parent=self)
        self.op.progressed.connect(self._progressed)
        self.make_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.open_button.hide()
        self.folder_button.hide()
        show_status(self.status, self.tr("Making your clinic summary…"))
        self.op.start()

    def _work(self, path: Path, options):
        """Everything Qt-translated is resolved here, on the GUI thread; the worker gets plain data."""

        from tracker.render.pdf import render_pdf
        from tracker.render.report_strings import report_strings, symptom_names
        from tracker.services.reports.build import clinic_summary_from_journal

        locale = QLocale()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        strings = report_strings(locale, rtl=rtl)
        names = symptom_names()
        journal, clock = self.ctx.journal, self.ctx.clock

        def work(progress):
            report = clinic_summary_from_journal(journal, clock, options, strings, symptom_names=names, progress=progress)
            progress(1, 1, "")  # last chance to cancel before the file is written
            render_pdf(report, path, locale=locale, rtl=rtl)
            return path

        return work

    def _progressed(self, done: int, total: int, _label: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self.op is not None and self.op.is_running():
            self.op.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _finish(self) -> None:
        self.make_button.setEnabled(self._default_period is not None)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    def _done(self, path: Path) -> None:
        self._finish()
        self.last_saved = path
        self.status.setStyleSheet(OK_STYLE)
        show_status(self.status, self.tr("Saved to {path}.").format(path=str(path)))
        self.open_button.show()
        self.folder_button.show()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _open_saved(self, target) -> None:
        if self.last_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target(self.last_saved))))

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.status.setStyleSheet("")
        if isinstance(exc, OperationCancelled):
            show_status(self.status, self.tr("Cancelled. No PDF was saved."))
            return
        show_status(self.status, self.tr("The clinic summary was not made."))
        show_error(self, exc)


class ReportsView(QScrollArea):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the frame is not a control: Tab goes to the first field
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.summary = ClinicSummaryPanel(ctx, inner)
        layout.addWidget(self.summary)
        self.export_panel = create_export_panel(ctx, inner)
        layout.addWidget(self.export_panel)
        layout.addStretch(1)
        self.setWidget(inner)

    def refresh(self) -> None:
        if not (self.summary.op is not None and self.summary.op.is_running()):
            self.summary.refresh_period()


def create_view(ctx, parent: QWidget | None = None) -> QWidget:
    return ReportsView(ctx, parent)
