"""The main window: sidebar, lazily loaded sections, menus, lock and auto-lock.

The title is always just "Treatment Journey" (never the journal name or any content).

Locking (Ctrl+L, or after the idle time set in Settings) closes open dialogs, destroys
the section views and the banner (they hold data), closes the journal (the key leaves
memory) and shows the lock screen instead. Unsaved input in open forms is lost by design;
everything already saved is safe. Unlocking needs the passphrase or recovery key again.

Reminders outlive the lock: the reminder controller is made once per window (or handed in
by the start flow, which owns it for the whole process) and only lets go of the journal.
When the application runs in the background (it does not quit when its last window closes),
closing the window locks the journal and hides the window; File → Quit really quits.

A shared journal (issue 18) syncs while unlocked: the sync controller (tracker/ui/sync/)
is made once per window, attached at unlock and detached before the journal closes; its
problems appear in the status bar, never as a dialog per run.

Shortcuts: Ctrl+1…7 sections, Ctrl+L lock, Ctrl+Q quit, Ctrl+= / Ctrl+- / Ctrl+0 zoom,
Ctrl+E who is entering, Ctrl+Shift+N new journal, F1 keyboard shortcuts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QHBoxLayout, QMainWindow, QVBoxLayout, QWidget

from tracker.ui.common.date_edit import install_date_reading
from tracker.ui.context import AppContext, Change
from tracker.ui.lock.idle import IdleWatcher
from tracker.ui.main import menus, zoom
from tracker.ui.main.person_switch import PersonSwitch
from tracker.ui.main.section_stack import SectionStack
from tracker.ui.main.sidebar import Sidebar


class MainWindow(QMainWindow):
    new_journal_requested = Signal()
    locked_changed = Signal(bool)

    def __init__(self, data_dir: Path, journal, clock, *, idle_tick_ms: int = 5000,
                 parent: QWidget | None = None, reminders=None) -> None:
        super().__init__(parent)
        install_date_reading()  # every date field in the app reads its date to screen readers
        self.setWindowTitle(self.tr("Treatment Journey"))
        self.data_dir = Path(data_dir)
        self.clock = clock
        self.journal_id = journal.journal_id
        self.display_name = journal.display_name
        self.ctx: AppContext | None = None
        self.locked = False
        self.lock_screen = None
        self._person_before_lock: int | None = None
        self._ops: list = []
        #: A lock asked for while a new recovery key held it (ui/lock/hold.py): by the person?
        self._lock_after_hold = False
        self._waiting_for_hold = False
        self.idle = IdleWatcher(clock, 0, tick_ms=idle_tick_ms, parent=self)
        self.idle.idle.connect(lambda: self.lock(automatic=True))
        self.actions_by_name = menus.build_menus(self)
        self.person_switch: PersonSwitch | None = None
        self._quitting = False
        self._background_notice = None
        self.reminders = reminders if reminders is not None else self._make_reminders()
        self.reminders.window = self
        self.sync = self._make_sync()
        self._restore_geometry()
        self._open_session(journal)

    # -- session: build / tear down everything that holds journal data --------------------

    def _open_session(self, journal, person_id: int | None = None) -> None:
        """Build the window at once; what it needs from the journal (who is entering, the
        people, the auto-lock time) is read on the task runner, and Today shows when it lands."""
        self.ctx = AppContext(data_dir=self.data_dir, journal=journal, clock=self.clock, current_person_id=person_id)
        self.journal_id = journal.journal_id
        self.display_name = journal.display_name
        self.ctx.reminders = self.reminders  # views built below find it
        from tracker.ui.diary.controller import DiaryController

        # One diary use case per session: Ctrl+N, the Diary and Today's check-in share its undo.
        self.ctx.diary = DiaryController(self.ctx, self)
        from tracker.ui.plan.use_case import PlanUseCase

        # One plan use case per session: the Plan and Today's dose marks share its undo.
        self.ctx.plan = PlanUseCase(self.ctx)
        self.ctx.events.navigate.connect(self.show_section)
        self.ctx.events.changed.connect(self._journal_changed)
        content = QWidget()
        content.setObjectName("mainContent")
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = self._create_banner(content)
        if self.banner is not None:
            outer.addWidget(self.banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.sidebar = Sidebar()
        self.stack = SectionStack(self.ctx)
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(self.sidebar)
        row.addWidget(divider)
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        self.setCentralWidget(content)
        self.lock_screen = None
        self.sidebar.selectionModel().currentChanged.connect(self._sidebar_changed)
        self.person_switch = PersonSwitch(self.ctx)  # its people arrive with the session read
        self.statusBar().addPermanentWidget(self.person_switch)
        self.person_switch.show()
        self.locked = False
        for action in self.actions_by_name.values():
            action.setEnabled(True)
        # Today is chosen in the sidebar now and built once who is entering is known (else it
        # would read and paint as nobody first).
        self._navigating = True
        try:
            self.sidebar.select_section("today")
        finally:
            self._navigating = False
        self.sidebar.setFocus()
        self._read_session(journal, person_id)
        self.locked_changed.emit(False)

    def _read_session(self, journal, person_id: int | None) -> None:
        from tracker.ui.common.background import BackgroundOp
        from tracker.ui.main import session_data

        # Keyed: a read of an earlier session (a quick lock and unlock) never lands in this one.
        op = BackgroundOp(lambda _progress: session_data.load(journal, person_id),
                          on_success=lambda data: self._session_read(journal, data),
                          key=f"session-{id(self)}", parent=self)
        op.finished.connect(op.deleteLater)
        op.start()

    def _session_read(self, journal, data) -> None:
        if self.locked or self.ctx is None or self.ctx.journal is not journal:
            return  # locked (or another journal opened) meanwhile
        self.ctx.current_person_id = data.person_id
        if self.person_switch is not None:
            self.person_switch.set_people(data.people)  # no one chosen yet: the patient
        view = self.stack.current_view()
        if view is None:
            self.stack.show_section(self.sidebar.current_section_id() or "today")
        elif callable(getattr(view, "refresh", None)):
            view.refresh()  # shown before who is entering was known (Ctrl+2 at once): read again
        self._start_idle(data.auto_lock_minutes)
        # After Today's read, so the first paint does not wait behind them.
        self._auto_backup()
        self._start_reminders()
        self.sync.attach(self.ctx)

    def log_symptoms(self, weekly: bool = False) -> None:
        """Ctrl+N / Ctrl+K from anywhere: the session's diary use case opens the form, so what
        is saved can be undone from the Diary even if it was never opened."""
        if self.locked or self.ctx is None or self.ctx.diary is None:
            return
        self.ctx.diary.log_symptoms(weekly=weekly)

    def _make_reminders(self):
        from tracker.ui.reminders.controller import ReminderController

        controller = ReminderController(self.clock, self.data_dir, self)
        controller.show_requested.connect(self.bring_forward)
        controller.unlock_requested.connect(self.bring_forward)
        controller.quit_requested.connect(self.quit_app)
        return controller

    def _make_sync(self):
        from tracker.ui.sync.controller import SyncController

        controller = SyncController(self)
        controller.problem.connect(self._sync_problem)
        return controller

    def _sync_problem(self, message: str) -> None:
        if message and not self.locked:
            self.statusBar().showMessage(self.tr("Sharing: {problem}").format(problem=message.split("\n")[0]), 30000)

    def _start_reminders(self) -> None:
        # Reminders run from unlock on, even if Today and Plan are never opened.
        self.reminders.attach(self.ctx)

    def _create_banner(self, parent: QWidget) -> QWidget | None:
        # No ImportError guard: a missing alerts module is a bug to show, never a window without alerts.
        from tracker.ui.alerts.banner import create_banner

        # A failure to work the alerts out is shown by the banner itself (it says to call)
        # and reaches the bug report; a banner that cannot even be made is a bug as well.
        return create_banner(self.ctx, parent)

    def _start_idle(self, minutes: int) -> None:
        if self.locked or self.ctx is None:
            return  # a read that landed after the lock
        self.idle.set_minutes(minutes)
        self.idle.start()

    def _read_idle_minutes(self) -> None:
        from tracker.ui.common.background import BackgroundOp
        from tracker.ui.main import session_data

        journal = self.ctx.journal
        op = BackgroundOp(lambda _progress: session_data.auto_lock_minutes(journal), on_success=self._start_idle,
                          key=f"idle-minutes-{id(self)}", parent=self)
        op.finished.connect(op.deleteLater)
        op.start()

    def _journal_changed(self, kind: Change) -> None:
        if kind == Change.SETTINGS and not self.locked:
            self.display_name = self.ctx.journal.display_name
            self._read_idle_minutes()
        elif kind == Change.PEOPLE and self.person_switch is not None:
            self.person_switch.reload()

    def _auto_backup(self) -> None:
        from tracker.domain.errors import OperationCancelled
        from tracker.services.backup import auto_backup_if_due
        from tracker.ui.common.background import BackgroundOp

        journal, clock = self.ctx.journal, self.clock

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OperationCancelled):
                return  # stopped by the lock: the next unlock takes it
            self.statusBar().showMessage(self.tr("The automatic backup could not be made this time."), 15000)

        # With progress, so the lock stops it at its next step rather than waiting for it.
        op = BackgroundOp(lambda progress: auto_backup_if_due(journal, clock, progress=progress), on_failure=failed,
                          parent=self)
        self._ops.append(op)
        op.finished.connect(lambda: self._ops.remove(op) if op in self._ops else None)
        op.start()

    def _close_session(self) -> int | None:
        """Tear down every view, close the journal; returns who was entering."""
        from tracker.ui.common.background import BackgroundOp
        from tracker.ui.common.runner import Lane, task_runner

        self.idle.stop()
        # This window's work, queued or running (a backup, a PDF, an import, a sync), is
        # cancelled first: queued work never starts, running work stops at its next progress
        # call. (Work runs one job at a time: waiting for the sync before cancelling an export
        # queued ahead of it froze the lock for as long as the export took.)
        for op in self.findChildren(BackgroundOp):
            if op.is_running():
                op.cancel()
        self.sync.detach()  # its run in flight finishes first; no new one starts
        if self.ctx is not None:
            # Keeps the coming due times (reminding goes on while locked) and writes "last seen":
            # on the journal lane, so it is done before the wait below ends.
            self.reminders.detach()
        # Everything on the journal lane (also the reminders' calendar file) ends before the key goes.
        task_runner().wait_idle(30000, Lane.JOURNAL)
        person = self.ctx.current_person_id if self.ctx else None
        self._close_dialogs()
        if self.person_switch is not None:
            self.statusBar().removeWidget(self.person_switch)
            self.person_switch.deleteLater()
            self.person_switch = None
        self.stack.clear()
        if self.ctx is not None:
            if self.ctx.diary is not None:
                self.ctx.diary.close()  # its undo history names entries: the next session starts empty
                self.ctx.diary = None
            if self.ctx.plan is not None:
                self.ctx.plan.close()  # its history names lines, drugs and doses: gone with the key
                self.ctx.plan = None
            self.ctx.journal.close()
            self.ctx.journal = None
            self.ctx = None
        return person

    def _close_dialogs(self) -> None:
        """Close dialogs opened from this window (they may show data), without their confirmations."""
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, QDialog) or not widget.isVisible():
                continue
            parent = widget.parentWidget()
            while parent is not None and parent is not self:
                parent = parent.parentWidget()
            if parent is self:
                widget.done(QDialog.DialogCode.Rejected)

    # -- locking ----------------------------------------------------------------------------

    def lock(self, automatic: bool = False) -> None:
        if self.locked or self.ctx is None:
            return
        hold = self.ctx.lock_hold
        if hold.held():  # a new recovery key not yet shown and kept (ui/lock/hold.py)
            self._lock_after_hold = self._lock_after_hold or not automatic
            if not self._waiting_for_hold:
                self._waiting_for_hold = True
                hold.released.connect(self._hold_released)
            self.statusBar().showMessage(self.tr("The journal locks once your new recovery key is kept."))
            return
        from tracker.ui.lock.screen import LockScreen

        # Let go of focus first: else each view hidden on the way out hands it on (sidebar,
        # next view…) and a screen reader says every stop. The passphrase field takes it once, below.
        focused = QApplication.focusWidget()
        if focused is not None and focused.window() is self:
            focused.clearFocus()
        self._person_before_lock = self._close_session()
        self.locked = True
        for name, action in self.actions_by_name.items():
            action.setEnabled(name in ("quit", "shortcuts", "about", "zoom_in", "zoom_out", "zoom_reset"))
        self.lock_screen = LockScreen(self.data_dir, self.journal_id, self.display_name, automatic=automatic)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.setCentralWidget(self.lock_screen)  # deletes the old content
        self.lock_screen.setFocus()
        self.statusBar().clearMessage()
        self.locked_changed.emit(True)

    def _hold_released(self) -> None:
        self._waiting_for_hold = False
        if self.ctx is not None:
            self.ctx.lock_hold.released.disconnect(self._hold_released)
        manual, self._lock_after_hold = self._lock_after_hold, False
        self.lock(automatic=not manual)

    def _unlocked(self, journal) -> None:
        self._open_session(journal, self._person_before_lock)

    def switch_journal(self, journal) -> None:
        """Open another journal in this window (after File → New journal)."""
        if not self.locked:
            self._close_session()
        self._open_session(journal)

    # -- menu actions -------------------------------------------------------------------------

    def show_section(self, section_id: str, arg: object = None) -> None:
        if self.locked:
            return
        if self.sidebar.current_section_id() != section_id:
            self._navigating = True  # the sidebar follows; the section is shown once, below
            try:
                self.sidebar.select_section(section_id)
            finally:
                self._navigating = False
        self.stack.show_section(section_id, arg)

    def go_to_section(self, section_id: str) -> None:
        """Ctrl+1…7: show the section and put the keyboard on its first control, in one focus move.

        Qt's stack moves focus itself when the old page had it (to the new page's remembered
        widget); moving it again here would make a screen reader say both.
        """
        if self.locked:
            return
        focused = QApplication.focusWidget()
        view = self.stack.view_for(section_id)
        target = first_control(view) if view is not None else None
        if target is not None and focused is not None and self.stack.isAncestorOf(focused):
            # The target is on a hidden page: this makes it the page's focus widget, which Qt
            # focuses when it switches pages (its own one move).
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.show_section(section_id)
        view = self.stack.views.get(section_id)
        target = first_control(view) if view is not None else None
        if target is not None and QApplication.focusWidget() is not target:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _sidebar_changed(self, index, _previous) -> None:
        if not self._navigating and index.isValid():
            self.stack.show_section(self.sidebar.section_model.sections[index.row()].id)

    def zoom(self, direction: int) -> None:
        factor = zoom.step(self.data_dir, direction)
        self.statusBar().showMessage(self.tr("Text size: {percent}%").format(percent=round(factor * 100)), 3000)

    def focus_person_switch(self) -> None:
        if self.person_switch is not None:
            self.person_switch.combo.setFocus()
            self.person_switch.combo.showPopup()

    def new_journal(self) -> None:
        self.new_journal_requested.emit()

    def show_shortcuts(self) -> None:
        # The full table: the window's actions plus the keys used inside views and dialogs.
        from tracker.ui.help.shortcuts import show_shortcuts

        show_shortcuts(self)

    def show_about(self) -> None:
        from tracker.ui.help.about import show_about

        show_about(self)

    def quit_app(self) -> None:
        self._quitting = True
        self.close()
        QApplication.quit()

    def close_for_quit(self) -> None:
        """Close for real (the application is quitting), not into the background."""
        self._quitting = True
        self.close()

    def bring_forward(self) -> None:
        """A second start, a click on a reminder or the tray: show this window (at Today when unlocked)."""
        if self.isMinimized() or not self.isVisible():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if not self.locked:
            self.show_section("today")

    def runs_in_background(self) -> bool:
        """Closing hides and locks (the app goes on reminding) instead of closing."""
        app = QApplication.instance()
        # With reminders off there is nothing to run for: closing quits as it always did.
        return (not self._quitting and app is not None and not app.quitOnLastWindowClosed()
                and self.reminders.enabled)

    # -- geometry (no content) ---------------------------------------------------------------

    def _restore_geometry(self) -> None:
        from tracker.services import app_prefs

        saved = app_prefs.load(self.data_dir).get("main_geometry")
        restored = False
        if isinstance(saved, str):
            restored = self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
        if not restored:
            self.resize(1100, 720)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Never larger than the screen's free area (a 1024×600 netbook, a restored size from a
        bigger monitor): the window opens whole, with its buttons on screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        width, height = min(self.width(), free.width()), min(self.height(), free.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
            self.move(free.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        from tracker.domain.errors import KnownError
        from tracker.services import app_prefs

        try:
            app_prefs.update(self.data_dir, main_geometry=bytes(self.saveGeometry().toBase64()).decode("ascii"))
        except (OSError, KnownError):
            pass
        if self.runs_in_background():
            # Keep running to remind: lock (the key leaves memory), hide, say so once.
            self.lock()
            event.ignore()
            self.hide()
            self._tell_once_about_background()
            return
        if not self.locked and self.ctx is not None:
            self._close_session()
            self.locked = True
        self.reminders.shutdown()
        super().closeEvent(event)

    def _tell_once_about_background(self) -> None:
        from tracker.ui.reminders.background import tell_once

        self._background_notice = tell_once(self.data_dir, self.reminders)


def first_control(view: QWidget) -> QWidget | None:
    """The first widget Tab reaches inside `view` (visible, enabled, taking Tab focus)."""
    widget = view.nextInFocusChain()
    while widget is not None and widget is not view:
        if (view.isAncestorOf(widget) and widget.isVisibleTo(view) and widget.isEnabled() and widget.focusProxy() is None
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None
