"""The start flow: wizard when there is no journal, else the unlock window; then the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from tracker.ui.common.background import BackgroundOp


def _system_clock():
    from tracker.domain.clock import SystemClock

    try:
        from tzlocal import get_localzone

        return SystemClock(get_localzone())
    except Exception:  # noqa: BLE001 - an odd system time zone setting falls back to the OS offset
        return SystemClock()


class StartFlow(QObject):
    def __init__(self, data_dir: Path, clock=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._clock = clock
        self.wizard = None
        self.unlock_window = None
        self.main_window = None

    @property
    def clock(self):
        if self._clock is None:
            self._clock = _system_clock()
        return self._clock

    def start(self) -> None:
        from tracker.services.journals import list_journals

        if list_journals(self.data_dir):
            self.show_unlock()
        else:
            self.show_wizard()

    def shutdown(self) -> None:
        """On quit: let background work finish and close the journal (drops the key)."""
        for window in (self.unlock_window, self.wizard):
            if window is not None:
                window.close()
                for op in window.findChildren(BackgroundOp):
                    op.wait(10000)
        if self.main_window is not None:
            self.main_window.close()

    def show_wizard(self, another: bool = False) -> None:
        from tracker.ui.wizard.wizard import CreateJournalWizard

        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        self.wizard = CreateJournalWizard(self.data_dir, another=another)
        self.wizard.journal_created.connect(self._created)
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

    def show_unlock(self) -> None:
        from tracker.ui.unlock.window import UnlockWindow

        self.unlock_window = UnlockWindow(self.data_dir)
        self.unlock_window.unlocked.connect(self._unlocked)
        self.unlock_window.create_requested.connect(lambda: self.show_wizard(another=True))
        self.unlock_window.show()

    def _unlocked(self, journal) -> None:
        window = self.unlock_window
        self.unlock_window = None
        self.open_main(journal)
        window.close()
        window.deleteLater()

    def open_main(self, journal) -> None:
        from tracker.ui.main.window import MainWindow

        self.main_window = MainWindow(self.data_dir, journal, self.clock)
        self.main_window.new_journal_requested.connect(lambda: self.show_wizard(another=True))
        self.main_window.show()
