"""Today, the home page: "How are you today?", the day's doses by time of day, what is next.

The alert card sits above (the main window's banner). One click on a dose's box marks it
taken now; "Mark all taken" on a group heading (or its button) marks every open dose of
that time of day in one undoable step; the buttons mark the chosen dose missed, skipped or
held by the team, or taken at another time. Shortcuts: Space ticks the chosen dose as taken
· Ctrl+Shift+A all of its group taken · Ctrl+Shift+M missed · Ctrl+Shift+K skipped
· Ctrl+Shift+H held by the team · Ctrl+Z undo (dose marks and the check-in alike; a
check-in is redone from the Diary, whose undo history holds it; dose marks are steps of the
session's plan history, `ctx.plan`, so the Plan's Undo takes them back too) · Ctrl+Shift+Z
redo a dose mark · 0-4 in the check-in rate and move on, Ctrl+Enter saves it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from tracker.domain.errors import KnownError
from tracker.services import doses
from tracker.ui.common import errors, icons, style
from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.empty_state import EmptyState
from tracker.ui.common.errors import show_error
from tracker.ui.common.flow_layout import FlowLayout
from tracker.ui.context import Change
from tracker.ui.plan import actions, words
from tracker.ui.plan.use_case import plan_use_case
from tracker.ui.today import groups, today_data
from tracker.ui.today.checkin import CheckInCard
from tracker.ui.today.dose_delegate import DoseDelegate
from tracker.ui.today.fit_list import FitListView
from tracker.ui.today.model import DoseListModel
from tracker.ui.today.next_up import NextUpCard
from tracker.ui.today.today_data import TodayData


def create_view(ctx, parent: QWidget | None = None) -> TodayView:
    return TodayView(ctx, parent)


class TodayView(QWidget):
    #: Below this width the cards stack in one column (1024×600 with the sidebar, large text).
    TWO_COLUMNS_MIN_WIDTH = 940

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: The session's plan use case: dose marks are steps of its one undo history, which the
        #: Plan's Undo takes back as well (and Ctrl+Z here takes back a Plan change).
        self.use_case = plan_use_case(ctx)
        self.undo_stack = self.use_case.undo
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
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

        # The whole page scrolls as one (never a dialog-like box with its own scroll bars).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a control
        self.stack.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        self.page = page
        layout = QVBoxLayout(page)
        margin = style.space(6)
        layout.setContentsMargins(margin, style.space(4), margin, margin)
        layout.setSpacing(style.space(4))
        head = QHBoxLayout()
        self.heading = style.label(self.tr("Today"), "title", wrap=False)
        self.title = style.label("", "subheading", tint_as="muted")
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.title)
        head.addLayout(titles, 1)
        self.who = style.label("", "body", wrap=False, tint_as="muted")
        head.addWidget(self.who, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(head)

        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(style.space(4))
        left = QVBoxLayout()
        left.setSpacing(style.space(4))
        self.checkin = CheckInCard(ctx)
        #: The dose-mark undo position when the check-in last saved (its undo is the diary's).
        self._checkin_at: int | None = None
        self.checkin.saved.connect(self._checked_in)
        left.addWidget(self.checkin)
        self.doses_card = style.Card(self.tr("Doses today"))
        left.addWidget(self.doses_card)
        left.addStretch(1)
        self.columns.addLayout(left, 3)
        self.next_up = NextUpCard(ctx)
        right = QVBoxLayout()
        right.addWidget(self.next_up)
        right.addStretch(1)
        self.columns.addLayout(right, 2)
        layout.addLayout(self.columns, 1)
        # Kept as attributes: the reminder controller and tests read them here.
        self.cycles = self.next_up.cycles
        self.appt_list, self.appt_model = self.next_up.appt_list, self.next_up.appt_model

        card = self.doses_card.body
        self.model = DoseListModel(self._ticked, self)
        self.list = FitListView()
        due_label = style.label(self.tr("&Doses are grouped by time of day. Tick the box when a dose is taken."),
                                "body", tint_as="muted", buddy=self.list)
        card.addWidget(due_label)
        self.list.setModel(self.model)
        self.delegate = DoseDelegate(self.list)
        self.delegate.mark_group.connect(self.mark_group_taken)
        self.list.setItemDelegate(self.delegate)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.viewport().setAutoFillBackground(False)
        self.list.setAccessibleName(self.tr("Doses due today and overdue"))
        card.addWidget(self.list)
        self.nothing = style.label(self.tr("Nothing is due today. Enjoy the day."), "body")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card.addWidget(self.nothing)
        buttons = QWidget()
        row = FlowLayout(buttons, style.space(2))
        self.taken_button = QPushButton(self.tr("Taken now"))
        self.group_button = QPushButton()
        self.earlier_button = QPushButton(self.tr("Taken at another time…"))
        self.missed_button = QPushButton(self.tr("Missed"))
        self.skipped_button = QPushButton(self.tr("Skipped"))
        self.held_button = QPushButton(self.tr("Held by the team"))
        self.undo_button = QPushButton(self.tr("Undo"))
        # The tooltips name the keys, so people who find the mouse hard can learn them.
        for b, tip in ((self.taken_button, self.tr("Mark the chosen dose taken now (Space)")),
                       (self.group_button, self.tr("Mark every open dose of this time of day taken now (Ctrl+Shift+A)")),
                       (self.earlier_button, self.tr("Mark the chosen dose taken at a time you choose")),
                       (self.missed_button, self.tr("Mark the chosen dose missed (Ctrl+Shift+M)")),
                       (self.skipped_button, self.tr("Mark the chosen dose skipped on purpose (Ctrl+Shift+K)")),
                       (self.held_button, self.tr("Your team told you not to take this dose (Ctrl+Shift+H)"))):
            b.setToolTip(tip)
            row.addWidget(b)
        row.addWidget(self.undo_button)
        card.addWidget(buttons)
        icons.set_icon(self.taken_button, "taken")
        icons.set_icon(self.group_button, "all_taken")
        icons.set_icon(self.undo_button, "undo")

        self.taken_button.clicked.connect(lambda: self.mark(doses.TAKEN))
        self.group_button.clicked.connect(lambda: self.mark_group_taken(self._current_group()))
        self.earlier_button.clicked.connect(self.mark_taken_earlier)
        self.missed_button.clicked.connect(lambda: self.mark(doses.MISSED))
        self.skipped_button.clicked.connect(lambda: self.mark(doses.SKIPPED))
        self.held_button.clicked.connect(lambda: self.mark(doses.HELD))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        actions.bind_undo_button(self.undo_stack, self.undo_button)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_group_button())
        for keys, slot in (("Space", lambda: self.mark(doses.TAKEN)), ("Ctrl+Shift+M", lambda: self.mark(doses.MISSED)),
                           ("Ctrl+Shift+K", lambda: self.mark(doses.SKIPPED)), ("Ctrl+Shift+H", lambda: self.mark(doses.HELD)),
                           ("Ctrl+Shift+A", lambda: self.mark_group_taken(self._current_group())),
                           (QKeySequence.StandardKey.Undo, self.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
            shortcut = QShortcut(QKeySequence(keys), self.list if keys == "Space" else self, activated=slot)
            if keys == "Space":
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        # Blank until the first read lands (not "No plan yet" for a moment on a journal with a plan).
        self.stack.addWidget(QWidget())
        self.stack.setCurrentIndex(2)
        ctx.events.changed.connect(self._on_changed)
        self._start_reminders()
        self.refresh()

    def _checked_in(self, _result) -> None:
        self._checkin_at = self.undo_stack.index()

    def undo(self) -> None:
        """Ctrl+Z: take back what was done last here, a dose mark or the check-in (which the
        Diary's undo history holds)."""
        if self.checkin.last_log_id is not None and self._checkin_at == self.undo_stack.index():
            self._checkin_at = None
            self.checkin.undo_last()
        else:
            self.undo_stack.undo()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        wide = event.size().width() >= self.TWO_COLUMNS_MIN_WIDTH * max(1.0, style.unit() / 4)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def _start_reminders(self) -> None:
        from tracker.ui.reminders.controller import ensure_started

        ensure_started(self.ctx, self.window())

    def _on_changed(self, kind: Change) -> None:
        if kind in (Change.PLAN, Change.DOSES, Change.PEOPLE, Change.APPOINTMENTS):
            self.refresh()

    def refresh(self) -> None:
        """Read the page on the task runner; it shows once read (a newer refresh drops an older read)."""
        journal, clock, person_id = self.ctx.journal, self.ctx.clock, self.ctx.current_person_id
        if journal is None:  # the journal is closing (locking): the view goes with it
            return
        op = BackgroundOp(lambda _progress: today_data.load(journal, clock, person_id), on_success=self.render,
                          key=f"today-{id(self)}", parent=self)
        op.finished.connect(op.deleteLater)
        op.start()

    def render(self, data: TodayData) -> None:
        """Show what `today_data.load` read."""
        if not data.has_plan:
            self.stack.setCurrentIndex(0)
            coming = data.upcoming
            if coming:
                first = coming[0].local(self.ctx.clock.zone)
                self.empty_next.setText(self.tr("Next appointment: {day} {time} — {what}").format(
                    day=words.medium_date(first.date()), time=words.time_text(first.time()),
                    what=words.appointment_kind_label(coming[0].kind)))
            self.empty_next.setVisible(bool(coming))
            return
        assert data.listing is not None and data.next_up is not None and data.checkin is not None
        self.stack.setCurrentIndex(1)
        today = data.today
        self.title.setText(words.long_date(today))
        self.title.setAccessibleName(self.tr("Today, {day}").format(day=words.long_date(today)))
        listing, names = data.listing, data.names
        selected = self.current_dose()
        self.model.set_rows(listing.today, listing.overdue, names, data.patient_id, self.ctx.clock.zone)
        self.list.updateGeometry()
        self.nothing.setVisible(not listing.today and not listing.overdue)
        self.list.setVisible(bool(listing.today or listing.overdue))
        row = self.model.row_of(selected.key) if selected else -1
        if row < 0:
            row = next((i for i in range(self.model.rowCount()) if self.model.dose(i).open), 0)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(row))
        self._update_group_button()
        who = names.get(self.ctx.current_person_id) if self.ctx.current_person_id else None
        self.who.setText(self.tr("Marking as: {name}").format(name=who) if who else "")
        self.next_up.render(data.next_up)
        self.checkin.show(data.checkin)

    def current_dose(self):
        return self.model.dose(self.list.currentIndex().row())

    # --- marking -------------------------------------------------------------------
    def _ticked(self, dose, checked: bool) -> None:
        if checked:
            self.mark(doses.TAKEN, dose)
        elif dose.status == doses.TAKEN:
            self.mark(None, dose)

    def mark(self, status: str | None, dose=None, at: datetime | None = None) -> None:
        """Record `status` for the dose (None clears it) on the task runner; undoable once written."""
        dose = dose or self.current_dose()
        if dose is None:
            return
        journal, clock, who = self.ctx.journal, self.ctx.clock, self.ctx.current_person_id
        if journal is None:  # locking
            return
        if status is None:
            if dose.event_id is not None:
                actions.clear_mark(self.use_case, journal, dose.event_id).then(refused=self._refused)
            return
        actions.mark_dose(self.use_case, journal, clock, dose, status, who, at).then(refused=self._refused)

    def _refused(self, exc: KnownError) -> None:
        """The service said no (the dose was changed elsewhere, say): say why, and show what is true now."""
        if not isValid(self):  # the history outlives the view: a refusal may land after it went
            return
        errors.show_error(self, exc)
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
        # Window-modal without a nested event loop: Save continues in `_taken_earlier`.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._taken_earlier(dose, edit.dateTime(), now))
        dialog.open()

    def _taken_earlier(self, dose, value, now: datetime) -> None:
        d, t = value.date(), value.time()
        at = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.ctx.clock.zone)
        if at > now + timedelta(minutes=1):
            from tracker.domain.errors import ValidationError

            show_error(self, ValidationError("That time is in the future. Choose when the dose was taken."))
            return
        self.mark(doses.TAKEN, dose, at)

    def _current_group(self) -> str | None:
        return self.model.group(self.list.currentIndex().row())

    def _update_group_button(self) -> None:
        group = self._current_group()
        open_rows = [r for r in self.model.rows_in_group(group) if self.model.dose(r).open] if group else []
        self.group_button.setText(self.tr("All {group} taken ({count})").format(
            group=groups.group_label(group).lower() if group else "", count=len(open_rows)) if group else "")
        self.group_button.setVisible(len(open_rows) >= 2)

    def mark_group_taken(self, group: str | None) -> None:
        """Mark every open dose of `group` taken now, as one step that one Undo takes back."""
        if group is None:
            return
        open_doses = [self.model.dose(r) for r in self.model.rows_in_group(group) if self.model.dose(r).open]
        if not open_doses:
            return
        journal, clock, who = self.ctx.journal, self.ctx.clock, self.ctx.current_person_id
        if journal is None:  # locking
            return
        actions.mark_all_taken(self.use_case, journal, clock, open_doses, who).then(refused=self._refused)
