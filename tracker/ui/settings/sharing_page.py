"""Settings → Sharing: one journal on two or three computers (issue 18).

Not shared: what sharing does, in plain words, and "Share this journal…" (choose a folder the
person already syncs, confirm with the passphrase). Shared: the folder ("Open folder"),
"Sync now", when it last synced, each computer with when something last arrived from it,
problems as plain messages, the people who may open the journal ("Add a person…",
"Remove…"), and "Stop sharing on this computer…".

The status is read off the GUI thread (the folder may be on a slow network drive); runs go
through the window's sync controller (tracker/ui/sync/controller.py).

Keyboard: Alt+S share, Alt+Y sync now, Alt+O open folder, Alt+A add a person, Alt+R remove,
Alt+T stop sharing.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.backup.paths import path_text
from tracker.ui.common import style
from tracker.ui.common.announce import announce, show_status
from tracker.ui.common.background import BackgroundOp
from tracker.ui.context import Change
from tracker.ui.settings.sharing_dialogs import (
    AddPersonDialog,
    ShareDialog,
    remove_person_dialog,
    stop_sharing_dialog,
)
from tracker.ui.sync import wording

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _TextList(QListView):
    """A short list that wraps long lines instead of scrolling sideways."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMinimumHeight(3 * self.fontMetrics().lineSpacing())
        self.setMaximumHeight(6 * self.fontMetrics().lineSpacing())


class PeopleAccessModel(QAbstractListModel):
    """People who may open the shared journal (services.sync.PersonAccess)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.people: list = []

    def set_people(self, people) -> None:
        self.beginResetModel()
        self.people = list(people)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.people)

    def person(self, row: int):
        return self.people[row] if 0 <= row < len(self.people) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        person = self.person(index.row()) if index.isValid() else None
        if person is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{name} (you)").format(name=person.name) if person.is_me else person.name
        if role == MEMBER_ID_ROLE:
            return person.member_id
        return None


class ComputersModel(QAbstractListModel):
    """Computers writing to the shared folder, with when something last arrived from each."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.computers: list = []

    def set_computers(self, computers) -> None:
        self.beginResetModel()
        self.computers = list(computers)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.computers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.computers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            clock = self.ctx.clock
            return wording.computer_line(self.computers[index.row()], clock.now(), clock.zone)
        return None


class SharingPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = None  # services.sync.SyncStatus, once read
        self._status_op: BackgroundOp | None = None
        self._status_again = False
        self._op: BackgroundOp | None = None
        self.dialog = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Sharing"))
        style.set_type(heading, "heading")
        layout.addWidget(heading)
        self.stack = QStackedWidget()
        self.not_shared = self._not_shared_panel()
        self.shared = self._shared_panel()
        self.stack.addWidget(self.not_shared)
        self.stack.addWidget(self.shared)
        layout.addWidget(self.stack)
        layout.addStretch(1)
        self.controller = self._controller()
        self.controller.synced.connect(self._synced)
        self.controller.running_changed.connect(self._running_changed)
        self.refresh()

    def _controller(self):
        from tracker.ui.sync.controller import ensure_started

        return ensure_started(self.ctx, self)

    # -- layout ----------------------------------------------------------------------------------

    def _not_shared_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        for text in (
            self.tr("Sharing keeps this journal the same on two or three computers: yours, and a carer's "
                    "who helps you keep it."),
            self.tr("It works through a folder you already keep in step between computers: a Syncthing "
                    "folder, Nextcloud, Dropbox, OneDrive, or a USB stick you carry. That folder receives only "
                    "encrypted files. There is no server of ours, and nobody else can read them."),
            self.tr("Each person opens the journal with their own passphrase. You add them here, on this "
                    "computer; they type their passphrase themselves, so nobody shares a passphrase."),
        ):
            layout.addWidget(style.label(text))
        self.share_button = QPushButton(self.tr("&Share this journal…"))
        layout.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.share_message = style.label("")
        layout.addWidget(self.share_message)
        # The stack is as tall as the shared panel: the room left stays below, not between the lines.
        layout.addStretch(1)
        self.share_button.clicked.connect(self.ask_share)
        return panel

    def _shared_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)

        self.notice = style.label("")
        layout.addWidget(self.notice)
        folder_box = QGroupBox(self.tr("Shared folder"))
        folder_layout = QVBoxLayout(folder_box)
        # A path has no spaces to wrap at: a read-only field scrolls inside itself instead of
        # pushing the page wider than a small screen.
        self.folder_field = QLineEdit()
        self.folder_field.setReadOnly(True)
        self.folder_field.setAccessibleName(self.tr("Shared folder"))
        folder_label = QLabel(self.tr("Sharing through:"))
        folder_label.setBuddy(self.folder_field)
        folder_layout.addWidget(folder_label)
        folder_layout.addWidget(self.folder_field)
        row = QHBoxLayout()
        self.open_folder_button = QPushButton(self.tr("&Open folder"))
        self.sync_button = QPushButton(self.tr("S&ync now"))
        row.addWidget(self.open_folder_button)
        row.addWidget(self.sync_button)
        row.addStretch(1)
        folder_layout.addLayout(row)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName(self.tr("Syncing"))
        self.busy.hide()
        folder_layout.addWidget(self.busy)
        self.last_sync_label = style.label("")
        folder_layout.addWidget(self.last_sync_label)
        self.problems_label = style.label("")
        style.tint(self.problems_label, "error")
        self.problems_label.hide()
        folder_layout.addWidget(self.problems_label)
        layout.addWidget(folder_box)

        computers_box = QGroupBox(self.tr("Computers"))
        computers_layout = QVBoxLayout(computers_box)
        self.computers_model = ComputersModel(self.ctx, self)
        self.computers_list = _TextList(self.tr("Computers sharing this journal"))
        self.computers_list.setModel(self.computers_model)
        computers_layout.addWidget(self.computers_list)
        layout.addWidget(computers_box)

        people_box = QGroupBox(self.tr("People who may open it"))
        people_layout = QVBoxLayout(people_box)
        self.people_model = PeopleAccessModel(self)
        self.people_list = _TextList(self.tr("People who may open this journal"))
        self.people_list.setModel(self.people_model)
        people_layout.addWidget(self.people_list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a person…"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        people_layout.addLayout(row)
        self.people_message = style.label("")
        people_layout.addWidget(self.people_message)
        layout.addWidget(people_box)

        stop_box = QGroupBox(self.tr("Stop sharing"))
        stop_layout = QVBoxLayout(stop_box)
        stop_layout.addWidget(style.label(self.tr(
            "This computer stops using the shared folder. The journal stays here with everything in it.")))
        self.stop_button = QPushButton(self.tr("S&top sharing on this computer…"))
        stop_layout.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.stop_message = style.label("")
        stop_layout.addWidget(self.stop_message)
        layout.addWidget(stop_box)

        self.open_folder_button.clicked.connect(self.open_folder)
        self.sync_button.clicked.connect(self.sync_now)
        self.add_button.clicked.connect(self.ask_add_person)
        self.remove_button.clicked.connect(self.ask_remove_person)
        self.stop_button.clicked.connect(self.ask_stop_sharing)
        self.people_list.selectionModel().selectionChanged.connect(self._update_buttons)
        return panel

    # -- state ---------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """True while the status is being read or a change is under way (tests wait on it)."""
        return self._status_op is not None or self._op is not None or self.controller.is_running()

    def refresh(self) -> None:
        """Read the status again (in the background: the folder may be slow to answer)."""
        if self.ctx.journal is None or not self.ctx.journal.is_open:
            return
        if self._status_op is not None:
            self._status_again = True
            return
        from tracker.services import sync

        journal, clock = self.ctx.journal, self.ctx.clock
        self._status_again = False
        self._status_op = BackgroundOp(lambda _p: sync.sync_status(journal, clock), on_success=self._status_read,
                                       on_failure=self._status_failed, parent=self)
        self._status_op.start()

    def _status_done(self) -> None:
        self._status_op = None
        if self._status_again:
            self.refresh()

    def _status_failed(self, exc: BaseException) -> None:
        from tracker.ui.common.errors import as_known, known_message, show_error

        self._status_op = None
        known = as_known(exc)
        if known is None:
            show_error(self, exc)
        else:  # shown where the status would be, not as a dialog each time the page refreshes
            self.problems_label.show()
            self.problems_label.setText(known_message(known))
            self.share_message.setText(known_message(known))
        self._status_done()

    def _status_read(self, status) -> None:
        self.status = status
        self.stack.setCurrentWidget(self.shared if status.shared else self.not_shared)
        if status.shared:
            self._show_shared(status)
        self._status_done()

    def _show_shared(self, status) -> None:
        from tracker.ui.common.errors import known_message

        clock = self.ctx.clock
        self.folder_field.setText(str(status.folder) if status.folder is not None else "")
        self.folder_field.setCursorPosition(0)
        self.open_folder_button.setEnabled(status.folder_ok)
        if status.last_sync is None:
            self.last_sync_label.setText(self.tr("Not synced yet on this computer."))
        else:
            self.last_sync_label.setText(self.tr("Last synced {when}.").format(
                when=wording.moment_text(status.last_sync, clock.now(), clock.zone)))
        problems = [known_message(p) for p in status.problems]
        for text in self.controller.problems:
            if text not in problems:
                problems.append(text)
        self.problems_label.setVisible(bool(problems))
        self.problems_label.setText("\n\n".join(problems))
        self.computers_model.set_computers(status.computers)
        selected = self._selected_person()
        self.people_model.set_people(status.people)
        if selected is not None:
            row = next((i for i, p in enumerate(self.people_model.people) if p.member_id == selected.member_id), -1)
            if row >= 0:
                self.people_list.setCurrentIndex(self.people_model.index(row, 0))
        self._update_buttons()

    def _selected_person(self):
        rows = self.people_list.selectionModel().selectedRows()
        return self.people_model.person(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        person = self._selected_person()
        busy = self._op is not None
        self.remove_button.setEnabled(person is not None and not person.is_me and not busy)
        self.remove_button.setToolTip(self.tr("You cannot remove yourself. To stop using the shared folder on "
                                              "this computer, use “Stop sharing on this computer…”.")
                                      if person is not None and person.is_me else "")
        for button in (self.add_button, self.stop_button):
            button.setEnabled(not busy)

    def _running_changed(self, running: bool) -> None:
        self.busy.setVisible(running)
        self.sync_button.setEnabled(not running)

    def _synced(self, _report) -> None:
        self.refresh()

    # -- sharing ---------------------------------------------------------------------------------

    def ask_share(self) -> None:
        self.dialog = ShareDialog(self.ctx, self)
        self.dialog.accepted.connect(self._shared)
        self.dialog.open()

    def _shared(self) -> None:
        info = self.dialog.result_value
        self.dialog = None
        self.share_message.clear()
        text = self.tr("This journal is now shared through {folder}. On the other computer, choose “Open a shared "
                       "journal…” on the start screen, pick that folder once it has arrived there, and type the "
                       "passphrase of the person using it. Add that person below first if it is not you.").format(
            folder=path_text(info.folder))
        self.ctx.events.notify(Change.SETTINGS)
        self.controller.sharing_changed()
        self.refresh()
        show_status(self.notice, text)

    def open_folder(self) -> None:
        if self.status is not None and self.status.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.status.folder)))

    def sync_now(self) -> None:
        self.controller.request()

    # -- people ----------------------------------------------------------------------------------

    def ask_add_person(self) -> None:
        self.dialog = AddPersonDialog(self.ctx, self)
        self.dialog.accepted.connect(self._person_added)
        self.dialog.open()

    def _person_added(self) -> None:
        person = self.dialog.result_value
        self.dialog = None
        show_status(self.people_message, self.tr(
            "{name} may now open this journal. On their computer, they choose “Open a shared journal…” on the "
            "start screen and type the passphrase they just chose.").format(name=person.name))
        self.ctx.events.notify(Change.PEOPLE)
        self.refresh()
        self.controller.request()  # the new key list reaches the folder's other readers sooner

    def ask_remove_person(self) -> None:
        person = self._selected_person()
        if person is None or person.is_me:
            return
        self.dialog = remove_person_dialog(person.name, self)
        self.dialog.accepted.connect(lambda: self.remove_person(person))
        self.dialog.open()

    def remove_person(self, person) -> None:
        from tracker.services import sync

        self.dialog = None
        journal, clock = self.ctx.journal, self.ctx.clock

        def done(_result) -> None:
            self._finish_op()
            show_status(self.people_message, self.tr(
                "{name} was removed. New changes are locked with a new key their copy does not have. Remember to "
                "remove them from your sync service too.").format(name=person.name))
            self.refresh()
            self.controller.request()

        self._start_op(lambda _p: sync.remove_person(journal, person.member_id, clock), done, self.people_message)

    # -- stopping --------------------------------------------------------------------------------

    def ask_stop_sharing(self) -> None:
        self.dialog = stop_sharing_dialog(self.status.folder if self.status is not None else None, self)
        self.dialog.accepted.connect(self.stop_sharing)
        self.dialog.open()

    def stop_sharing(self) -> None:
        from tracker.services import sync

        self.dialog = None
        journal = self.ctx.journal

        def done(_result) -> None:
            self._finish_op()
            self.controller.sharing_changed()
            self.ctx.events.notify(Change.SETTINGS)
            self.refresh()
            announce(self, self.tr("This computer no longer shares the journal. Everything in it is still here."))

        def failed_too() -> None:
            self.controller.sharing_changed()  # still shared: syncing goes on

        self.controller.suspend()  # no run may be writing to the folder while this computer lets go of it
        self._start_op(lambda _p: sync.stop_sharing(journal), done, self.stop_message, on_failure=failed_too)

    # -- one change at a time --------------------------------------------------------------------

    def _start_op(self, work, done, message: QLabel, *, on_failure=None) -> None:
        def failed(exc: BaseException) -> None:
            from tracker.ui.common.errors import as_known, known_message, show_error

            self._finish_op()
            if on_failure is not None:
                on_failure()
            known = as_known(exc)
            if known is None:
                show_error(self, exc)
            else:
                message.show()
                show_status(message, known_message(known), assertive=True)

        self._op = BackgroundOp(work, on_success=done, on_failure=failed, parent=self)
        self._update_buttons()
        self._op.start()

    def _finish_op(self) -> None:
        self._op = None
        self._update_buttons()


def create_page(ctx, parent: QWidget | None = None) -> QWidget:
    return SharingPage(ctx, parent)
