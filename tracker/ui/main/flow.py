"""The start flow: wizard when there is no journal, else the unlock window; then the main window.

In the background mode of the real app (`background=True`) the flow owns the one reminder
controller of the process, so reminders run from the first second, before any unlock (from
the saved reminder times, if the patient keeps them) and across every lock; a closed unlock
window leaves the app reminding when it has times to remind of.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from tracker.ui.common.background import BackgroundOp

#: A normal start paints its first window before the reminder controller is made (and its
#: modules imported); a start at login, which paints nothing, makes it at once.
REMINDERS_AFTER_MS = 300


class StartFlow(QObject):
    def __init__(self, data_dir: Path, clock=None, parent: QObject | None = None, *, background: bool = False) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._clock = clock
        self.wizard = None
        self.unlock_window = None
        self.main_window = None
        self.background = background
        self.reminders = None
        self._notice = None

    @property
    def clock(self):
        if self._clock is None:
            from tracker.services.local_zone import system_clock  # zoneinfo: not before the first paint

            self._clock = system_clock()
        return self._clock

    def start(self, *, autostart: bool = False) -> None:
        from tracker.services.journals import list_journals

        journals = list_journals(self.data_dir)
        if self.background and autostart:
            self._start_reminders(journals)
        elif self.background:
            QTimer.singleShot(REMINDERS_AFTER_MS, self, lambda: self._start_reminders(journals))
        if autostart and not journals:
            QApplication.quit()  # nothing to remind of; the welcome wizard waits for a start from the menu
        elif autostart:
            self.show_unlock(minimised=True)
        elif journals:
            self.show_unlock()
        else:
            self.show_wizard()

    def _start_reminders(self, journals) -> None:
        if self.reminders is not None:
            return  # made already: the journal was unlocked before the timer fired
        from tracker.domain.errors import KnownError
        from tracker.services import app_prefs
        from tracker.ui.common.errors import show_error
        from tracker.ui.reminders.controller import ReminderController

        self.reminders = ReminderController(self.clock, self.data_dir, self)
        self.reminders.show_requested.connect(self.bring_forward)
        self.reminders.unlock_requested.connect(self.bring_forward)
        self.reminders.quit_requested.connect(QApplication.quit)
        QApplication.instance().lastWindowClosed.connect(self._last_window_closed)
        last = app_prefs.load(self.data_dir).get("last_journal")
        ids = [j.journal_id for j in journals]
        journal_id = last if last in ids else (ids[0] if ids else None)
        if journal_id is not None:
            try:
                self.reminders.load_saved_times(journal_id)
            except KnownError as exc:
                show_error(None, exc)

    def _last_window_closed(self) -> None:
        """The last visible window was closed: go on reminding in the background, or quit."""
        main_stays = self.main_window is not None and (self.main_window.isVisible() or self.main_window.runs_in_background())
        unlock_open = self.unlock_window is not None and self.unlock_window.isVisible()
        if main_stays or self.wizard is not None or unlock_open:
            return
        if self.main_window is None and self.reminders is not None and self.reminders.enabled and not self.reminders.times.empty:
            from tracker.ui.reminders.background import tell_once

            self._notice = tell_once(self.data_dir, self.reminders)
            return
        QApplication.quit()

    def bring_forward(self) -> None:
        """Another start of the app, or a click on a reminder: show the window she needs."""
        if self.main_window is not None:
            self.main_window.bring_forward()
            return
        window = self.wizard or self.unlock_window
        if window is None:
            self.show_unlock()
            return
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def shutdown(self) -> None:
        """On quit: let background work finish and close the journal (drops the key)."""
        for window in (self.unlock_window, self.wizard):
            if window is not None:
                window.close()
                for op in window.findChildren(BackgroundOp):
                    op.wait(10000)
        if self.main_window is not None:
            self.main_window.close_for_quit()
        if self.reminders is not None:
            self.reminders.shutdown()

    def show_wizard(self, another: bool = False) -> None:
        from tracker.ui.wizard.wizard import CreateJournalWizard

        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        self.wizard = CreateJournalWizard(self.data_dir, another=another)
        self.wizard.journal_created.connect(self._created)
        self.wizard.join_requested.connect(self._join_from_wizard)
        self.wizard.rejected.connect(self._wizard_closed)
        self.wizard.show()

    def _created(self, journal) -> None:
        self.wizard.deleteLater()
        self.wizard = None
        if self.unlock_window is not None:
            self.unlock_window.close()
            self.unlock_window.deleteLater()
            self.unlock_window = None
        if self.main_window is not None:
            self.main_window.switch_journal(journal)
            self.main_window.raise_()
            return
        self.open_main(journal)

    def _join_from_wizard(self) -> None:
        """ "Open a shared journal…" on the welcome page: the unlock window's dialog, instead of a new journal."""
        if self.unlock_window is None:
            self.show_unlock()
        wizard, self.wizard = self.wizard, None
        wizard.rejected.disconnect(self._wizard_closed)  # not "closed, nothing to open": the dialog follows
        wizard.close()
        wizard.deleteLater()
        self.unlock_window.raise_()
        self.unlock_window.open_shared()

    def _wizard_closed(self) -> None:
        from tracker.services.journals import list_journals

        self.wizard.deleteLater()
        self.wizard = None
        if self.main_window is not None or self.unlock_window is not None:
            return
        if list_journals(self.data_dir):
            self.show_unlock()
        else:
            QApplication.quit()

    def show_unlock(self, *, minimised: bool = False) -> None:
        from tracker.ui.unlock.window import UnlockWindow

        if self.unlock_window is not None:
            self.unlock_window.deleteLater()
        self.unlock_window = UnlockWindow(self.data_dir, clock=self._clock)
        self.unlock_window.unlocked.connect(self._unlocked)
        self.unlock_window.create_requested.connect(lambda: self.show_wizard(another=True))
        if minimised and self.reminders is not None and self.reminders.tray is not None:
            return  # at login, the tray icon is enough until she wants the window
        if minimised:
            self.unlock_window.showMinimized()
        else:
            self.unlock_window.show()

    def _unlocked(self, journal) -> None:
        window = self.unlock_window
        self.unlock_window = None
        self.open_main(journal)
        window.close()
        window.deleteLater()

    def open_main(self, journal) -> None:
        from tracker.ui.main.window import MainWindow

        if self.background and self.reminders is None:
            from tracker.services.journals import list_journals

            self._start_reminders(list_journals(self.data_dir))
        self.main_window = MainWindow(self.data_dir, journal, self.clock, reminders=self.reminders)
        self.main_window.new_journal_requested.connect(lambda: self.show_wizard(another=True))
        self.main_window.show()
