"""Reminders for as long as the app runs: unlocked, locked, or started at login.

One controller per process (the start flow owns it; a main window on its own makes its own).
It outlives every lock: while the journal is open it asks the reminders service what is due
and keeps the coming due times (times and a count, nothing else) in memory; while locked it
reminds from those times. If the patient chose to keep them, the times are also in a small
file beside the journal, so a start at login reminds before anyone unlocks.

Every 30 seconds it checks what is due and shows one notification ("A dose is due"),
replacing it at each repeat until the doses are marked. The notification offers "Taken"
(recorded as taken by the patient; when locked, the unlock window opens and the doses are
marked right after unlocking), "Snooze 10 min", and a click that shows Today.

Appointments (clinic visits, each radiotherapy or procedure day) remind in a notification of
their own ("An appointment at 10:30"), once, at the lead time she chose; it offers "Snooze
10 min" and a click that shows the Plan's calendar. It never says what or where.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
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

    existing = getattr(ctx, "_reminder_controller", None)
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
        self._seen_before: datetime | None = None
        self._day = clock.today()
        self._started_at = clock.now()
        self.missed_dialog = None
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
        """The journal is open (start or unlock): remind from it, then mark anything pressed while locked."""
        if self.ctx is not None and self.ctx is not ctx:
            self.detach()
        self.ctx = ctx
        ctx._reminder_controller = self
        ctx.events.changed.connect(self._on_changed)
        from tracker.services import reminders

        self._day = self.clock.today()
        # Read now: a tick before the missed list is shown moves "last seen" on.
        self._seen_before = reminders.last_seen(ctx.journal)
        self.refresh_times(report=True)
        pending, self._pending_taken = self._pending_taken, []
        if pending:
            self._mark_taken(pending)
        QTimer.singleShot(0, self.show_missed)
        QTimer.singleShot(0, self.tick)
        QTimer.singleShot(0, self.sync_ics)  # the calendar file moves on to today's plan

    def detach(self) -> None:
        """Before the journal closes (lock, quit): keep the coming times, let go of the journal."""
        if self.ctx is None:
            return
        if self.unlocked:
            from tracker.services import reminders

            try:
                self.refresh_times(report=False)
                reminders.mark_seen(self.ctx.journal, self.clock)
            except KnownError:
                pass  # locking must go on; the times in memory stay, the next unlock writes them again
        try:
            self.ctx.events.changed.disconnect(self._on_changed)
        except RuntimeError:
            pass  # its owner was already deleted
        if self.missed_dialog is not None:
            self.missed_dialog.close()
            self.missed_dialog = None
        self.ctx = None

    def load_saved_times(self, journal_id: str) -> bool:
        """At a start with the journal still locked: the times the patient chose to keep, if any."""
        saved = reminder_times.load(reminder_times.file_path(self.data_dir, journal_id))
        if saved is None:
            return False
        self.times = saved
        QTimer.singleShot(0, self.tick)
        return True

    def refresh_times(self, *, report: bool = True) -> None:
        """Work out the coming times again; write (or remove) the saved copy as she chose."""
        if not self.unlocked:
            return
        from tracker.services import appointment_reminders, reminders

        journal = self.ctx.journal
        self.enabled = (reminders.load_settings(journal).enabled
                        or appointment_reminders.load_settings(journal).enabled)
        self.times = reminder_times.compute(journal, self.clock)
        try:
            reminder_times.refresh_file(journal, self.data_dir, self.times)
        except KnownError as exc:  # a full disk, a folder made read-only: say so, remind from memory
            if not report:
                raise
            self._show_error(exc)

    def _on_changed(self, kind: Change) -> None:
        if kind in (Change.PLAN, Change.DOSES, Change.APPOINTMENTS, Change.SETTINGS):
            self.refresh_times()
            self.tick()
        if kind in (Change.PLAN, Change.DOSES, Change.APPOINTMENTS):
            self.sync_ics()

    def sync_ics(self):
        """Rewrite the chosen .ics file in the background so the system calendar follows the plan."""
        from tracker.services import reminders

        if not self.unlocked:
            return None
        path = reminders.load_settings(self.ctx.journal).ics_path
        if not path:
            return None
        # Only with a calendar file chosen: icalendar (with dateutil) is 5 MB resident.
        from tracker.services import calendar_ics
        from tracker.ui.common.background import BackgroundOp

        journal, clock = self.ctx.journal, self.clock
        self._ics_op = BackgroundOp(lambda _p: calendar_ics.write_ics(journal, clock, path),
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
        """(instant, open doses at it) due from the start of today until now."""
        now = self.clock.now()
        start = datetime.combine(now.date(), datetime.min.time(), now.tzinfo)
        if self.unlocked:
            from tracker.services import reminders

            prefs = reminders.load_settings(self.ctx.journal)
            due = reminders.due_now(self.ctx.journal, self.clock) if prefs.enabled else []
            counts: dict[datetime, int] = {}
            for r in due:
                at = r.when.astimezone(UTC)
                counts[at] = counts.get(at, 0) + 1
            return sorted(counts.items())
        # Doses she said she took (waiting for the unlock to be recorded) are not due any more.
        return [(t.at, t.count) for t in self.times.between(start, now + timedelta(seconds=1))
                if t.at not in self._pending_taken]

    def _repeat(self) -> timedelta | None:
        minutes = self.times.repeat_minutes
        if self.unlocked:
            from tracker.services import reminders

            minutes = reminders.load_settings(self.ctx.journal).repeat_minutes
        return timedelta(minutes=minutes) if minutes else None

    def tick(self) -> None:
        if self.clock.today() != self._day:  # past midnight: Today and the calendar move on
            self._day = self.clock.today()
            self._last_notified.clear()
            if self.unlocked:
                self.ctx.events.notify(Change.DOSES)  # which also works out the coming times again
                return  # the "doses" event calls tick() again
        self.tick_appointments()
        try:
            due = self._due_instants()
            repeat = self._repeat()
            if self.unlocked:
                from tracker.services import reminders

                reminders.mark_seen(self.ctx.journal, self.clock)
        except KnownError:
            return
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

    def _appointments_due(self) -> list[reminder_times.AppointmentTime]:
        if self.unlocked:
            from tracker.services import appointment_reminders

            return sorted({reminder_times.appointment_time(r.when, r.starts_at)
                           for r in appointment_reminders.due_now(self.ctx.journal, self.clock)})
        return self.times.appointments_due(self.clock.now())

    def tick_appointments(self) -> None:
        try:
            due = self._appointments_due()
        except KnownError:
            return
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
        self.tick_appointments()

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
        instants = list(self._shown_due) or [at for at, _n in self._due_instants()]
        self._shown_due = []
        self.notifier.withdraw()
        if not instants:
            return
        if not self.unlocked:
            self._pending_taken = sorted(set(self._pending_taken) | set(instants))
            self.unlock_requested.emit()
            return
        self._mark_taken(instants)

    def _mark_taken(self, instants: list[datetime]) -> None:
        from tracker.services import doses, people, reminders

        journal = self.ctx.journal
        try:
            patient = people.patient(journal).id
            for at in instants:
                for r in reminders.reminders_between(journal, self.clock, at, at + timedelta(minutes=1)):
                    doses.record(journal, self.clock, r.dose, doses.TAKEN, entered_by_id=patient)
        except KnownError as exc:
            self._show_error(exc)
        for at in instants:
            self._last_notified.pop(at, None)
        self.ctx.events.notify(Change.DOSES)

    # -- doses missed while closed (or locked) -----------------------------------------------

    def show_missed(self) -> None:
        if not self.unlocked:
            return
        from tracker.services import reminders

        journal = self.ctx.journal
        since, self._seen_before = self._seen_before, None
        if since is None:
            reminders.mark_seen(journal, self.clock)
            return
        missed = reminders.missed_since(journal, self.clock, since)
        reminders.mark_seen(journal, self.clock)
        if not missed:
            return
        from tracker.ui.reminders.missed_dialog import MissedDialog

        # Doses due after this process started were reminded of while the app was locked.
        closed = any(r.when < self._started_at for r in missed)
        # The top-level window by now (the view that started us has been placed in it).
        parent = self.window.window() if self.window is not None else None
        self.missed_dialog = MissedDialog(missed, parent, while_closed=closed)
        self.missed_dialog.chosen.connect(lambda choice: self._resolve(missed, choice))
        self.missed_dialog.show()

    # Kept for callers and tests that use the old name.
    show_missed_while_closed = show_missed

    def _resolve(self, missed: list, choice: str) -> None:
        from tracker.services import doses

        if choice not in (doses.TAKEN, doses.MISSED) or not self.unlocked:
            return
        who = self.ctx.current_person_id
        for r in missed:
            try:
                # "I took them all": at the planned time (the best the app knows).
                at = r.when if choice == doses.TAKEN else None
                doses.record(self.ctx.journal, self.clock, r.dose, choice, entered_by_id=who, at=at)
            except KnownError:
                continue
        self.ctx.events.notify(Change.DOSES)

    def shutdown(self) -> None:
        self.timer.stop()
        self.detach()
        self.notifier.stop()
        self.appointment_notifier.stop()
        if self.tray is not None:
            self.tray.hide()
