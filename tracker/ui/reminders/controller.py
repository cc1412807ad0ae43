"""Reminders for as long as the app runs: unlocked, locked, or started at login.

One controller per process (the start flow owns it; a main window on its own makes its own).
It outlives every lock: while the journal is open it asks the reminders service what is due
and keeps the coming due times (times and a count, nothing else) in memory; while locked it
reminds from those times. If the patient chose to keep them, the times are also in a small
file beside the journal, so a start at login reminds before anyone unlocks.

The journal is never touched on the GUI thread: what a tick needs is read on the task runner
(reminders_data.load) and reminded of when it arrives; "Taken", the missed list's answer and
the times kept at a lock are writes on the journal lane (ui/common/journal_write.py).

Every 30 seconds it checks what is due and shows one notification ("A dose is due"),
replacing it at each repeat until the doses are marked. The notification offers "Taken"
(recorded as taken by the patient; when locked, the unlock window opens and the doses are
marked right after unlocking), "Snooze 10 min", and a click that shows Today.

Appointments (clinic visits, each radiotherapy or procedure day) remind in a notification of
their own ("An appointment at 10:30"), once, at the lead time she chose; it offers "Snooze
10 min" and a click that shows the Plan's calendar. It never says what or where.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from tracker.domain.errors import KnownError
from tracker.services import reminder_times
from tracker.ui.context import Change
from tracker.ui.reminders import notify

# The services below need the journal stack (SQLAlchemy, SQLCipher); they are imported where
# the journal is open, so an app started locked paints its first window without them.

TICK_MS = 30_000
SNOOZE = timedelta(minutes=10)


def ensure_started(ctx, window: QWidget | None) -> ReminderController:
    """The controller serving this context (views call this); one is made when there is none."""
    import shiboken6

    existing = ctx.reminders
    if existing is not None and shiboken6.isValid(existing):
        return existing
    controller = ReminderController(ctx.clock, ctx.data_dir, window)
    controller.attach(ctx)
    return controller


class ReminderController(QObject):
    #: Emitted with the number of open doses due now (for badges and tests).
    due_changed = Signal(int)
    #: Show the window at Today (a click on the notification or the tray).
    show_requested = Signal()
    #: "Taken" while locked: the window shows the unlock screen; doses are marked after unlock.
    unlock_requested = Signal()
    #: The tray menu's Quit.
    quit_requested = Signal()

    def __init__(self, clock, data_dir: Path, parent: QObject | None = None, *,
                 notifier: notify.Notifier | None = None, appointment_notifier: notify.Notifier | None = None,
                 tray: bool | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.data_dir = Path(data_dir)
        self.ctx = None
        self.window: QWidget | None = parent if isinstance(parent, QWidget) else None
        #: Coming due times (UTC instants and counts); all a locked app knows.
        self.times = reminder_times.ReminderTimes()
        #: Dose or appointment reminders are on (as last read from the journal, or from the
        #: saved times at a locked start).
        self.enabled = True
        self._last_notified: dict[datetime, datetime] = {}  # due instant -> when we last reminded
        self._shown_due: list[datetime] = []  # the instants the notification on screen is about
        self._snoozed_until: datetime | None = None
        self._pending_taken: list[datetime] = []  # "Taken" pressed while locked
        self._day = clock.today()
        self._started_at = clock.now()
        self.missed_dialog = None
        #: The doses missed since last seen were asked for at an unlock and have not landed yet.
        self._missed_pending = False
        self._ics_op = None
        self.notifier = notifier if notifier is not None else notify.Notifier(self)
        self.notifier.activated.connect(self._action)
        self.notifier.failed.connect(self._notifier_failed)
        # A notification of its own, so an appointment never replaces a dose's (with its Taken).
        self.appointment_notifier = (appointment_notifier if appointment_notifier is not None
                                     else notify.Notifier(self))
        self.appointment_notifier.activated.connect(self._appointment_action)
        self.appointment_notifier.failed.connect(self._appointment_notifier_failed)
        self._appointments_notified: set[reminder_times.AppointmentTime] = set()
        self._appointments_shown: list[reminder_times.AppointmentTime] = []
        self._appointments_snoozed_until: datetime | None = None
        self.tray: QSystemTrayIcon | None = None
        if tray if tray is not None else QSystemTrayIcon.isSystemTrayAvailable():
            self._make_tray()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # -- sessions: the journal comes and goes, the controller stays --------------------------

    @property
    def unlocked(self) -> bool:
        journal = self.ctx.journal if self.ctx is not None else None
        return journal is not None and journal.is_open

    def attach(self, ctx) -> None:
        """The journal is open (start or unlock): mark anything pressed while locked, then read
        what is due, the coming times and the doses missed since last seen, and remind from them."""
        if self.ctx is not None and self.ctx is not ctx:
            self.detach()
        self.ctx = ctx
        ctx.reminders = self
        ctx.events.changed.connect(self._on_changed)
        self._day = self.clock.today()
        pending, self._pending_taken = self._pending_taken, []
        if pending:
            self._mark_taken(pending)
        # Not keyed like a tick: a tick submitted after it must not drop the missed list. Until
        # that list has landed while unlocked, nothing moves "last seen" on.
        self._missed_pending = True
        self._load(times=True, missed=True, key=f"reminders-attach-{id(self)}")
        self.sync_ics()  # the calendar file moves on to today's plan

    def detach(self):
        """Before the journal closes (lock, quit): work out the coming times and move "last seen"
        on, on the journal lane (the lock waits for it), and let go of the journal.

        Returns that write's task (None when there was no open journal)."""
        if self.ctx is None:
            return None
        task = None
        journal = self._journal()
        if journal is not None:
            from tracker.ui.common import journal_write
            from tracker.ui.reminders import reminders_data

            clock, data_dir = self.clock, self.data_dir
            # Refused (the journal could not be read): the times in memory stay.
            seen = not self._missed_pending
            task = journal_write.write(lambda: reminders_data.leave(journal, clock, data_dir, seen=seen), owner=self,
                                       on_saved=self._kept_times, on_refused=lambda _exc: None)
        try:
            self.ctx.events.changed.disconnect(self._on_changed)
        except RuntimeError:
            pass  # its owner was already deleted
        if self.missed_dialog is not None:
            self.missed_dialog.close()
            self.missed_dialog = None
        self.ctx = None
        return task

    def _kept_times(self, times: reminder_times.ReminderTimes) -> None:
        self.times = times

    def load_saved_times(self, journal_id: str) -> bool:
        """At a start with the journal still locked: the times the patient chose to keep, if any."""
        saved = reminder_times.load(reminder_times.file_path(self.data_dir, journal_id))
        if saved is None:
            return False
        self.times = saved
        QTimer.singleShot(0, self.tick)
        return True

    def refresh_times(self) -> None:
        """Work out the coming times again (and write or remove their kept copy), and remind."""
        self._load(times=True)

    def _journal(self):
        """The open journal, or None (locked, or locking)."""
        return self.ctx.journal if self.unlocked else None

    def _load(self, *, times: bool = False, missed: bool = False, key: str | None = None) -> None:
        """Read what a tick needs on the task runner; `_loaded` reminds from it (a newer tick
        drops an older one's result)."""
        journal = self._journal()
        if journal is None:
            return
        from tracker.ui.common.background import BackgroundOp
        from tracker.ui.reminders import reminders_data

        ctx, clock, data_dir, seen = self.ctx, self.clock, self.data_dir, not self._missed_pending
        op = BackgroundOp(lambda _p: reminders_data.load(journal, clock, data_dir, times=times, missed=missed,
                                                         seen=seen),
                          on_success=lambda data: self._loaded(ctx, data, missed), on_failure=self._load_failed,
                          key=key or f"reminders-tick-{id(self)}", parent=self)
        op.finished.connect(op.deleteLater)
        op.start()

    @staticmethod
    def _load_failed(exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            return  # cancelled by the lock, or unreadable this once: the next tick reads again
        raise exc  # a bug: to the bug report

    def _loaded(self, ctx, data, missed: bool = False) -> None:
        """Remind from what `reminders_data.load` read (also when it lands just after a lock:
        it was due all the same)."""
        self.enabled = data.enabled
        if data.times is not None:
            self.times = data.times
        if data.file_error is not None:
            self._show_error(data.file_error)
        self._remind_appointments(list(data.appointments_due))
        self._remind(list(data.due), timedelta(minutes=data.repeat_minutes) if data.repeat_minutes else None)
        # The list of missed doses only while that journal is still open (never over the lock screen);
        # landed after a lock, it is read again at the next unlock ("last seen" did not move).
        if missed and ctx is self.ctx and self.unlocked:
            if data.missed:
                self._show_missed(list(data.missed))  # seen once she answers or closes it
            else:
                self._missed_pending = False

    def _on_changed(self, kind: Change) -> None:
        if kind in (Change.PLAN, Change.DOSES, Change.APPOINTMENTS, Change.SETTINGS):
            self.refresh_times()  # which reminds from what it read, like a tick
        if kind in (Change.PLAN, Change.DOSES, Change.APPOINTMENTS):
            self.sync_ics()

    def sync_ics(self):
        """Rewrite the chosen .ics file in the background so the system calendar follows the plan."""
        journal = self._journal()
        if journal is None:
            return None
        from tracker.ui.common.background import BackgroundOp
        from tracker.ui.reminders import reminders_data

        clock = self.clock
        self._ics_op = BackgroundOp(lambda _p: reminders_data.write_ics(journal, clock),
                                    on_success=lambda _r: None, on_failure=self._ics_failed, parent=self)
        return self._ics_op.start()

    def _ics_failed(self, exc: BaseException) -> None:
        from tracker.domain.errors import FolderNotWritable

        self._show_error(FolderNotWritable() if isinstance(exc, OSError) else exc)

    def _show_error(self, exc: BaseException) -> None:
        from tracker.ui.common.errors import show_error

        show_error(self.window, exc)

    # -- tray -------------------------------------------------------------------------------

    def _make_tray(self) -> None:
        app = QApplication.instance()
        icon = app.windowIcon() if not app.windowIcon().isNull() else app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.tray = QSystemTrayIcon(QIcon(icon), self)
        menu = QMenu()
        menu.addAction(self.tr("Show today's doses"), self.open_today)
        self.tray_taken = menu.addAction(self.tr("Mark the due doses taken"), self.take_due)
        self.tray_snooze = menu.addAction(self.tr("Snooze 10 minutes"), self.snooze)
        menu.addSeparator()
        menu.addAction(self.tr("Quit Treatment Journey"), self.quit_requested.emit)
        self.tray.setContextMenu(menu)
        self._menu = menu
        self.tray.activated.connect(self._tray_activated)
        self.tray.messageClicked.connect(self.open_today)
        self.tray.setToolTip(self.tr("Treatment Journey"))
        self._follow_tray(0)
        self.tray.show()

    def _tray_activated(self, reason) -> None:
        if reason != QSystemTrayIcon.ActivationReason.Context:
            self.open_today()

    def _follow_tray(self, count: int) -> None:
        if self.tray is None:
            return
        self.tray_taken.setEnabled(count > 0)
        self.tray_snooze.setEnabled(count > 0)
        if not count:
            tip = self.tr("Treatment Journey")
        elif count == 1:
            tip = self.tr("Treatment Journey: 1 dose to mark")
        else:
            tip = self.tr("Treatment Journey: {n} doses to mark").format(n=QLocale().toString(count))
        self.tray.setToolTip(tip)

    # -- the tick -----------------------------------------------------------------------------

    def _due_instants(self) -> list[tuple[datetime, int]]:
        """While locked: (instant, open doses at it) due from the start of today until now, from the times in memory."""
        now = self.clock.now()
        start = datetime.combine(now.date(), datetime.min.time(), now.tzinfo)
        # Doses she said she took (waiting for the unlock to be recorded) are not due any more.
        return [(t.at, t.count) for t in self.times.between(start, now + timedelta(seconds=1))
                if t.at not in self._pending_taken]

    def _repeat(self) -> timedelta | None:
        """While locked: the repeat interval kept with the times."""
        minutes = self.times.repeat_minutes
        return timedelta(minutes=minutes) if minutes else None

    def tick(self) -> None:
        """Every 30 seconds: remind of what is due. Unlocked, what is due is read on the task
        runner and reminded of when it arrives; locked, from the times in memory at once."""
        if self.clock.today() != self._day:  # past midnight: Today and the calendar move on
            self._day = self.clock.today()
            self._last_notified.clear()
            if self.unlocked:
                self.ctx.events.notify(Change.DOSES)  # which reads the coming times again, and reminds
                return
        if self.unlocked:
            self._load()
            return
        self._remind_appointments(self.times.appointments_due(self.clock.now()))
        self._remind(self._due_instants(), self._repeat())

    def _remind(self, due: list[tuple[datetime, int]], repeat: timedelta | None) -> None:
        """Show (or take down) the dose notification for what is due now."""
        count = sum(n for _at, n in due)
        self.due_changed.emit(count)
        self._follow_tray(count)
        now = self.clock.now()
        if not due:
            if self._shown_due:
                self._shown_due = []
                self.notifier.withdraw()
            self._last_notified.clear()
            return
        if self._snoozed_until is not None and now < self._snoozed_until:
            return
        fresh = [at for at, _n in due
                 if at not in self._last_notified or (repeat is not None and now - self._last_notified[at] >= repeat)]
        snooze_over = self._snoozed_until is not None
        if fresh or snooze_over:
            self._snoozed_until = None
            for at, _n in due:
                self._last_notified[at] = now
            self._shown_due = [at for at, _n in due]
            self.notify(count)

    def notify(self, count: int) -> None:
        title = self.tr("Treatment Journey")
        # Never the drug's name: notifications can show on a locked screen.
        message = self.tr("A dose is due.") if count == 1 else self.tr("%n doses are due.", "", count)
        actions = [(notify.DEFAULT, self.tr("Show today's doses")), (notify.TAKEN, self.tr("Taken")),
                   (notify.SNOOZE, self.tr("Snooze 10 min"))]
        if not self.notifier.show(title, message, actions) and self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 0)

    def _notifier_failed(self) -> None:
        """No notification service after all: the tray carries this and later reminders."""
        self._last_notified.clear()
        self.tick()

    # -- appointments: once each, at the lead time she chose ------------------------------------

    def _remind_appointments(self, due: list[reminder_times.AppointmentTime]) -> None:
        """Show each appointment reminder once when its time has come; take it down once started."""
        now = self.clock.now()
        # Started, moved or deleted: forget it, and take it off the screen.
        self._appointments_notified &= set(due)
        if self._appointments_shown and not set(self._appointments_shown) & set(due):
            self._appointments_shown = []
            self.appointment_notifier.withdraw()
        if self._appointments_snoozed_until is not None:
            if now < self._appointments_snoozed_until:
                return
            self._appointments_snoozed_until = None
        fresh = [a for a in due if a not in self._appointments_notified]
        if not fresh:
            return
        self._appointments_notified |= set(fresh)
        self._appointments_shown = sorted(set(fresh) | (set(self._appointments_shown) & set(due)))
        self.notify_appointments(self._appointments_shown)

    def notify_appointments(self, due: list[reminder_times.AppointmentTime]) -> None:
        title = self.tr("Treatment Journey")
        # Only the time: never what or where (notifications can show on a locked screen).
        first = min(a.starts_at for a in due).astimezone(self.clock.zone)
        at = QLocale().toString(QTime(first.hour, first.minute), QLocale.FormatType.ShortFormat)
        tomorrow = first.date() > self.clock.today()
        if len({a.starts_at for a in due}) == 1:
            message = (self.tr("An appointment tomorrow at {time}.") if tomorrow
                       else self.tr("An appointment at {time}.")).format(time=at)
        else:
            message = (self.tr("Appointments are coming up, the first tomorrow at {time}.") if tomorrow
                       else self.tr("Appointments are coming up, the first at {time}.")).format(time=at)
        actions = [(notify.DEFAULT, self.tr("Show appointments")), (notify.SNOOZE, self.tr("Snooze 10 min"))]
        if not self.appointment_notifier.show(title, message, actions) and self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 0)

    def _appointment_notifier_failed(self) -> None:
        """No notification service after all: the tray says it."""
        self._appointments_notified -= set(self._appointments_shown)
        self._appointments_shown = []
        self.tick()

    def _appointment_action(self, key: str) -> None:
        if key == notify.SNOOZE:
            self.snooze_appointments()
        elif key == notify.DEFAULT:
            self._appointments_shown = []  # answered: the notification has gone
            self.open_appointments()

    def snooze_appointments(self) -> None:
        """The same reminder again in 10 minutes (if the appointment has not started by then)."""
        self._appointments_snoozed_until = self.clock.now() + SNOOZE
        self._appointments_notified -= set(self._appointments_shown)
        self._appointments_shown = []
        self.appointment_notifier.withdraw()

    def open_appointments(self) -> None:
        self.show_requested.emit()
        if self.ctx is not None:
            self.ctx.events.navigate.emit("plan", "calendar")

    # -- what she can do with a reminder ------------------------------------------------------------

    def _action(self, key: str) -> None:
        if key == notify.TAKEN:
            self.take_due()
        elif key == notify.SNOOZE:
            self.snooze()
        elif key == notify.DEFAULT:
            self.open_today()

    def open_today(self) -> None:
        self.show_requested.emit()
        if self.ctx is not None:
            self.ctx.events.navigate.emit("today", None)

    def snooze(self) -> None:
        self._snoozed_until = self.clock.now() + SNOOZE
        self._shown_due = []
        self.notifier.withdraw()

    def take_due(self) -> None:
        """"Taken": mark the doses the reminder is about; when locked, after the unlock."""
        if not self.unlocked:
            instants = list(self._shown_due) or [at for at, _n in self._due_instants()]
        else:
            instants = list(self._shown_due) or None  # None: those due now, read with the write
        self._shown_due = []
        self.notifier.withdraw()
        if instants == []:
            return
        if not self.unlocked:
            self._pending_taken = sorted(set(self._pending_taken) | set(instants))
            self.unlock_requested.emit()
            return
        self._mark_taken(instants)

    def _mark_taken(self, instants: list[datetime] | None) -> None:
        """Record the doses at `instants` (None: those due now) as taken by the patient, on the journal lane."""
        from tracker.ui.common import journal_write
        from tracker.ui.reminders import reminders_data

        ctx, clock = self.ctx, self.clock
        journal = ctx.journal

        def marked(done: list[datetime]) -> None:
            for at in done:
                self._last_notified.pop(at, None)
            if done and ctx is self.ctx:  # Today and the coming times follow
                ctx.events.notify(Change.DOSES)

        def refused(exc: KnownError) -> None:
            self._show_error(exc)
            marked(instants or [])  # some may have been recorded before it stopped

        journal_write.write(lambda: reminders_data.mark_taken(journal, clock, instants), owner=self,
                            on_saved=marked, on_refused=refused)

    # -- doses missed while closed (or locked) -----------------------------------------------

    def _show_missed(self, missed: list) -> None:
        """The doses not marked since the app last ran (read at unlock): ask what happened."""
        from tracker.ui.reminders.missed_dialog import MissedDialog

        # Doses due after this process started were reminded of while the app was locked.
        closed = any(r.when < self._started_at for r in missed)
        # The top-level window by now (the view that started us has been placed in it).
        parent = self.window.window() if self.window is not None else None
        self.missed_dialog = MissedDialog(missed, parent, while_closed=closed)
        self.missed_dialog.chosen.connect(lambda choice: self._resolve(missed, choice))
        # Answered or closed by her: "last seen" may move on. Locked first (detach reads the
        # flag before it closes the list), it shows again at the next unlock.
        self.missed_dialog.finished.connect(self._missed_seen)
        self.missed_dialog.show()

    def _missed_seen(self, _result: int) -> None:
        self._missed_pending = False

    def _resolve(self, missed: list, choice: str) -> None:
        from tracker.services import doses
        from tracker.ui.common import journal_write
        from tracker.ui.reminders import reminders_data

        if choice not in (doses.TAKEN, doses.MISSED) or not self.unlocked:
            return
        ctx, clock = self.ctx, self.clock
        journal, who = ctx.journal, ctx.current_person_id

        def recorded(_result) -> None:
            if ctx is self.ctx:
                ctx.events.notify(Change.DOSES)

        journal_write.write(lambda: reminders_data.resolve_missed(journal, clock, missed, choice, who), owner=self,
                            on_saved=recorded, on_refused=self._show_error)

    def shutdown(self) -> None:
        self.timer.stop()
        leaving = self.detach()
        if leaving is not None:  # quitting: "last seen" is written before the journal closes
            leaving.wait(30000)
        self.notifier.stop()
        self.appointment_notifier.stop()
        if self.tray is not None:
            self.tray.hide()
