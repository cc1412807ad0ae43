"""Settings → Backups.

Back up now (in the background, with progress and Cancel), save a backup somewhere else
(a USB stick), where backups are kept, the list of backups, Restore… (checks the backup
first and keeps the current journal aside), and automatic daily backups on or off.

Shortcuts: Alt+B back up now, Alt+E save elsewhere, Alt+R restore the selected backup,
Alt+F restore from a file, Alt+O open the backups folder; Enter on a backup restores it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import KnownError, OperationCancelled
from tracker.ui.backup.list_model import BackupListModel, when_text
from tracker.ui.backup.paths import path_text
from tracker.ui.common import style
from tracker.ui.common.announce import show_status
from tracker.ui.common.ask import choose_file, inform
from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.flow_layout import FlowLayout
from tracker.ui.common.journal_write import write
from tracker.ui.context import Change
from tracker.ui.settings import settings_data
from tracker.ui.settings.page_read import read


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class BackupsPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.op: BackgroundOp | None = None
        self.flow = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._now_group())
        layout.addWidget(self._list_group(), 1)
        layout.addWidget(self._auto_group())
        self.refresh()

    # -- layout ----------------------------------------------------------------------------

    def _now_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Back up now"))
        layout = QVBoxLayout(box)
        layout.addWidget(_note(self.tr(
            "A backup is one encrypted file with everything in this journal. Only your passphrase or your "
            "recovery key can open it.")))
        row = FlowLayout()  # wraps on a small screen with large text
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.elsewhere_button = QPushButton(self.tr("Save a backup else&where…"))
        self.elsewhere_button.setToolTip(self.tr("For example on a USB stick, so a copy survives if this computer is lost."))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        row.addWidget(self.backup_button)
        row.addWidget(self.elsewhere_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        self.status = _note()
        layout.addWidget(self.status)
        self.backup_button.clicked.connect(lambda: self.back_up())
        self.elsewhere_button.clicked.connect(self.back_up_elsewhere)
        self.cancel_button.clicked.connect(self.cancel)
        return box

    def _list_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your backups"))
        layout = QVBoxLayout(box)
        where = QHBoxLayout()
        self.folder_label = _note()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("&Open folder"))
        where.addWidget(self.folder_label, 1)
        where.addWidget(self.open_folder_button)
        layout.addLayout(where)
        self.model = BackupListModel(self.ctx.clock.zone, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Backups of this journal"))
        self.empty = _note(self.tr("No backups yet. Press “Back up now” to make the first one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.table.hide()  # until the list is read
        self.empty.hide()
        buttons = FlowLayout()  # wraps on a small screen with large text
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.restore_file_button = QPushButton(self.tr("Restore from a file I &saved…"))
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        layout.addLayout(buttons)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.table.activated.connect(lambda _index: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        return box

    def _auto_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Automatic backups"))
        layout = QVBoxLayout(box)
        self.auto_check = QCheckBox(self.tr("Back up &automatically once a day when I unlock"))
        layout.addWidget(self.auto_check)
        layout.addWidget(_note(self.tr(
            "One automatic backup is kept for each of the last 7 days and for each of the last 4 weeks; "
            "older automatic ones are deleted. Backups you make yourself are never deleted automatically. "
            "A backup is also made before every update that changes how the journal is stored.")))
        self.auto_check.toggled.connect(self.set_automatic)
        return box

    # -- state -----------------------------------------------------------------------------

    def refresh(self) -> None:
        journal, data_dir = self.ctx.journal, self.ctx.data_dir
        if journal is None:
            return  # locking
        self.folder_label.setText(self.tr("Kept in: {folder}").format(folder=path_text(journal.paths.backups)))
        # The list and the switch are read on the task runner; the switch stays off until it
        # shows the saved choice, so a click meanwhile cannot save the opposite of it.
        self.auto_check.setEnabled(False)
        read(self, "backups", journal, lambda j: settings_data.load_backups(j, data_dir), self._loaded)

    def _loaded(self, data: settings_data.BackupsData) -> None:
        backups = list(data.backups)
        self.model.set_backups(backups)
        self.table.setVisible(bool(backups))
        self.empty.setVisible(not backups)
        if backups:
            self.table.selectRow(0)
        self.auto_check.blockSignals(True)
        self.auto_check.setChecked(data.automatic)
        self.auto_check.blockSignals(False)
        self.auto_check.setEnabled(True)
        if not self.progress.isVisible() and not self.status.text():
            self._show_last(backups)
        self._update_buttons()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        # The automatic backup at unlock may have finished since the page was built.
        if self.ctx.journal is not None and self.ctx.journal.is_open and not (self.op and self.op.is_running()):
            self.refresh()
        super().showEvent(event)

    def _show_last(self, backups) -> None:
        style.untint(self.status)
        if backups:
            self.status.setText(self.tr("Last backup: {when}").format(when=when_text(backups[0].created, self.ctx.clock.zone)))
        else:
            self.status.setText(self.tr("There is no backup of this journal yet."))

    def _update_buttons(self) -> None:
        busy = self.op is not None and self.op.is_running()
        self.backup_button.setEnabled(not busy)
        self.elsewhere_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self._selected() is not None)
        self.restore_file_button.setEnabled(not busy)

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def _say(self, text: str, ok: bool) -> None:
        style.tint(self.status, "ok" if ok else "error")
        show_status(self.status, text)

    # -- backing up ------------------------------------------------------------------------

    def choose_save_path(self, suggested: str, then: Callable[[str], None]) -> None:
        """Ask where to save (no nested event loop); `then` gets the path once chosen."""
        choose_file(self, self.tr("Save a backup"), suggested, self.tr("Treatment Journey backups (*.tjbackup)"),
                    lambda path, _filter: then(path), save=True)

    def back_up_elsewhere(self) -> None:
        day = QLocale.c().toString(QDate.currentDate(), "yyyy-MM-dd")  # a file name, same in every language
        suggested = str(Path.home() / self.tr("Treatment Journey backup {date}.tjbackup").format(date=day))
        self.choose_save_path(suggested, lambda path: self.back_up(Path(path)))

    def back_up(self, dest: Path | None = None) -> None:
        from tracker.services.backup import backup_now

        if self.op is not None and self.op.is_running():
            return
        journal, clock = self.ctx.journal, self.ctx.clock
        self.op = BackgroundOp(lambda progress: backup_now(journal, dest, progress=progress, clock=clock),
                               on_success=self._backed_up, on_failure=self._backup_failed, parent=self)
        self.op.progressed.connect(lambda done, total, _label: self._progress(done, total))
        self.op.finished.connect(self._finished)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self._say(self.tr("Backing up…"), True)
        self.op.start()
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()

    def _backed_up(self, info) -> None:
        if info.path.parent == self.ctx.journal.paths.backups:
            text = self.tr("Backed up ({when}).").format(when=when_text(info.created, self.ctx.clock.zone))
        else:
            text = self.tr("Backed up to “{file}” in {folder}.").format(file=info.path.name, folder=path_text(info.path.parent))
        self._say(text, True)
        self.refresh()

    def _backup_failed(self, exc: BaseException) -> None:
        from tracker.ui.common.errors import known_message, show_error

        if isinstance(exc, OperationCancelled):
            self._say(self.tr("Backup cancelled. Nothing was saved."), False)
        elif isinstance(exc, KnownError):
            self._say(known_message(exc), False)
        else:
            self._say(self.tr("The backup could not be made."), False)
            show_error(self, exc)

    def _finished(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()

    def open_folder(self) -> None:
        from tracker.storage.paths import ensure_private_dir

        folder = ensure_private_dir(self.ctx.journal.paths.backups)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def set_automatic(self, on: bool) -> None:
        from tracker.services.backup import set_automatic_backups

        journal = self.ctx.journal
        if journal is None:
            return
        write(lambda: set_automatic_backups(journal, on), owner=self,
              on_saved=lambda _r: self.ctx.events.notify(Change.SETTINGS))

    # -- restoring -------------------------------------------------------------------------

    def choose_open_path(self, then: Callable[[str], None]) -> None:
        """Ask which backup file (no nested event loop); `then` gets the path once chosen."""
        choose_file(self, self.tr("Restore from a file"), str(Path.home()),
                    self.tr("Treatment Journey backups (*.tjbackup)"), lambda path, _filter: then(path))

    def restore_selected(self) -> None:
        info = self._selected()
        if info is not None:
            self._restore(info.path, when_text(info.created, self.ctx.clock.zone), as_new=False)

    def restore_from_file(self) -> None:
        self.choose_open_path(self._restore_file)

    def _restore_file(self, path: str) -> None:
        """She chose a backup file to restore from."""
        from tracker.services.backup import BackupRejected
        from tracker.storage.backup_file import read_header

        try:
            header = read_header(Path(path))
        except BackupRejected as exc:
            from tracker.ui.common.errors import show_error

            show_error(self, exc)
            return
        from datetime import datetime

        try:
            created = datetime.fromisoformat(header.created)
        except ValueError:
            created = datetime.now(UTC)
        as_new = header.journal_id != self.ctx.journal.journal_id
        self._restore(Path(path), when_text(created, self.ctx.clock.zone), as_new=as_new)

    def _restore(self, path: Path, when: str, *, as_new: bool) -> None:
        from tracker.ui.backup.restore_flow import RestoreFlow

        self.flow = RestoreFlow(self.ctx, path, when, as_new=as_new, parent=self)
        self.flow.reopened.connect(self._restored)
        self.flow.recovered.connect(self._recovered)
        self.flow.added.connect(self._added)
        self.flow.start()

    def _restored(self, journal, aside, keys_kept: bool) -> None:
        text = self.tr("The backup was restored.")
        if aside is not None:
            text += " " + self.tr("The journal as it was before is kept in {folder}.").format(folder=path_text(aside))
        if keys_kept:
            text += " " + self.tr("Your passphrase and recovery key are the same as before.")
        else:
            text += " " + self.tr("From now on, open it with the passphrase or recovery key it had when the backup was made.")
        self._say(text, True)
        self.message(text)
        QTimer.singleShot(0, lambda: self._switch(journal))

    def _recovered(self, journal, text: str) -> None:
        self._say(text, False)
        self.message(text)
        QTimer.singleShot(0, lambda: self._switch(journal))

    def _added(self, _journal_id: str) -> None:
        text = self.tr("The journal from the backup was added. Open it from the start screen "
                       "(lock, then choose it in the list).")
        self._say(text, True)
        self.message(text)

    def message(self, text: str) -> None:
        # On the window, not this page: the journal switch that follows may rebuild the page.
        inform(self.window(), self.tr("Treatment Journey"), text)

    def _switch(self, journal) -> None:
        """Point the app at the reopened journal (the main window rebuilds its views)."""
        window = self.window()
        if window is not self and hasattr(window, "switch_journal"):
            window.switch_journal(journal)
            return
        self.ctx.journal = journal
        self.ctx.events.notify(*Change)  # everything may differ in the restored journal
        self.refresh()


def create_page(ctx, parent: QWidget | None = None) -> QWidget:
    return BackupsPage(ctx, parent)
