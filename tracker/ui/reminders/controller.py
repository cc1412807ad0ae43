"""Runs reminders while the app is open.

Every 30 seconds it asks the reminders service what is due (computed from the plan), and
notifies through the tray icon (when the desktop has a tray) and desktop notifications
(when D-Bus works), repeating every N minutes until the dose is marked. The Today page is
always the full list. On start it offers the doses missed while the app was closed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from tracker.domain.errors import KnownError
from tracker.services import doses, reminders
from tracker.ui.reminders import notify

TICK_MS = 30_000


def ensure_started(ctx, window: QWidget | None) -> ReminderController:
    """One controller per context (the Today view calls this when it is built)."""
    import shiboken6

    existing = getattr(ctx, "_reminder_controller", None)
    if existing is not None and (not isinstance(existing, QObject) or shiboken6.isValid(existing)):
        return existing
    controller = ReminderController(ctx, window)
    ctx._reminder_controller = controller
    controller.start()
    return controller


class ReminderController(QObject):
    #: Emitted with the number of open doses due now (for badges and tests).
    due_changed = Signal(int)

    def __init__(self, ctx, window: QWidget | None) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._last_notified: dict[tuple, datetime] = {}
        self._day = ctx.clock.today()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.tray: QSystemTrayIcon | None = None
        self.missed_dialog = None
        ctx.events.changed.connect(self._on_changed)
        self._ics_op = None

    def _on_changed(self, kind: str) -> None:
        if kind in ("plan", "doses", "appointments"):
            self.tick()
            self.sync_ics()

    def sync_ics(self):
        """Rewrite the chosen .ics file in the background so the system calendar follows the plan."""
        from tracker.services import calendar_ics
        from tracker.ui.common.background import BackgroundOp

        path = reminders.load_settings(self.ctx.journal).ics_path
        if not path:
            return None
        journal, clock = self.ctx.journal, self.ctx.clock
        self._ics_op = BackgroundOp(lambda _p: calendar_ics.write_ics(journal, clock, path),
                                    on_success=lambda _r: None, on_failure=self._ics_failed, parent=self)
        return self._ics_op.start()

    def _ics_failed(self, exc: BaseException) -> None:
        from tracker.domain.errors import FolderNotWritable
        from tracker.ui.common.errors import show_error

        show_error(self.window, FolderNotWritable() if isinstance(exc, OSError) else exc)

    def start(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._make_tray()
        self.timer.start()
        QTimer.singleShot(0, self.show_missed_while_closed)
        QTimer.singleShot(0, self.tick)

    def _make_tray(self) -> None:
        app = QApplication.instance()
        icon = app.windowIcon() if not app.windowIcon().isNull() else app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.tray = QSystemTrayIcon(QIcon(icon), self)
        menu = QMenu()
        menu.addAction(self.tr("Show today's doses"), self._open_today)
        self.tray.setContextMenu(menu)
        self._menu = menu
        self.tray.activated.connect(lambda _reason: self._open_today())
        self.tray.messageClicked.connect(self._open_today)
        self.tray.setToolTip(self.tr("Treatment Journey"))
        self.tray.show()

    def _open_today(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
        self.ctx.events.navigate.emit("today", None)

    def tick(self) -> None:
        journal = self.ctx.journal
        if journal is None or not getattr(journal, "is_open", False):
            return
        if self.ctx.clock.today() != self._day:  # past midnight: Today and the calendar move on
            self._day = self.ctx.clock.today()
            self._last_notified.clear()
            self.ctx.events.changed.emit("doses")
            return  # the "doses" event calls tick() again
        try:
            prefs = reminders.load_settings(journal)
            due = reminders.due_now(journal, self.ctx.clock) if prefs.enabled else []
            reminders.mark_seen(journal, self.ctx.clock)
        except KnownError:
            return
        self.due_changed.emit(len(due))
        if self.tray is not None:
            if not due:
                tip = self.tr("Treatment Journey")
            elif len(due) == 1:
                tip = self.tr("Treatment Journey: 1 dose to mark")
            else:
                tip = self.tr("Treatment Journey: {n} doses to mark").format(n=QLocale().toString(len(due)))
            self.tray.setToolTip(tip)
        now = self.ctx.clock.now()
        repeat = timedelta(minutes=prefs.repeat_minutes) if prefs.repeat_minutes else None
        fresh = []
        for r in due:
            last = self._last_notified.get(r.dose.key)
            if last is None or (repeat is not None and now - last >= repeat):
                fresh.append(r)
                self._last_notified[r.dose.key] = now
        if fresh:
            self.notify(len(due))

    def notify(self, count: int) -> None:
        title = self.tr("Treatment Journey")
        message = (self.tr("A dose is due. Open Treatment Journey to mark it.") if count == 1
                   else self.tr("{n} doses are due. Open Treatment Journey to mark them.").format(n=count))
        if self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 15_000)
        notify.send(title, message)

    def show_missed_while_closed(self) -> None:
        journal = self.ctx.journal
        if journal is None or not getattr(journal, "is_open", False):
            return
        since = reminders.last_seen(journal)
        if since is None:
            reminders.mark_seen(journal, self.ctx.clock)
            return
        missed = reminders.missed_since(journal, self.ctx.clock, since)
        reminders.mark_seen(journal, self.ctx.clock)
        if not missed:
            return
        from tracker.ui.reminders.missed_dialog import MissedDialog

        # The top-level window by now (the view that started us has been placed in it).
        parent = self.window.window() if self.window is not None else None
        self.missed_dialog = MissedDialog(missed, parent)
        self.missed_dialog.chosen.connect(lambda choice: self._resolve(missed, choice))
        self.missed_dialog.show()

    def _resolve(self, missed: list, choice: str) -> None:
        if choice not in (doses.TAKEN, doses.MISSED):
            return
        who = self.ctx.current_person_id
        for r in missed:
            try:
                # "I took them all": at the planned time (the best the app knows).
                at = r.when if choice == doses.TAKEN else None
                doses.record(self.ctx.journal, self.ctx.clock, r.dose, choice, entered_by_id=who, at=at)
            except KnownError:
                continue
        self.ctx.events.changed.emit("doses")
