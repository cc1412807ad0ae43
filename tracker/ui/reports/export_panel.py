"""Reports → Exports: CSV, JSON, FHIR and calendar files, and importing a JSON export.

Every export first says the file will not be encrypted and asks to go on, then asks where
to save, then runs in the background with progress and Cancel. A date range (optional)
applies to CSV and FHIR; JSON is always complete so it can be imported again; the calendar
covers the next year of the plan.

Shortcuts: Alt+S spreadsheet (CSV), Alt+C complete data (JSON), Alt+P health record (FHIR),
Alt+R calendar, Alt+I import, Alt+O only include dates (none clash with the menus: File, Log, View, Help).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import KnownError, OperationCancelled
from tracker.ui.backup.paths import path_text
from tracker.ui.common.announce import show_status
from tracker.ui.common.ask import ask, choose_file
from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.date_edit import install_date_reading

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b3261e;"
CTX = "ExportPanel"


@dataclass(frozen=True)
class ExportKind:
    id: str
    button: str
    description: str
    file_stem: str
    suffix: str
    filter: str
    uses_dates: bool


KINDS = (
    ExportKind("csv", QT_TRANSLATE_NOOP(CTX, "&Spreadsheet files (CSV)…"),
               QT_TRANSLATE_NOOP(CTX, "One file per kind of record, in a zip. Opens in Excel, LibreOffice or Numbers."),
               QT_TRANSLATE_NOOP(CTX, "Treatment Journey spreadsheets"), ".zip", QT_TRANSLATE_NOOP(CTX, "Zip files (*.zip)"), True),
    ExportKind("json", QT_TRANSLATE_NOOP(CTX, "&Complete data file (JSON)…"),
               QT_TRANSLATE_NOOP(CTX, "Everything in the journal, for moving to another computer. It can be imported again as a new journal."),
               QT_TRANSLATE_NOOP(CTX, "Treatment Journey data"), ".json", QT_TRANSLATE_NOOP(CTX, "JSON files (*.json)"), False),
    ExportKind("fhir", QT_TRANSLATE_NOOP(CTX, "Health record for &patient portals (FHIR)…"),
               QT_TRANSLATE_NOOP(CTX, "Medicines, test results and your symptom ratings in the FHIR R4 format some patient portals accept."),
               QT_TRANSLATE_NOOP(CTX, "Treatment Journey health record"), ".json", QT_TRANSLATE_NOOP(CTX, "FHIR JSON files (*.json)"), True),
    ExportKind("ics", QT_TRANSLATE_NOOP(CTX, "Calenda&r (.ics)…"),
               QT_TRANSLATE_NOOP(CTX, "Planned doses and appointments for the next year, for the calendar on your phone or computer."),
               QT_TRANSLATE_NOOP(CTX, "Treatment Journey calendar"), ".ics", QT_TRANSLATE_NOOP(CTX, "Calendar files (*.ics)"), False),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def run_export(kind: str, journal, clock, out: Path, date_from, date_to, progress) -> Path:
    """The export itself (runs on the worker thread)."""
    if kind == "csv":
        from tracker.render.csv_words import csv_words
        from tracker.services.exports.csv_export import export_csv

        # Column headers in the reader's language (QCoreApplication.translate is thread-safe).
        return export_csv(journal, out, date_from=date_from, date_to=date_to, progress=progress, words=csv_words())
    if kind == "json":
        from tracker.services.exports.json_export import export_json

        return export_json(journal, out, clock=clock, progress=progress)
    if kind == "fhir":
        from tracker.services.exports.fhir_export import export_fhir

        return export_fhir(journal, out, clock=clock, date_from=date_from, date_to=date_to, progress=progress)
    from tracker.services.calendar_ics import build_ics
    from tracker.storage.atomic import atomic_write_bytes

    atomic_write_bytes(out, build_ics(journal, clock, days_ahead=365))
    return out


class ExportPanel(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_date_reading()
        self.ctx = ctx
        self.op: BackgroundOp | None = None
        self.import_dialog = None
        self.last_path: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._export_group())
        layout.addWidget(self._import_group())
        layout.addStretch(1)

    # -- layout ----------------------------------------------------------------------------

    def _export_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Export your information"))
        layout = QVBoxLayout(box)
        warning = _note(self.tr("Exported files are not encrypted: anyone who can open them can read them. "
                                "Keep them somewhere safe and delete them when you no longer need them."))
        warning.setStyleSheet("font-weight: bold;")
        layout.addWidget(warning)
        dates = QHBoxLayout()
        self.limit_dates = QCheckBox(self.tr("&Only include from"))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        today = self.ctx.clock.today()
        self.date_to.setDate(QDate(today.year, today.month, today.day))
        self.date_from.setDate(self.date_to.date().addMonths(-3))
        to_label = QLabel(self.tr("to"))
        to_label.setBuddy(self.date_to)
        for edit, name in ((self.date_from, self.tr("First day to include")), (self.date_to, self.tr("Last day to include"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")  # as in the clinic summary: never 03/04 vs 04/03 confusion
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        dates.addWidget(self.limit_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(to_label)
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        layout.addLayout(dates)
        layout.addWidget(_note(self.tr("The dates apply to the spreadsheet and health record files. The complete "
                                       "data file always holds everything; the calendar covers the next year.")))
        self.limit_dates.toggled.connect(self.date_from.setEnabled)
        self.limit_dates.toggled.connect(self.date_to.setEnabled)

        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for row, kind in enumerate(KINDS):
            button = QPushButton(_tr(kind.button))
            description = _note(_tr(kind.description))
            grid.addWidget(button, row, 0)
            grid.addWidget(description, row, 1)
            button.clicked.connect(lambda _checked=False, k=kind: self.export(k.id))
            self.buttons[kind.id] = button
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        status_row = QHBoxLayout()
        self.status = _note()
        self.show_button = QPushButton(self.tr("Show in folder"))
        self.show_button.hide()
        self.show_button.clicked.connect(self.show_in_folder)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.show_button)
        layout.addLayout(status_row)
        return box

    def _import_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import"))
        layout = QHBoxLayout(box)
        self.import_button = QPushButton(self.tr("&Import a JSON export as a new journal…"))
        layout.addWidget(self.import_button)
        layout.addWidget(_note(self.tr("Makes a separate journal from a complete data file. "
                                       "Your current journal is not changed.")), 1)
        self.import_button.clicked.connect(self.start_import)
        return box

    # -- asking (methods so tests can answer) ---------------------------------------------

    def confirm_not_encrypted(self, then: Callable[[], None]) -> None:
        """Warn that the file is not encrypted; `then` runs once she chose Yes."""
        from tracker.services.exports import NOT_ENCRYPTED_WARNING

        ask(self, self.tr("This file will not be encrypted"),
            QCoreApplication.translate("KnownError", NOT_ENCRYPTED_WARNING) + "\n\n" + self.tr("Export anyway?"),
            then, icon=QMessageBox.Icon.Warning, buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            default=QMessageBox.StandardButton.Cancel)

    def choose_save_path(self, title: str, suggested: str, file_filter: str, then: Callable[[str], None]) -> None:
        """Ask where to save (no nested event loop); `then` gets the path once chosen."""
        choose_file(self, title, suggested, file_filter, lambda path, _filter: then(path), save=True)

    def choose_open_path(self, then: Callable[[str], None]) -> None:
        """Ask which file to import (no nested event loop); `then` gets the path once chosen."""
        choose_file(self, self.tr("Import a JSON export"), str(Path.home()), self.tr("JSON files (*.json)"),
                    lambda path, _filter: then(path))

    # -- exporting -------------------------------------------------------------------------

    def _range(self):
        if not self.limit_dates.isChecked():
            return None, None
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        return (start, end) if start <= end else (end, start)

    def export(self, kind_id: str) -> None:
        kind = next(k for k in KINDS if k.id == kind_id)
        if self.busy():
            return
        self.confirm_not_encrypted(lambda: self._export_as(kind))

    def _export_as(self, kind) -> None:
        """She chose to export anyway: where to, then the export on the task runner."""
        if self.busy() or self.ctx.journal is None:
            return  # another export started, or locked, while she was asked
        day = QLocale.c().toString(QDate.currentDate(), "yyyy-MM-dd")  # file names stay the same in every language
        suggested = str(Path.home() / f"{_tr(kind.file_stem)} {day}{kind.suffix}")
        self.choose_save_path(_tr(kind.button).replace("&", "").rstrip("…"), suggested, _tr(kind.filter),
                              lambda path: self._export_to(kind, path))

    def _export_to(self, kind, path: str) -> None:
        if self.busy() or self.ctx.journal is None:
            return  # another export started, or locked, while she chose
        out = Path(path)
        if out.suffix.lower() != kind.suffix:
            out = out.with_name(out.name + kind.suffix)
        if not out.parent.is_dir():
            self._say(self.tr("That folder does not exist any more. Choose another place."), False)
            return
        date_from, date_to = self._range() if kind.uses_dates else (None, None)
        journal, clock = self.ctx.journal, self.ctx.clock
        self._start(BackgroundOp(lambda progress: run_export(kind.id, journal, clock, out, date_from, date_to, progress),
                                 on_success=self._exported, on_failure=self._failed, parent=self))

    def busy(self) -> bool:
        return self.op is not None and self.op.is_running()

    def _start(self, op: BackgroundOp) -> None:
        self.op = op
        op.progressed.connect(self._progress)
        op.finished.connect(self._finished)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.show_button.hide()
        self._say(self.tr("Working…"), True)
        for button in (*self.buttons.values(), self.import_button):
            button.setEnabled(False)
        op.start()

    def _progress(self, done: int, total: int, _label: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()

    def _finished(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        for button in self.buttons.values():
            button.setEnabled(True)
        self.import_button.setEnabled(True)

    def _exported(self, path: Path) -> None:
        self.last_path = Path(path)
        self._say(self.tr("Saved “{file}” in {folder}. It is not encrypted.").format(
            file=self.last_path.name, folder=path_text(self.last_path.parent)), True)
        self.show_button.show()

    def _failed(self, exc: BaseException) -> None:
        from tracker.ui.common.errors import known_message, show_error

        if isinstance(exc, OperationCancelled):
            self._say(self.tr("Cancelled. Nothing was saved."), False)
        elif isinstance(exc, KnownError):
            self._say(known_message(exc), False)
        else:
            self._say(self.tr("That could not be done."), False)
            show_error(self, exc)

    def _say(self, text: str, ok: bool) -> None:
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        show_status(self.status, text)

    def show_in_folder(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))

    # -- importing -------------------------------------------------------------------------

    def start_import(self) -> None:
        self.choose_open_path(self._import_from)

    def _import_from(self, path: str) -> None:
        from tracker.ui.backup.import_dialog import ImportDialog

        if self.busy():
            return
        self.import_dialog = ImportDialog(Path(path).name, "", parent=self)
        self.import_dialog.submitted.connect(lambda name, passphrase: self._run_import(Path(path), name, passphrase))
        self.import_dialog.open()

    def _run_import(self, path: Path, name: str, passphrase: str) -> None:
        from tracker.services.importer import import_json

        data_dir, dialog = Path(self.ctx.data_dir), self.import_dialog

        def failed(exc: BaseException) -> None:
            from tracker.ui.common.errors import known_message, show_error

            if isinstance(exc, KnownError):
                dialog.show_error(known_message(exc))
            else:
                dialog.show_error(self.tr("The file could not be imported. Nothing was changed."))
                show_error(dialog, exc)

        op = BackgroundOp(lambda progress: import_json(data_dir, path, passphrase, name=name or None, progress=progress),
                          on_success=self._imported, on_failure=failed, parent=self)
        op.progressed.connect(lambda done, total, _label: dialog.set_progress(done, total))
        dialog.rejected.connect(op.cancel)  # Cancel while importing: the half-made journal is removed
        self.op = op
        op.start()

    def _imported(self, result) -> None:
        self.import_dialog.accept()
        journal = result.journal
        self._say(self.tr("The new journal “{name}” was made. Open it from the start screen.").format(
            name=journal.display_name), True)
        self.show_recovery_key(result)

    def show_recovery_key(self, result) -> None:
        from tracker.ui.backup.recovery_key_dialog import ImportedKeyDialog

        dialog = ImportedKeyDialog(result.recovery_key, result.journal.display_name, result.rows, self)
        dialog.finished.connect(lambda _code: QTimer.singleShot(0, lambda: self.offer_to_open(result.journal)))
        dialog.open()

    def offer_to_open(self, journal) -> None:
        window = self.window()
        if window is not self and hasattr(window, "switch_journal"):
            # On the window: switching rebuilds the views, this panel with them.
            ask(window, self.tr("Treatment Journey"),
                self.tr("Open the new journal now? This journal will be closed; you can open it again from "
                        "the start screen."),
                lambda: window.switch_journal(journal), default=QMessageBox.StandardButton.No,
                otherwise=journal.close)
            return
        journal.close()


def create_export_panel(ctx, parent: QWidget | None = None) -> QWidget:
    return ExportPanel(ctx, parent)

