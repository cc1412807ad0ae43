"""Plan section: the lines of treatment on a timeline, the current cycle, the drugs of the
chosen line with the team's changes, and a month calendar.

Shortcuts: Ctrl+Shift+N new line · Ctrl+Shift+D add a drug · Ctrl+Shift+E change the chosen
drug · Ctrl+Shift+L delay a cycle · Ctrl+Shift+A add an appointment · Ctrl+Shift+R add a
radiotherapy course or procedure · Ctrl+Z / Ctrl+Shift+Z undo / redo.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.services import plan
from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.empty_state import EmptyState
from tracker.ui.common.flow_layout import FlowLayout
from tracker.ui.common.links import WhatIsThisLink
from tracker.ui.context import Change
from tracker.ui.plan import actions, plan_data, words
from tracker.ui.plan.appointment_dialog import AppointmentDialog
from tracker.ui.plan.dialogs import AdjustDialog, EndLineDialog, LineDialog
from tracker.ui.plan.drug_dialog import DrugDialog
from tracker.ui.plan.drugs_model import PlanDrugsModel
from tracker.ui.plan.month_calendar import MonthCalendar
from tracker.ui.plan.row_delegate import RoomyRowDelegate
from tracker.ui.plan.timeline import TimelineWidget
from tracker.ui.plan.use_case import plan_use_case


def create_view(ctx, parent: QWidget | None = None) -> PlanView:
    return PlanView(ctx, parent)


def fit_empty_state(empty: QWidget) -> None:
    """Give the empty state's wrapped text the height it needs (centred word-wrapped labels
    in a box layout otherwise get one line's height and are clipped)."""
    for label in empty.findChildren(QLabel):
        if label.wordWrap():
            width = label.maximumWidth() if label.maximumWidth() < 10_000 else 520
            label.setMinimumSize(width, label.heightForWidth(width))


def current_cycle_lines(items, today: date) -> list[str]:
    """ "Palbociclib: Cycle 7, day 12 of 28" for each running drug with cycles or counted doses."""
    out = []
    for item in items:
        pos = plan.cycle_position(item, today)
        if pos is not None and pos.day_in_cycle is not None:
            out.append(words.tr("{name}: {cycle}").format(
                name=item.drug.display_name, cycle=words.cycle_text(pos.cycle, pos.day_in_cycle, pos.cycle_length)))
    return out


class PlanView(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: The session's plan use case: its one undo history also holds the doses marked on Today.
        self.use_case = plan_use_case(ctx)
        self.undo_stack = self.use_case.undo
        self._items: list = []
        self._lines: list = []
        self._treatments: list = []
        #: What runs once the next read is shown (select the line just saved, open its next form).
        self._after_render: list[Callable[[], None]] = []
        #: The last read asked for has been shown (actions that read the lists wait until then).
        self._fresh = False
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.empty = EmptyState(
            self.tr("No plan yet"),
            self.tr("Add the treatment your team gave you: start with a line of treatment (for example "
                    "letrozole and palbociclib), then its drugs and how often you take them."),
            self.tr("Add a line of treatment…"), self.new_line)
        fit_empty_state(self.empty)
        # Appointments often come before treatment starts: they can be added without a line.
        self.empty_appt_button = QPushButton(self.tr("Add an appointment…"))
        self.empty_appt_button.clicked.connect(self.add_appointment)
        self.empty.add_extra(self.empty_appt_button)
        self.empty_local_button = QPushButton(self.tr("Add a radiotherapy course or procedure…"))
        self.empty_local_button.clicked.connect(self.add_local_treatment)
        self.empty.add_extra(self.empty_local_button)
        self.empty.add_extra(WhatIsThisLink(ctx, "lines-of-treatment", self.tr("What is a line of treatment?")))
        self.stack.addWidget(self.empty)

        page = QWidget()
        self.stack.addWidget(page)
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("Your treatment plan"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        # Undo is visible, not only Ctrl+Z: removing something by mistake must be easy to take back.
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        actions.bind_undo_button(self.undo_stack, self.undo_button)
        # The links wrap under the title on a small screen or with large text.
        extras = QWidget()
        extras_row = FlowLayout(extras, 8)
        extras_row.addWidget(self.undo_button)
        extras_row.addWidget(WhatIsThisLink(ctx, "lines-of-treatment", self.tr("What is a line of treatment?")))
        extras_row.addWidget(WhatIsThisLink(ctx, "how-cycles-work", self.tr("How cycles work")))
        head.addWidget(extras, 1)
        layout.addLayout(head)
        self.cycle_label = QLabel()
        self.cycle_label.setWordWrap(True)
        layout.addWidget(self.cycle_label)

        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes focus, not the container
        layout.addWidget(self.tabs, 1)
        lines_tab = QWidget()
        lt = QVBoxLayout(lines_tab)
        self.timeline = TimelineWidget()
        lt.addWidget(self.timeline)
        # The line's buttons wrap under its box at 200 % text or 1024 px (a row scrolled sideways).
        line_row = QWidget()
        row = FlowLayout(line_row, 6)
        self.line_combo = QComboBox()
        self.line_combo.setAccessibleName(self.tr("Line of treatment"))
        self.line_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.line_combo.setMinimumContentsLength(24)
        label = QLabel(self.tr("L&ine:"))
        label.setBuddy(self.line_combo)
        line_choice = QWidget()
        choice_row = QHBoxLayout(line_choice)
        choice_row.setContentsMargins(0, 0, 0, 0)
        choice_row.addWidget(label)
        choice_row.addWidget(self.line_combo, 1)
        row.addWidget(line_choice)
        self.new_line_button = QPushButton(self.tr("New line…"))
        self.edit_line_button = QPushButton(self.tr("Edit line…"))
        self.end_line_button = QPushButton(self.tr("End line…"))
        for b in (self.new_line_button, self.edit_line_button, self.end_line_button):
            row.addWidget(b)
        lt.addWidget(line_row)
        self.line_info = QLabel()
        self.line_info.setWordWrap(True)
        lt.addWidget(self.line_info)
        self.drug_model = PlanDrugsModel(self)
        self.drug_list = QListView()
        self.drug_list.setModel(self.drug_model)
        self.drug_list.setItemDelegate(RoomyRowDelegate(self.drug_list))  # the schedule line shows in every language
        self.drug_list.setAccessibleName(self.tr("Drugs in this line"))
        self.drug_list.setWordWrap(True)
        self.drug_list.setSpacing(4)
        self.drug_list.setAlternatingRowColors(True)
        lt.addWidget(self.drug_list, 1)
        drug_buttons = QWidget()
        buttons = FlowLayout(drug_buttons, 6)
        self.add_drug_button = QPushButton(self.tr("Add a drug…"))
        self.edit_drug_button = QPushButton(self.tr("Change schedule or dose…"))
        # A push button with a menu leaves room for its arrow (a tool button clipped the text).
        self.team_button = QPushButton(self.tr("The &team changed something"))
        self.team_button.setToolTip(self.tr("A delay, a held dose, a new dose, a break, or removing something "
                                            "entered by mistake"))
        menu = QMenu(self.team_button)
        self._adjust_actions = {}
        for kind, text in (("delay", self.tr("Delay a cycle or dose…")), ("hold", self.tr("Hold a dose…")),
                           ("reduce", self.tr("Change the dose from a date…")), ("break", self.tr("Start a treatment break…")),
                           ("resume", self.tr("Restart after a break…"))):
            self._adjust_actions[kind] = menu.addAction(text, lambda k=kind: self.adjust(k))
        menu.addSeparator()
        menu.addAction(self.tr("Remove this drug (entered by mistake)"), self.remove_drug)
        menu.addAction(self.tr("Remove this whole line (entered by mistake)"), self.remove_line)
        self.team_button.setMenu(menu)
        for b in (self.add_drug_button, self.edit_drug_button, self.team_button):
            buttons.addWidget(b)
        lt.addWidget(drug_buttons)
        # Title and links wrap on a small screen or with large text (a row would scroll sideways).
        local_head = QWidget()
        local_head_row = FlowLayout(local_head, 8)
        local_title = QLabel(self.tr("Radiotherapy, operations and procedures"))
        bold = local_title.font()
        bold.setBold(True)
        local_title.setFont(bold)
        local_head_row.addWidget(local_title)
        local_head_row.addWidget(WhatIsThisLink(ctx, "radiotherapy", self.tr("About radiotherapy")))
        local_head_row.addWidget(WhatIsThisLink(ctx, "surgery-local-treatment", self.tr("About surgery and procedures")))
        lt.addWidget(local_head)
        self.local_list = QListWidget()
        self.local_list.setAccessibleName(self.tr("Radiotherapy, operations and procedures"))
        self.local_list.setWordWrap(True)
        self.local_list.setMaximumHeight(110)
        lt.addWidget(self.local_list)
        local_buttons = QWidget()
        local_buttons_row = FlowLayout(local_buttons, 8)
        self.add_local_button = QPushButton(self.tr("Add a &radiotherapy course or procedure…"))
        self.edit_local_button = QPushButton(self.tr("Correct it…"))
        self.remove_local_button = QPushButton(self.tr("Remove it"))
        for b in (self.add_local_button, self.edit_local_button, self.remove_local_button):
            local_buttons_row.addWidget(b)
        lt.addWidget(local_buttons)
        self.tabs.addTab(lines_tab, self.tr("Lines of treatment"))

        cal_tab = QWidget()
        ct = QVBoxLayout(cal_tab)
        self.month = MonthCalendar(ctx)
        ct.addWidget(self.month, 1)
        appt_buttons = QWidget()
        appt_row = FlowLayout(appt_buttons, 6)
        self.mark_doses_button = QPushButton(self.tr("&Mark this day's doses…"))
        appt_row.addWidget(self.mark_doses_button)
        self.add_appt_button = QPushButton(self.tr("Add an appointment…"))
        self.appt_combo = QComboBox()
        self.appt_combo.setAccessibleName(self.tr("Appointments on the chosen day"))
        self.edit_appt_button = QPushButton(self.tr("Edit…"))
        self.delete_appt_button = QPushButton(self.tr("Delete"))
        appt_row.addWidget(self.add_appt_button)
        appt_row.addWidget(self.appt_combo)
        appt_row.addWidget(self.edit_appt_button)
        appt_row.addWidget(self.delete_appt_button)
        ct.addWidget(appt_buttons)
        self.tabs.addTab(cal_tab, self.tr("Calendar"))

        self.new_line_button.clicked.connect(self.new_line)
        self.edit_line_button.clicked.connect(self.edit_line)
        self.end_line_button.clicked.connect(self.end_line)
        self.add_drug_button.clicked.connect(self.add_drug)
        self.edit_drug_button.clicked.connect(self.edit_drug)
        self.add_appt_button.clicked.connect(self.add_appointment)
        self.add_local_button.clicked.connect(self.add_local_treatment)
        self.edit_local_button.clicked.connect(self.edit_local_treatment)
        self.remove_local_button.clicked.connect(self.remove_local_treatment)
        self.local_list.itemDoubleClicked.connect(lambda _i: self.edit_local_treatment())
        self.edit_appt_button.clicked.connect(self.edit_appointment)
        self.delete_appt_button.clicked.connect(self.delete_appointment)
        self.mark_doses_button.clicked.connect(self.mark_day_doses)
        self.month.calendar.selectionChanged.connect(self._day_appointments)
        self.month.loaded.connect(self._day_appointments)
        self.drug_list.doubleClicked.connect(lambda _i: self.edit_drug())
        self.line_combo.currentIndexChanged.connect(self._show_line)
        for keys, slot in (("Ctrl+Shift+N", self.new_line), ("Ctrl+Shift+D", self.add_drug),
                           ("Ctrl+Shift+E", self.edit_drug), ("Ctrl+Shift+L", lambda: self.adjust("delay")),
                           ("Ctrl+Shift+A", self.add_appointment), ("Ctrl+Shift+R", self.add_local_treatment),
                           (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        # Blank until the first read lands (not "No plan yet" for a moment on a journal with a plan).
        self.stack.addWidget(QWidget())
        self.stack.setCurrentIndex(2)
        ctx.events.changed.connect(self._on_changed)
        # Reminders also keep the chosen .ics file in step with the plan.
        from tracker.ui.reminders.controller import ensure_started

        ensure_started(ctx, self.window())
        self.refresh()

    # --- data ----------------------------------------------------------------------
    def _on_changed(self, kind: Change) -> None:
        if kind in (Change.PLAN, Change.DOSES, Change.APPOINTMENTS):
            self.refresh()

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the plan on the task runner; it shows once read (a newer refresh drops an older
        read). `then` runs after the read that follows it is shown — so a follow-up of a save
        (select the line just added, open its drug form) sees the saved line."""
        if then is not None:
            self._after_render.append(then)
        journal, clock = self.ctx.journal, self.ctx.clock
        if journal is None:  # the journal is closing (locking): the view goes with it
            return
        self._fresh = False
        op = BackgroundOp(lambda _progress: plan_data.load(journal, clock), on_success=self.render,
                          key=f"plan-{id(self)}", parent=self)
        op.finished.connect(op.deleteLater)
        op.start()

    def when_shown(self, action: Callable[[], None]) -> None:
        """Run `action` now if what is shown is the latest read, else once it is (once, however
        often it was asked for meanwhile: two clicks on a link open one form)."""
        if self._fresh:
            action()
        elif action not in self._after_render:
            self._after_render.append(action)

    def render(self, data: plan_data.PlanData) -> None:
        """Show what `plan_data.load` read, then what was waiting for it."""
        if self.ctx.journal is None:  # read just before the lock: nothing to act on
            self._after_render.clear()
            return
        self._fresh = True
        self._show(data)
        waiting, self._after_render = self._after_render, []
        for action in waiting:
            action()

    def _show(self, data: plan_data.PlanData) -> None:
        today = data.today
        self._lines, self._items, self._treatments = list(data.lines), list(data.items), list(data.treatments)
        if data.empty:
            self.stack.setCurrentIndex(0)
            return
        if self.stack.currentIndex() != 1 and not self._lines:
            self.tabs.setCurrentIndex(1)  # only appointments so far: show them
        self.stack.setCurrentIndex(1)
        for button in (self.edit_line_button, self.end_line_button, self.edit_drug_button, self.team_button):
            button.setEnabled(bool(self._lines))
        cycles = current_cycle_lines(self._items, today)
        running = [x for x in self._lines if x.start <= today and (x.end is None or x.end >= today)]
        head = [words.tr("Today, {day}").format(day=words.long_date(today))]
        if running:
            head.append(words.tr("Now on line {n}: {name}").format(n=words.num(running[-1].number), name=running[-1].name))
        self.cycle_label.setText("\n".join(head + cycles))
        self.timeline.set_lines(self._lines, today, self._treatments)
        self._fill_local_list()
        chosen = self.line_combo.currentData()
        self.line_combo.blockSignals(True)
        self.line_combo.clear()
        for line in self._lines:
            self.line_combo.addItem(words.tr("Line {n}: {name}").format(n=words.num(line.number), name=line.name), line.id)
        index = self.line_combo.findData(chosen)
        if index < 0:
            index = self.line_combo.findData(running[-1].id) if running else self.line_combo.count() - 1
        self.line_combo.setCurrentIndex(max(0, index))
        self.line_combo.blockSignals(False)
        self._show_line()
        self.month.refresh()  # the chosen day's appointments follow once the month is read (loaded)

    def current_line(self):
        line_id = self.line_combo.currentData()
        return next((x for x in self._lines if x.id == line_id), None)

    def line_items(self) -> list:
        line = self.current_line()
        return [i for i in self._items if line is not None and i.line.id == line.id]

    def _show_line(self) -> None:
        line = self.current_line()
        if line is None:
            self.line_info.setText(self.tr("No line of treatment yet: use “New line…” to add the treatment your team gave you."))
            self.drug_model.set_items([], self.ctx.clock.today())
            return
        if line.end:
            text = words.tr("From {start} to {end}. Ended: {reason}.").format(
                start=words.medium_date(line.start), end=words.medium_date(line.end), reason=words.end_reason_label(line.end_reason))
        else:
            text = words.tr("Since {start}.").format(start=words.medium_date(line.start))
        self.line_info.setText(text)
        self.drug_model.set_items(self.line_items(), self.ctx.clock.today())
        if self.drug_model.rowCount():
            self.drug_list.setCurrentIndex(self.drug_model.index(0))

    def selected_item(self):
        return self.drug_model.item(self.drug_list.currentIndex().row())

    # --- actions -------------------------------------------------------------------
    def new_line(self) -> None:
        if not self._fresh:  # the next number comes from the lines shown: wait for them
            self.when_shown(self.new_line)
            return
        number = max((x.number for x in self._lines), default=0) + 1
        journal, who = self.ctx.journal, self.ctx.current_person_id

        def save(values):
            # Once saved and shown: the new line is chosen and its first drug asked for.
            return actions.add_line(self.use_case, journal, values, who).then(
                saved=lambda line: self.refresh(then=lambda: self._line_added(line.id)))

        self._open(LineDialog(on_save=save, number=number, start=self.ctx.clock.today(), parent=self))

    def _line_added(self, line_id: int) -> None:
        if self._select_line(line_id):
            self.add_drug()

    def _select_line(self, line_id: int) -> bool:
        """Choose the line shown with `line_id`; False if it is not shown (removed meanwhile)."""
        index = self.line_combo.findData(line_id)
        if index >= 0:
            self.line_combo.setCurrentIndex(index)
        return index >= 0

    def edit_line(self) -> None:
        line = self.current_line()
        if line is None:
            return
        self._open(LineDialog(on_save=lambda v: actions.edit_line(self.use_case, self.ctx.journal, line, v),
                   number=line.number, start=line.start, existing=line, parent=self))

    def end_line(self) -> None:
        line = self.current_line()
        if line is None:
            return
        self._open(EndLineDialog(on_save=lambda v: actions.end_line(self.use_case, self.ctx.journal, line, v),
                      day=self.ctx.clock.today(), parent=self))

    def add_drug(self) -> None:
        line = self.current_line()
        if line is None:
            self.new_line()
            return
        journal, who = self.ctx.journal, self.ctx.current_person_id

        def save(values):
            return actions.add_drug(self.use_case, journal, line.id, values, who).then(
                saved=self._ask_about_past_doses)

        self._open(DrugDialog(self.ctx, on_save=save, start=self._default_drug_start(line), parent=self))

    def _ask_about_past_doses(self, drug) -> None:
        """A drug that started before today: ask once what happened to its unmarked doses
        (read on the task runner, after the plan's refresh: the question follows the new row)."""
        journal, clock, who = self.ctx.journal, self.ctx.clock, self.ctx.current_person_id
        if journal is None:
            return
        op = BackgroundOp(lambda _progress: plan_data.past_open_doses(journal, clock, drug.id),
                          on_success=lambda past: self._past_doses_read(drug, past, journal, clock, who), parent=self)
        op.finished.connect(op.deleteLater)
        op.start()

    def _past_doses_read(self, drug, past, journal, clock, who) -> None:
        from tracker.services.plan import past_doses
        from tracker.ui.plan.past_doses_dialog import PastDosesDialog

        if past is None or self.ctx.journal is not journal:
            return

        def save(choice: str):
            if choice == past_doses.LEAVE:
                return None
            return actions.answer_past_doses(self.use_case, journal, clock, past, choice, who)

        self._open(PastDosesDialog(drug_name=drug.display_name, past=past, on_save=save, parent=self))

    def _default_drug_start(self, line) -> date:
        """The first day of the drug entered last in this line (the line's start while the
        plan is being entered: letrozole and palbociclib start together); the line's start
        for its first drug."""
        starts = [item.drug.start for item in self.line_items() if item.line.id == line.id]
        return max(starts) if starts else line.start

    def edit_drug(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        who = self.ctx.current_person_id
        self._open(DrugDialog(self.ctx, on_save=lambda v: actions.edit_drug(self.use_case, self.ctx.journal, item, v, who),
                   start=item.drug.start, existing=item, parent=self))

    def adjust(self, kind: str) -> None:
        items = self.line_items()
        if not items:
            return
        selected = self.selected_item()
        if selected is not None and kind not in ("break", "resume"):
            items = [selected] + [i for i in items if i is not selected]
        who = self.ctx.current_person_id
        self._open(AdjustDialog(kind, items, on_save=lambda v: actions.adjust(self.use_case, self.ctx.journal, v, who),
                     day=self.ctx.clock.today(), parent=self))

    def confirm(self, title: str, text: str, then: Callable[[], None]) -> None:
        """Ask before removing something; `then` runs once she chose Remove (tests replace this to answer).
        The question is window-modal without a nested event loop: the app keeps running meanwhile."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: then() if box.clickedButton() is remove else None)
        box.open()

    def _undo_hint(self) -> str:
        return self.tr("You can take this back with Undo (Ctrl+Z) while this window stays open.")

    def remove_drug(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        self.confirm(self.tr("Remove this drug?"),
                     self.tr("Remove {name} from this line? Use this only if it was entered by mistake; if the "
                             "team stopped it, use “Change schedule or dose…” or end the line instead.\n\n{hint}")
                     .format(name=item.drug.display_name, hint=self._undo_hint()),
                     lambda: actions.remove_drug(self.use_case, self.ctx.journal, item))

    def remove_line(self) -> None:
        line = self.current_line()
        if line is None:
            return
        self.confirm(
            self.tr("Remove this whole line?"),
            self.tr("Remove line {n} ({name}) and all its drugs? Use this only if it was entered by mistake; "
                    "if the treatment stopped, use “End line…” so its history stays.\n\n{hint}")
            .format(n=words.num(line.number), name=line.name, hint=self._undo_hint()),
            lambda: actions.remove_line(self.use_case, self.ctx.journal, line))

    # --- radiotherapy, operations and procedures --------------------------------------
    def _fill_local_list(self) -> None:
        chosen = self.selected_treatment()
        self.local_list.clear()
        for t in reversed(self._treatments):  # newest first
            item = QListWidgetItem(words.local_treatment_text(t))
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.local_list.addItem(item)
            if chosen is not None and chosen.id == t.id:
                self.local_list.setCurrentItem(item)
        if self.local_list.currentRow() < 0 and self.local_list.count():
            self.local_list.setCurrentRow(0)
        if not self._treatments:
            self.local_list.addItem(self.tr("None recorded."))
            self.local_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        for b in (self.edit_local_button, self.remove_local_button):
            b.setEnabled(bool(self._treatments))

    def selected_treatment(self):
        item = self.local_list.currentItem()
        tid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((t for t in self._treatments if t.id == tid), None)

    def add_local_treatment(self) -> None:
        from tracker.ui.plan.local_treatment_dialog import LocalTreatmentDialog

        if not self._fresh:  # it offers the lines shown: wait for them
            self.when_shown(self.add_local_treatment)
            return
        journal, clock, who = self.ctx.journal, self.ctx.clock, self.ctx.current_person_id
        self._open(LocalTreatmentDialog(
            self.ctx, lines=self._lines,
            on_save=lambda v: actions.add_local_treatment(self.use_case, journal, clock, v, who),
            parent=self))

    def edit_local_treatment(self) -> None:
        from tracker.ui.plan.local_treatment_dialog import LocalTreatmentDialog

        existing = self.selected_treatment()
        if existing is None:
            return
        journal, clock, who = self.ctx.journal, self.ctx.clock, self.ctx.current_person_id
        self._open(LocalTreatmentDialog(
            self.ctx, lines=self._lines, existing=existing,
            on_save=lambda v: actions.edit_local_treatment(self.use_case, journal, clock, existing, v, who),
            parent=self))

    def remove_local_treatment(self) -> None:
        existing = self.selected_treatment()
        if existing is None:
            return
        self.confirm(self.tr("Remove this treatment?"),
                     self.tr("Remove {what} and its days from your calendar? Use this only if it was entered by "
                             "mistake.\n\n{hint}").format(what=words.local_treatment_text(existing),
                                                           hint=self._undo_hint()),
                     lambda: actions.remove_local_treatment(self.use_case, self.ctx.journal, existing))

    def add_appointment(self) -> None:
        who = self.ctx.current_person_id
        self._open(AppointmentDialog(self.ctx, on_save=lambda v: actions.add_appointment(self.use_case, self.ctx.journal, v, who),
                          parent=self))

    def _day_appointments(self) -> None:
        marks = self.month.marks_on(words.pydate(self.month.calendar.selectedDate()))
        found = marks.appointments if marks else ()
        zone = self.ctx.clock.zone
        self.appt_combo.clear()
        for appt in found:
            self.appt_combo.addItem(self.tr("{time} {what}").format(time=words.time_text(appt.local(zone).time()),
                                                                    what=words.appointment_kind_label(appt.kind)), appt)
        for w in (self.appt_combo, self.edit_appt_button, self.delete_appt_button):
            w.setVisible(bool(found))
        self.mark_doses_button.setVisible(bool(self._markable_doses()))

    def _markable_doses(self) -> list:
        """The chosen day's doses, if the day has come (held by the plan: nothing to mark)."""
        day = words.pydate(self.month.calendar.selectedDate())
        marks = self.month.marks_on(day)
        if marks is None or day > self.ctx.clock.today():
            return []
        return [d for d in marks.doses if not (d.held_by_plan and d.status is None)]

    def mark_day_doses(self) -> None:
        """Mark a past day's doses (days Today no longer lists, e.g. before the journal started)."""
        from tracker.ui.plan.mark_doses_dialog import MarkDosesDialog

        due = self._markable_doses()
        if not due:
            return
        journal, clock, who = self.ctx.journal, self.ctx.clock, self.ctx.current_person_id

        def save(changes):
            if not changes:
                return None
            return actions.mark_doses(self.use_case, journal, clock, changes, who)

        self._open(MarkDosesDialog(day=due[0].day, due=due, on_save=save, parent=self))

    def edit_appointment(self) -> None:
        appt = self.appt_combo.currentData()
        if appt is None:
            return
        journal = self.ctx.journal
        self._open(AppointmentDialog(
            self.ctx, on_save=lambda v: actions.edit_appointment(self.use_case, journal, appt, v),
            existing=appt, parent=self))

    def delete_appointment(self) -> None:
        appt = self.appt_combo.currentData()
        if appt is None:
            return
        zone = self.ctx.clock.zone
        local = appt.local(zone)
        self.confirm(self.tr("Delete this appointment?"),
                     self.tr("{what}, {day} at {time}\n\n{hint}").format(
                         what=words.appointment_kind_label(appt.kind), day=words.medium_date(local.date()),
                         time=words.time_text(local.time()), hint=self._undo_hint()),
                     lambda: actions.delete_appointment(self.use_case, self.ctx.journal, appt))

    def _open(self, dialog) -> None:
        """Show a dialog window-modally, without a nested event loop; what follows a Save is
        connected to its `accepted` signal (tests replace this to fill it in)."""
        dialog.open()

    def open_target(self, arg) -> None:
        """Open the part named by a link from elsewhere (forms wait for the plan's first read)."""
        if arg == "calendar":
            self.tabs.setCurrentIndex(1)
        elif arg == "new":
            self.new_line()
        elif arg == "local_treatment":
            self.add_local_treatment()
