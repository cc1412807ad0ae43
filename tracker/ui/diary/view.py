"""The Diary section: one timeline of everything, newest first, with filters.

Shortcuts: Ctrl+N log symptoms, Ctrl+K weekly check-in, Ctrl+Shift+L lab result,
Ctrl+Shift+Q question for the next appointment, Enter edit, Delete delete (kept in
history), Ctrl+Z undo, Ctrl+Shift+Z redo, Ctrl+F filters, Alt+O the other version of an
entry changed on two computers (a shared journal, issue 18).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.services import timeline
from tracker.ui.common.announce import show_status
from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.empty_state import EmptyState
from tracker.ui.context import Change
from tracker.ui.diary.controller import diary_controller
from tracker.ui.diary.filter_bar import FilterBar
from tracker.ui.diary.timeline_model import ENTRY, ITEM_ROLE, TimelineModel


class DiaryView(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The session's diary use case: what Ctrl+N or Today's check-in logged is undone here too.
        self.controller = diary_controller(ctx, self)
        self.undo_stack = self.controller.undo
        layout = QVBoxLayout(self)

        actions = QHBoxLayout()
        self.log_button = QPushButton(self.tr("Log symptoms"))
        self.log_button.setToolTip(self.tr("Log how you feel (Ctrl+N)"))
        self.log_button.clicked.connect(lambda: self.controller.log_symptoms())
        self.weekly_button = QPushButton(self.tr("Weekly check-in"))
        self.weekly_button.setToolTip(self.tr("Rate the past 7 days (Ctrl+K)"))
        self.weekly_button.clicked.connect(lambda: self.controller.log_symptoms(weekly=True))
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        menu.addAction(self.tr("Lab result"), self.controller.add_lab)
        menu.addAction(self.tr("Scan"), self.controller.add_scan)
        menu.addAction(self.tr("Note"), self.controller.add_note)
        menu.addAction(self.tr("Question for your next appointment"), self.controller.add_question)
        self.add_button.setMenu(menu)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        if self.undo_stack.canUndo():
            self._undo_tip(self.undo_stack.undoText())
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_tip)
        for w in (self.log_button, self.weekly_button, self.add_button):
            actions.addWidget(w)
        actions.addStretch(1)
        self.other_version_button = QPushButton(self.tr("&Other version…"))
        self.other_version_button.setToolTip(self.tr("This entry was changed on two computers: see the earlier version"))
        self.other_version_button.hide()
        self.other_version_button.clicked.connect(self.show_other_version)
        for w in (self.other_version_button, self.edit_button, self.delete_button, self.undo_button):
            actions.addWidget(w)
        layout.addLayout(actions)

        self.filters = FilterBar(ctx)
        layout.addWidget(self.filters)

        self.model = TimelineModel(ctx, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ENTRY, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Diary entries, newest first"))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

        self.empty = EmptyState(
            self.tr("Nothing in your diary yet"),
            self.tr("Log how you feel today: it takes less than a minute. Doses you tick in your plan, "
                    "lab results, scans, notes and questions for your next appointment will appear here too."),
            self.tr("Log symptoms"), lambda: self.controller.log_symptoms())
        self.no_match = EmptyState(self.tr("No entries match these filters"),
                                   self.tr("Change the filters above, or clear them to see everything."),
                                   self.tr("Clear filters"), self.filters.clear)
        for state in (self.empty, self.no_match):
            # A wrapped label centred in a layout gets too narrow a width; give it room to read.
            for label in state.findChildren(QLabel):
                if label.wordWrap():
                    label.setMinimumWidth(460)
        self.stack = QStackedWidget()
        # Blank until the first page lands (not "Nothing in your diary yet" for a moment).
        self.loading = QWidget()
        for w in (self.table, self.empty, self.no_match, self.loading):
            self.stack.addWidget(w)
        self.stack.setCurrentWidget(self.loading)
        layout.addWidget(self.stack, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self._shortcuts()
        self.filters.changed.connect(self.apply_filter)
        self.model.rowsInserted.connect(self._update_state)
        self.model.modelReset.connect(self._update_state)
        self.model.reloaded.connect(self._reloaded)
        #: (selected item, scroll position) to keep when the refresh under way lands.
        self._keep_place: tuple | None = None
        #: What an action says once the list shows its result ("Deleted. … Ctrl+Z to undo."),
        #: and the history step it speaks of: not said if the journal refused that step.
        self._said_after_reload: tuple[str, object] | None = None
        self.table.selectionModel().selectionChanged.connect(self._update_state)
        ctx.events.changed.connect(self._on_changed)
        self.model.reload()

    def _shortcuts(self) -> None:
        def add(keys, slot, widget=None, text=""):
            # Text makes the Help > Keyboard shortcuts list show it (Ctrl+L and Ctrl+Shift+N are the window's).
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys] if isinstance(keys, (list, tuple)) else [QKeySequence(keys)])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            (widget or self).addAction(action)
            return action

        # Ctrl+N (log symptoms) and Ctrl+K (weekly check-in) are the main window's, so they work
        # from every screen; they go through the same diary use case (ctx.diary) as this view.
        add("Ctrl+Shift+L", self.controller.add_lab, text=self.tr("Add a lab result (Diary)"))
        add("Ctrl+Shift+Q", self.controller.add_question, text=self.tr("Add a question for your next appointment (Diary)"))
        add(QKeySequence.StandardKey.Undo, self.undo_stack.undo)
        add([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")], self.undo_stack.redo)
        add("Ctrl+F", lambda: self.filters.kind.setFocus(Qt.FocusReason.ShortcutFocusReason))
        add([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)], self.edit_selected, self.table)
        add(QKeySequence.StandardKey.Delete, self.delete_selected, self.table)

    def _undo_tip(self, text: str) -> None:
        self.undo_button.setToolTip(self.tr("Undo: {action} (Ctrl+Z)").format(action=text))

    # ---- state --------------------------------------------------------------------------------
    def selected_item(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ITEM_ROLE) if rows else None

    def _update_state(self, *_args) -> None:
        if not self.model.loaded:
            self.stack.setCurrentWidget(self.loading)
        elif self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.table)
        else:
            self.stack.setCurrentWidget(self.empty if self.filters.is_default() else self.no_match)
        item = self.selected_item()
        own = item is not None and item.kind in timeline.DIARY_KINDS
        self.edit_button.setEnabled(item is not None and not item.deleted)
        self.delete_button.setEnabled(own)
        restoring = own and item.deleted
        self.delete_button.setText(self.tr("Restore") if restoring else self.tr("Delete"))
        two = item is not None and bool(self.model.history(item))
        self.other_version_button.setVisible(two)
        if two:
            self.status.setText(self.tr("Changed on two computers before they synced: the later change is shown. "
                                        "“Other version…” shows the earlier one."))
        elif item is not None and not own:
            self.status.setText(self.tr("Doses and appointments are changed in Plan; Edit opens it."))
        elif item is not None and item.deleted:
            self.status.setText(self.tr("This entry was deleted. It stays in your history; Restore brings it back."))
        else:
            self.status.setText("")

    def apply_filter(self) -> None:
        self._keep_place = None  # other entries: start at the top
        self.model.set_filter(self.filters.current())

    def _on_changed(self, kind: Change) -> None:
        if kind in (Change.DIARY, Change.DOSES, Change.PLAN, Change.PEOPLE):
            self.refresh()  # a reload reads the people for the filter bar too

    def refresh(self) -> None:
        """Reload, keeping the selected entry selected if it is still on the reloaded rows
        (as many as were loaded: someone who had scrolled far down keeps her place)."""
        if self.ctx.journal is None:  # the journal is closing (locking): the view goes with it
            return
        if self._keep_place is None:  # a refresh already under way keeps the place it saw
            self._keep_place = (self.selected_item(), self.table.verticalScrollBar().value())
        self.model.reload(at_least=self.model.rowCount())

    def _reloaded(self) -> None:
        self.filters.set_people(self.model.people)
        keep, self._keep_place = self._keep_place, None
        if keep is not None:
            item, scroll = keep
            self.table.verticalScrollBar().setValue(scroll)
            if item is not None:
                row = self.model.row_of(item.kind, item.id)
                if row >= 0:
                    self.table.selectRow(row)
        self._update_state()
        said, self._said_after_reload = self._said_after_reload, None
        if said is not None and self._latest_step() is said[1]:
            show_status(self.status, said[0])

    def _latest_step(self):
        at = self.undo_stack.index()
        return self.undo_stack.command(at - 1) if at > 0 else None

    # ---- actions --------------------------------------------------------------------------
    def edit_selected(self):
        item = self.selected_item()
        return self.controller.edit(item) if item is not None else None

    def delete_selected(self) -> None:
        """Delete, or for an entry shown with "Show deleted", restore it."""
        item = self.selected_item()
        if item is None:
            return
        # Said once the list shows it: the write and the reload after it run on the task runner.
        if item.deleted:
            if self.controller.restore(item):
                self._said_after_reload = (self.tr("Restored. Press Ctrl+Z to undo."), self._latest_step())
        elif self.controller.delete(item):
            self._said_after_reload = (self.tr("Deleted. It stays in your history. Press Ctrl+Z to undo."),
                                       self._latest_step())

    def show_other_version(self) -> None:
        """The earlier version(s), once the names of the computers sharing the journal are read."""
        from tracker.ui.diary import diary_data

        item = self.selected_item()
        versions = self.model.history(item) if item is not None else []
        journal, clock = self.ctx.journal, self.ctx.clock
        if not versions or journal is None:
            return
        op = BackgroundOp(lambda _progress: diary_data.load_computers(journal, clock), key=f"diary-computers-{id(self)}",
                          on_success=lambda computers: self._open_other_version(item, versions, computers), parent=self)
        op.finished.connect(op.deleteLater)
        op.start()

    def _open_other_version(self, item, versions: list, computers) -> None:
        from tracker.ui.diary.two_computers import OtherVersionDialog, computer_names

        if self.ctx.journal is None:  # read just before the lock: the entry is not shown
            return
        self.other_version_dialog = OtherVersionDialog(item, versions, self.ctx.clock.zone, computer_names(computers),
                                                       self)
        self.other_version_dialog.open()

    def open_target(self, arg) -> None:
        if arg == "log":
            self.controller.log_symptoms()
        elif arg == "weekly":
            self.controller.log_symptoms(weekly=True)


def create_view(ctx, parent: QWidget | None = None) -> QWidget:
    return DiaryView(ctx, parent)
