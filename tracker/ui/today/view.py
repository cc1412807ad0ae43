"""Today: doses due today and overdue (model/view list), appointments coming up.

One click on a dose's box marks it taken now; the buttons mark the chosen dose missed,
skipped or held by the team, or taken at another time. Shortcuts: Space ticks the chosen
dose as taken · Ctrl+Shift+M missed · Ctrl+Shift+K skipped · Ctrl+Shift+H held by the team
· Ctrl+Z / Ctrl+Shift+Z undo / redo.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QLocale, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import KnownError
from tracker.services import appointments, doses, people, plan
from tracker.ui.common.empty_state import EmptyState
from tracker.ui.common.errors import show_error
from tracker.ui.plan import actions, words
from tracker.ui.plan.row_delegate import RoomyRowDelegate
from tracker.ui.today.model import DoseListModel

#: How far back open doses are listed as overdue (older ones stay in the calendar).
OVERDUE_DAYS = 3


def create_view(ctx, parent: QWidget | None = None) -> TodayView:
    return TodayView(ctx, parent)


class TodayView(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.empty = EmptyState(
            self.tr("No plan yet"),
            self.tr("Add the treatment your team gave you. Then this page shows what is due each day, "
                    "and you can tick each dose off in one click."),
            self.tr("Add my treatment plan"), lambda: ctx.events.navigate.emit("plan", "new"))
        from tracker.ui.plan.view import fit_empty_state

        fit_empty_state(self.empty)
        # Before any treatment is entered, a coming appointment still shows here.
        self.empty_next = QLabel()
        self.empty_next.setWordWrap(True)
        self.empty_next.hide()
        self.empty.add_extra(self.empty_next)
        self.stack.addWidget(self.empty)

        page = QWidget()
        self.stack.addWidget(page)
        layout = QVBoxLayout(page)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.cycles = QLabel()
        self.cycles.setWordWrap(True)
        layout.addWidget(self.cycles)
        due_label = QLabel(self.tr("&Doses due (tick the box when taken)"))
        layout.addWidget(due_label)
        self.model = DoseListModel(self._ticked, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(RoomyRowDelegate(self.list))  # the status line shows in every language
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Doses due today and overdue"))
        due_label.setBuddy(self.list)
        layout.addWidget(self.list, 2)
        self.nothing = QLabel(self.tr("Nothing is due today. Enjoy the day."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.nothing)
        row = QHBoxLayout()
        self.taken_button = QPushButton(self.tr("Taken now"))
        self.earlier_button = QPushButton(self.tr("Taken at another time…"))
        self.missed_button = QPushButton(self.tr("Missed"))
        self.skipped_button = QPushButton(self.tr("Skipped"))
        self.held_button = QPushButton(self.tr("Held by the team"))
        self.undo_button = QPushButton(self.tr("Undo"))
        # The tooltips name the keys, so people who find the mouse hard can learn them.
        for b, tip in ((self.taken_button, self.tr("Mark the chosen dose taken now (Space)")),
                       (self.earlier_button, self.tr("Mark the chosen dose taken at a time you choose")),
                       (self.missed_button, self.tr("Mark the chosen dose missed (Ctrl+Shift+M)")),
                       (self.skipped_button, self.tr("Mark the chosen dose skipped on purpose (Ctrl+Shift+K)")),
                       (self.held_button, self.tr("Your team told you not to take this dose (Ctrl+Shift+H)"))):
            b.setToolTip(tip)
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.undo_button)
        layout.addLayout(row)
        self.who = QLabel()
        layout.addWidget(self.who)
        appt_label = QLabel(self.tr("&Appointments in the next 60 days"))
        layout.addWidget(appt_label)
        self.appt_model = QStringListModel(self)
        self.appt_list = QListView()
        self.appt_list.setModel(self.appt_model)
        self.appt_list.setAccessibleName(self.tr("Coming appointments"))
        self.appt_list.setMaximumHeight(110)
        appt_label.setBuddy(self.appt_list)
        # Enter or a double-click opens the Plan calendar, where appointments are added and changed.
        self.appt_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.appt_list.setToolTip(self.tr("Press Enter or double-click to see or change it in the Plan calendar"))
        self.appt_list.activated.connect(lambda _index: ctx.events.navigate.emit("plan", "calendar"))
        layout.addWidget(self.appt_list, 1)

        self.taken_button.clicked.connect(lambda: self.mark(doses.TAKEN))
        self.earlier_button.clicked.connect(self.mark_taken_earlier)
        self.missed_button.clicked.connect(lambda: self.mark(doses.MISSED))
        self.skipped_button.clicked.connect(lambda: self.mark(doses.SKIPPED))
        self.held_button.clicked.connect(lambda: self.mark(doses.HELD))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        actions.bind_undo_button(self.undo_stack, self.undo_button)
        for keys, slot in (("Space", lambda: self.mark(doses.TAKEN)), ("Ctrl+Shift+M", lambda: self.mark(doses.MISSED)),
                           ("Ctrl+Shift+K", lambda: self.mark(doses.SKIPPED)), ("Ctrl+Shift+H", lambda: self.mark(doses.HELD)),
                           (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
            shortcut = QShortcut(QKeySequence(keys), self.list if keys == "Space" else self, activated=slot)
            if keys == "Space":
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        ctx.events.changed.connect(self._on_changed)
        self._start_reminders()
        self.refresh()

    def _start_reminders(self) -> None:
        from tracker.ui.reminders.controller import ensure_started

        ensure_started(self.ctx, self.window())

    def _on_changed(self, kind: str) -> None:
        if kind in ("plan", "doses", "people", "appointments"):
            self.refresh()

    def refresh(self) -> None:
        journal, clock = self.ctx.journal, self.ctx.clock
        items = plan.scheduled_drugs(journal)
        if not items:
            self.stack.setCurrentIndex(0)
            coming = appointments.upcoming(journal, clock.now(), days=60)
            if coming:
                first = coming[0].local(clock.zone)
                self.empty_next.setText(self.tr("Next appointment: {day} {time} — {what}").format(
                    day=words.medium_date(first.date()), time=words.time_text(first.time()),
                    what=words.appointment_kind_label(coming[0].kind)))
            self.empty_next.setVisible(bool(coming))
            return
        self.stack.setCurrentIndex(1)
        today = clock.today()
        self.title.setText(self.tr("Today, {day}").format(day=words.long_date(today)))
        from tracker.ui.plan.view import current_cycle_lines

        self.cycles.setText("\n".join(current_cycle_lines(items, today)))
        listing = doses.today_list(journal, clock, overdue_days=OVERDUE_DAYS)
        everyone = people.list_people(journal, include_archived=True)
        names = {p.id: p.name for p in everyone}
        patient_id = next((p.id for p in everyone if p.is_patient), None)
        selected = self.current_dose()
        self.model.set_rows(listing.today, listing.overdue, names, patient_id, clock.zone)
        self.nothing.setVisible(not listing.today and not listing.overdue)
        row = self.model.row_of(selected.key) if selected else -1
        if row < 0:
            row = next((i for i in range(self.model.rowCount()) if self.model.dose(i).open), 0)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(row))
        who = names.get(self.ctx.current_person_id) if self.ctx.current_person_id else None
        self.who.setText(self.tr("Marking as: {name}").format(name=who) if who else "")
        zone = clock.zone
        upcoming = appointments.upcoming(journal, clock.now(), days=60)
        self.appt_model.setStringList([
            self.tr("{day} {time} — {what}{place}").format(
                day=words.medium_date(a.local(zone).date()), time=words.time_text(a.local(zone).time()),
                what=words.appointment_kind_label(a.kind), place=f", {a.place}" if a.place else "")
            for a in upcoming] or [self.tr("No appointments entered. Add them on the Plan page, Calendar tab.")])

    def current_dose(self):
        return self.model.dose(self.list.currentIndex().row())

    # --- marking -------------------------------------------------------------------
    def _ticked(self, dose, checked: bool) -> None:
        if checked:
            self.mark(doses.TAKEN, dose)
        elif dose.status == doses.TAKEN:
            self.mark(None, dose)

    def mark(self, status: str | None, dose=None, at: datetime | None = None) -> None:
        """Record `status` for the dose (None clears it); undoable."""
        dose = dose or self.current_dose()
        if dose is None:
            return
        journal, clock, who = self.ctx.journal, self.ctx.clock, self.ctx.current_person_id
        try:
            if status is None:
                if dose.event_id is None:
                    return
                cleared = doses.Recorded(dose.event_id, None)
                actions.run(self.undo_stack, "clear", lambda: doses.undo(journal, cleared),
                            lambda _r: doses.redo(journal, cleared), after=self._changed)
                return
            actions.run(self.undo_stack, status,
                        lambda: doses.record(journal, clock, dose, status, entered_by_id=who, at=at),
                        lambda rec: doses.undo(journal, rec), redo=lambda rec: doses.redo(journal, rec),
                        after=self._changed)
        except KnownError as exc:
            show_error(self, exc)
            self.refresh()

    def mark_taken_earlier(self) -> None:
        dose = self.current_dose()
        if dose is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("When was it taken?"))
        box = QVBoxLayout(dialog)
        now = self.ctx.clock.now()
        edit = QDateTimeEdit(now.replace(tzinfo=None))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy  " + QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        edit.setAccessibleName(self.tr("Date and time taken"))
        self.earlier_edit = edit  # tests read it
        box.addWidget(QLabel(self.tr("{name}, planned for {day}").format(name=dose.name, day=words.medium_date(dose.day))))
        box.addWidget(edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        box.addWidget(buttons)
        if dialog.exec():
            value = edit.dateTime()
            d, t = value.date(), value.time()
            at = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.ctx.clock.zone)
            if at > now + timedelta(minutes=1):
                from tracker.domain.errors import ValidationError

                show_error(self, ValidationError("That time is in the future. Choose when the dose was taken."))
                return
            self.mark(doses.TAKEN, dose, at)

    def _changed(self) -> None:
        self.ctx.events.changed.emit("doses")
