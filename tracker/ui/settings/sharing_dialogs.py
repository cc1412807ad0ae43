"""Dialogs of Settings → Sharing: share the journal, add a person, remove a person, stop sharing.

The dialogs that need the key derivation (share, add a person) run their service call in a
BackgroundOp themselves, so a wrong passphrase or a refused field is shown next to its field
and the dialog stays open; they close (accepted) when the work is done, with `result_value`
holding what the service returned. Confirmations are plain questions; the page runs the work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.backup.paths import path_text
from tracker.ui.common import style
from tracker.ui.common.announce import attach_error, show_status
from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.errors import grow_to_fit
from tracker.ui.sync.folder_fields import SharedFolderFields
from tracker.ui.wizard.strength import StrengthHint


def busy_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.setAccessibleName(name)
    bar.hide()
    return bar


class _WorkDialog(QDialog):
    """A dialog whose OK runs one service call off the GUI thread, showing errors in place."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._op: BackgroundOp | None = None
        self.result_value = None

    def is_busy(self) -> bool:
        return self._op is not None

    def _run(self, work) -> None:
        self._set_busy(True)
        self._op = BackgroundOp(work, on_success=self._succeeded, on_failure=self._op_failed, parent=self)
        self._op.start()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)
        for widget in self._fields():
            widget.setEnabled(not busy)

    def _fields(self) -> list[QWidget]:
        return []

    def _succeeded(self, value) -> None:
        self._op = None
        self._set_busy(False)
        self.result_value = value
        self.accept()

    def _op_failed(self, exc: BaseException) -> None:
        from tracker.ui.common.errors import as_known, show_error

        self._op = None
        self._set_busy(False)
        known = as_known(exc)
        if known is None:
            show_error(self, exc)
        else:
            self._failed(known)
        grow_to_fit(self)

    def _failed(self, exc) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self._op is None:  # the work is short; let it finish rather than leave it half done
            super().reject()


class ShareDialog(_WorkDialog):
    """Choose the sync folder and confirm with the current passphrase; runs share_journal."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Share this journal"))
        layout = QVBoxLayout(self)
        layout.addWidget(style.label(self.tr(
            "Choose a folder that your sync service already keeps in step with the other computer (a "
            "Syncthing folder, Nextcloud, Dropbox or OneDrive), or a USB stick you carry between them. "
            "Treatment Journey puts only encrypted files there.")))
        form = QFormLayout()
        self.fields = SharedFolderFields(self, form, placeholder=self.tr("A folder you already sync"))
        f = self.fields
        self.folder, self.choose_button, self.passphrase = f.folder, f.choose_button, f.passphrase
        self.folder_error, self.passphrase_error = f.folder_error, f.passphrase_error
        layout.addLayout(form)
        layout.addWidget(style.label(self.tr(
            "Your passphrase opens the shared journal on other computers too. Each person you add later "
            "gets their own passphrase.")))
        self.busy = busy_bar(self.tr("Sharing"))
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("&Share"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.returnPressed.connect(self.submit)

    def _fields(self) -> list[QWidget]:
        return self.fields.widgets()

    def submit(self) -> None:
        if self._op is not None:
            return
        given = self.fields.checked(
            no_folder=self.tr("Choose the folder to share through first."),
            missing_folder=self.tr("There is no folder there. Choose a folder that exists, or connect the drive it "
                                   "is on."))
        if given is None:
            return
        folder, passphrase = given
        journal, clock = self.ctx.journal, self.ctx.clock

        def work(_progress):
            from tracker.services import sync

            return sync.share_journal(journal, folder, passphrase, clock)

        grow_to_fit(self)
        self._run(work)

    def _failed(self, exc) -> None:
        from tracker.domain.errors import WrongPassphrase
        from tracker.ui.common.errors import known_message

        if isinstance(exc, WrongPassphrase):
            self.fields.passphrase_problem(self.tr(
                "That is not this journal's passphrase, so nothing was shared. Check Caps Lock and try again."))
            self.passphrase.selectAll()
        elif getattr(exc, "field", None) == "passphrase":
            self.fields.passphrase_problem(known_message(exc))
        else:  # the folder is missing, not writable, already holds another journal…
            self.fields.folder_problem(known_message(exc))

    def _succeeded(self, value) -> None:
        self.passphrase.clear()
        super()._succeeded(value)


class AddPersonDialog(_WorkDialog):
    """The person's name, and their own passphrase typed twice by them on this computer."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Add a person"))
        layout = QVBoxLayout(self)
        layout.addWidget(style.label(self.tr(
            "The person you add can open this journal on their own computer, with their own passphrase. "
            "Ask the person to type it themselves; you never need to know it.")))
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = StrengthHint()
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QLineEdit] = {"name": self.name, "passphrase": self.first, "repeat": self.second}
        rows = (("name", self.tr("Their &name:")), ("passphrase", self.tr("Their &passphrase:")),
                ("repeat", self.tr("Type it &again:")))
        for key, text in rows:
            label = QLabel(text)
            label.setBuddy(self.fields[key])
            form.addRow(label, self.fields[key])
            if key == "passphrase":
                form.addRow("", self.strength)
            self.errors[key] = style.error_label()
            form.addRow("", self.errors[key])
        layout.addLayout(form)
        layout.addWidget(style.label(self.tr(
            "If the name is not among the patient and carers yet, it is added as a carer, so the diary "
            "shows what they enter.")))
        self.busy = busy_bar(self.tr("Adding the person"))
        layout.addWidget(self.busy)
        self.message = style.error_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("A&dd"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self.strength.update_for)
        self.second.returnPressed.connect(self.submit)

    def _fields(self) -> list[QWidget]:
        return list(self.fields.values())

    def _clear_errors(self) -> None:
        for key, label in self.errors.items():
            label.hide()
            attach_error(self.fields[key], "")
        self.message.hide()

    def show_field_error(self, key: str, text: str) -> None:
        field, label = self.fields[key], self.errors[key]
        attach_error(field, text)
        label.show()
        show_status(label, text, assertive=True)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        grow_to_fit(self)

    def submit(self) -> None:
        if self._op is not None:
            return
        self._clear_errors()
        name, first, second = self.name.text(), self.first.text(), self.second.text()
        journal, clock = self.ctx.journal, self.ctx.clock

        def work(_progress):
            from tracker.services import sync

            return sync.add_person(journal, name, first, second, clock)

        self._run(work)

    def _failed(self, exc) -> None:
        from tracker.ui.common.errors import known_message

        key = getattr(exc, "field", None)
        if key in self.fields:
            self.show_field_error(key, known_message(exc))
        else:
            self.message.show()
            show_status(self.message, known_message(exc), assertive=True)

    def _succeeded(self, value) -> None:
        self.first.clear()
        self.second.clear()
        super()._succeeded(value)


class ConfirmDialog(QDialog):
    """A plain question with a named action button (opened with `open()`, not a nested loop)."""

    def __init__(self, title: str, text: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.text = style.label(text)
        layout.addWidget(self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


def remove_person_dialog(name: str, parent: QWidget | None = None) -> ConfirmDialog:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("SharingDialogs", text)

    return ConfirmDialog(
        tr("Remove a person"),  # window titles never carry a name (task switchers show them)
        tr("{name} will no longer be able to open new changes to this journal: the journal gets a new key "
           "that their copy does not have. What is already on their computer stays there.\n\n"
           "Also remove {name} from your sync service (for example, stop sharing the folder with their "
           "computer), so new encrypted files stop reaching them.\n\n"
           "Everything {name} entered stays in the diary.").format(name=name),
        tr("&Remove"), parent)


def stop_sharing_dialog(folder: Path | None, parent: QWidget | None = None) -> ConfirmDialog:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("SharingDialogs", text)

    where = path_text(folder) if folder is not None else ""
    return ConfirmDialog(
        tr("Stop sharing on this computer"),
        tr("This computer stops reading and writing the shared folder {folder}. The journal stays here "
           "with everything in it; changes made here from now on no longer reach the other computers, "
           "and theirs no longer arrive here.\n\nThe other computers keep sharing among themselves. "
           "To take a person's access away, use “Remove…” instead.").format(folder=where),
        tr("&Stop sharing"), parent)
