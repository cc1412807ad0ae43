"""The create-journal wizard.

Emits `journal_created(OpenJournal)` when the user finishes (after keeping the recovery
key); the start flow then opens the main window. The welcome page's "Open a shared
journal…" emits `join_requested` instead (the start flow opens that dialog).
Shortcuts: Enter = Next, Esc = Cancel, Alt+S = Open a shared journal (welcome page).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QWidget, QWizard

from tracker.ui.common.ask import ask
from tracker.ui.common.background import BackgroundOp
from tracker.ui.wizard.pages import NamePage, PassphrasePage, RecoveryPage, WelcomePage


class CreateJournalWizard(QWizard):
    journal_created = Signal(object)
    join_requested = Signal()

    def __init__(self, data_dir: Path, *, another: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setWindowTitle(self.tr("Treatment Journey"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open my journal"))
        self.setMinimumSize(640, 520)
        self.welcome = WelcomePage(another)
        self.name_page = NamePage()
        self.passphrase_page = PassphrasePage()
        self.recovery_page = RecoveryPage()
        for page in (self.welcome, self.name_page, self.passphrase_page, self.recovery_page):
            self.addPage(page)
        # Reminders before the first unlock of a session (at login) need the reminder-times file.
        self.keep_reminder_times = QCheckBox(self.tr("Also remind me before I unlock my journal"))
        note = QLabel(self.tr("This keeps your reminder times in a small file on this computer. It shows only that "
                              "something is due at those times: no drug names, no doses. You can change this in "
                              "Settings → Reminders."))
        note.setWordWrap(True)
        layout = self.recovery_page.layout()
        layout.insertWidget(layout.count() - 1, self.keep_reminder_times)
        layout.insertWidget(layout.count() - 1, note)
        self.welcome.join_button.clicked.connect(self.join_requested)
        self.created = None  # CreatedJournal once the background work has finished
        self._op: BackgroundOp | None = None
        self._finishing = False

    # -- creation (runs while the passphrase page is showing) -----------------------------

    def validate_passphrase_page(self) -> bool:
        if self.created is not None:
            return True
        if self._op is not None:
            return False
        problem = self.passphrase_page.problem()
        if problem:
            self.passphrase_page.message.setText(problem)
            return False
        name = self.name_page.name_edit.text()
        passphrase = self.passphrase_page.first.text()
        data_dir = self.data_dir

        def work(_progress):
            from tracker.domain.clock import SystemClock
            from tracker.services.journals import create_journal

            return create_journal(data_dir, name, passphrase, started_on=SystemClock().today())

        self._set_busy(True)
        self._op = BackgroundOp(work, on_success=self._created, on_failure=self._failed, parent=self)
        self._op.start()
        return False

    def _set_busy(self, busy: bool) -> None:
        self.passphrase_page.set_busy(busy)
        for which in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)

    def _created(self, created) -> None:
        self._op = None
        self.created = created
        self._set_busy(False)
        # The passphrase is no longer needed in the widgets.
        self.passphrase_page.first.clear()
        self.passphrase_page.second.clear()
        self.recovery_page.box.set_key(created.recovery_key, created.journal.display_name)
        self.next()

    def _failed(self, exc: BaseException) -> None:
        from tracker.ui.common.errors import as_known, known_message, show_error

        self._op = None
        self._set_busy(False)
        known = as_known(exc)
        if known is not None:
            self.passphrase_page.message.setText(known_message(known))
        else:
            show_error(self, exc)

    def is_busy(self) -> bool:
        return self._op is not None

    # -- finishing --------------------------------------------------------------------------

    def accept(self) -> None:
        if self.created is None or not self.recovery_page.box.is_kept() or self._finishing:
            return
        if not self.keep_reminder_times.isChecked():
            self._finish()
            return
        from tracker.services import reminder_times
        from tracker.ui.common.journal_write import write

        journal = self.created.journal
        # Written on the task runner; the wizard closes once it is (Finish is off meanwhile).
        self._finishing = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        write(lambda: reminder_times.set_keeps_file(journal, True), owner=self,
              on_saved=lambda _result: self._finish(), on_refused=self._not_kept)

    def _not_kept(self, exc: BaseException) -> None:
        from tracker.ui.common.errors import show_error

        self._finishing = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        show_error(self, exc)

    def _finish(self) -> None:
        from tracker.ui.common import units

        units.save_units(self.data_dir, *self.name_page.chosen_units())
        super().accept()
        self.journal_created.emit(self.created.journal)

    def is_finishing(self) -> bool:
        """Finish was pressed and the wizard waits for its choice to be written."""
        return self._finishing

    def reject(self) -> None:
        if self._op is not None or self._finishing:
            return  # creation is quick; let it finish rather than leave a half-made journal
        if self.created is not None:
            ask(self, self.tr("Treatment Journey"),
                self.tr("Your journal has been created, but this recovery key will not be shown again. "
                        "Close without keeping it?"),
                self._close_without_key, default=QMessageBox.StandardButton.No)
            return
        super().reject()

    def _close_without_key(self) -> None:
        """She chose to close without keeping the key (asked without a nested event loop)."""
        if self.created is not None:
            self.created.journal.close()
        QWizard.reject(self)
