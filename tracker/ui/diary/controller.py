"""The diary use case: add, edit and delete entries through services, undoably.

One per unlocked session, made by the main window and reachable as `ctx.diary`: the
Diary's buttons and keys, Ctrl+N / Ctrl+K from any section and Today's check-in all go
through it, so whatever was logged can be undone from the Diary even if it was never
open. Its undo history (which names diary entries) goes with the lock (`close`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from tracker.services import diary, labs, questions, timeline
from tracker.services.timeline import TimelineItem
from tracker.ui.common.background import BackgroundOp
from tracker.ui.context import Change
from tracker.ui.diary import diary_data
from tracker.ui.diary.commands import AddedCommand, DeleteCommand, EditCommand, RestoreCommand
from tracker.ui.diary.entry_forms import LabDialog, ScanDialog, TextDialog
from tracker.ui.diary.symptom_form import SymptomForm

if TYPE_CHECKING:
    from tracker.ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("DiaryController", text)


def diary_controller(ctx: AppContext, parent: QWidget) -> DiaryController:
    """The session's diary use case. The main window makes it at unlock; a view shown on its
    own (a test, no window) makes the one its context keeps, with `parent` for its forms."""
    if ctx.diary is None:
        ctx.diary = DiaryController(ctx, parent)
    return ctx.diary


class DiaryController:
    """Forms write on the task runner (their Save waits for it); an edit form opens once the
    entry as it is now has been read there (`dialog` is the form last opened). Forms are
    children of `parent` (the main window)."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        self.ctx = ctx
        self.parent = parent
        # Not a child of the window: the window outlives the session, this history must not.
        self.undo = QUndoStack()
        self.dialog: QWidget | None = None
        self._closed = False

    def close(self) -> None:
        """The journal locks: forget what could be undone (it names entries) and the last form."""
        self._closed = True
        self.undo.clear()
        self._let_go_of_dialog()

    def _let_go_of_dialog(self) -> None:
        # Forms are the window's children and the window lives on: the last closed one goes
        # when the next opens (kept till then so its caller can still read it).
        if self.dialog is not None and isValid(self.dialog) and not self.dialog.isVisible():
            self.dialog.deleteLater()
        self.dialog = None

    def symptoms_logged(self, log_id: int) -> None:
        """A log saved elsewhere (Today's check-in): Ctrl+Z in the Diary takes it back."""
        self.undo.push(AddedCommand(self.ctx, timeline.SYMPTOMS, log_id))

    def _changed(self) -> None:
        self.ctx.events.notify(Change.DIARY)

    # ---- adding ---------------------------------------------------------------------------
    def log_symptoms(self, weekly: bool = False) -> SymptomForm:
        self._let_go_of_dialog()
        form = SymptomForm(self.ctx, self.parent, weekly=weekly)
        form.saved.connect(lambda result: self.symptoms_logged(result.log_id))
        form.open()
        self.dialog = form
        return form

    def _added(self, kind: str, item_id: int) -> None:
        self.undo.push(AddedCommand(self.ctx, kind, item_id))
        self._changed()

    def _add(self, dialog: QWidget) -> QWidget:
        self._let_go_of_dialog()
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_lab(self) -> LabDialog:
        j, clock, person = self.ctx.journal, self.ctx.clock, self.ctx.current_person_id
        return self._add(LabDialog(self.ctx, lambda v: labs.add_lab_result(j, v, person, clock), self.parent,
                                   on_saved=lambda _v, lab_id: self._added(timeline.LAB, lab_id)))

    def add_scan(self) -> ScanDialog:
        j, clock, person = self.ctx.journal, self.ctx.clock, self.ctx.current_person_id
        return self._add(ScanDialog(self.ctx, lambda v: labs.add_scan(j, v, person, clock), self.parent,
                                    on_saved=lambda _v, scan_id: self._added(timeline.SCAN, scan_id)))

    def add_note(self) -> TextDialog:
        j, clock, person = self.ctx.journal, self.ctx.clock, self.ctx.current_person_id
        return self._add(TextDialog(tr("Note"), tr("&Note:"),
                                    lambda v: questions.add_note(j, v["text"], person, clock.now(), clock), self.parent,
                                    on_saved=lambda _v, note_id: self._added(timeline.NOTE, note_id)))

    def add_question(self) -> TextDialog:
        j, clock, person = self.ctx.journal, self.ctx.clock, self.ctx.current_person_id
        return self._add(TextDialog(tr("Question for your next appointment"), tr("&Question:"),
                                    lambda v: questions.add_question(j, v["text"], person, clock), self.parent,
                                    on_saved=lambda _v, question_id: self._added(timeline.QUESTION, question_id)))

    # ---- editing ----------------------------------------------------------------------------
    def edit(self, item: TimelineItem) -> None:
        """Read the entry as it is now (on the task runner), then open its form."""
        if item.kind not in timeline.DIARY_KINDS:
            # Doses and appointments belong to the plan; open it there.
            self.ctx.events.navigate.emit("plan", None)
            return
        journal = self.ctx.journal
        if journal is None:
            return
        op = BackgroundOp(lambda _progress: diary_data.load_entry(journal, item.kind, item.id),
                          on_success=lambda old: self._open_edit(item, old), key=f"diary-edit-{id(self)}",
                          parent=self.parent)
        op.finished.connect(op.deleteLater)
        op.start()

    def _edited(self, apply_new, apply_old, *, notify: bool = True) -> None:
        """The form wrote the change: Ctrl+Z writes the old values back, Ctrl+Shift+Z the new."""
        self.undo.push(EditCommand(self.ctx, apply_new, apply_old, done=True))
        if notify:  # the symptom form says so itself (it hands the banner its cards)
            self._changed()

    def _open_edit(self, item: TimelineItem, old) -> QWidget | None:
        if self._closed:
            return None  # read before the lock, landed after it: the entry is not shown
        j, clock, item_id = self.ctx.journal, self.ctx.clock, item.id
        dialog: QWidget
        if item.kind == timeline.SYMPTOMS:
            def update(values):  # update_log validates first (one check per edit, as for a new log)
                diary.update_log(j, item_id, values["entries"], values["entered_by"], values["occurred_at"], clock,
                                 note=values["note"])

            form = SymptomForm(self.ctx, self.parent, detail=old, on_edit=update)
            form.edited.connect(lambda values: self._edited(
                lambda: update(values),
                lambda: diary.update_log(j, item_id, [*old.ratings, *old.measurements], old.entered_by_id,
                                         old.occurred_at, clock, note=old.note), notify=False))
            dialog = form
        elif item.kind == timeline.LAB:
            def update_lab(v):
                labs.update_lab_result(j, item_id, v, clock)

            dialog = LabDialog(self.ctx, update_lab, self.parent, current=old, on_saved=lambda v, _r: self._edited(
                lambda: update_lab(v), lambda: labs.update_lab_result(j, item_id, old, clock)))
        elif item.kind == timeline.SCAN:
            def update_scan(v):
                labs.update_scan(j, item_id, v, clock)

            dialog = ScanDialog(self.ctx, update_scan, self.parent, current=old, on_saved=lambda v, _r: self._edited(
                lambda: update_scan(v), lambda: labs.update_scan(j, item_id, old, clock)))
        elif item.kind == timeline.NOTE:
            def update_note(v):  # update_note checks the text first
                questions.update_note(j, item_id, v["text"], old.occurred_at, clock)

            dialog = TextDialog(tr("Edit note"), tr("&Note:"), update_note, self.parent, text=old.text,
                                on_saved=lambda v, _r: self._edited(
                                    lambda: update_note(v),
                                    lambda: questions.update_note(j, item_id, old.text, old.occurred_at, clock)))
        else:
            def update_question(v):  # update_question checks the text first
                questions.update_question(j, item_id, v["text"], asked=v["asked"], answered=v["answered"],
                                          answer=v["answer"])

            dialog = TextDialog(tr("Edit question"), tr("&Question:"), update_question, self.parent, text=old.text,
                                question=True, asked=old.asked, answered=old.answered, answer=old.answer or "",
                                on_saved=lambda v, _r: self._edited(
                                    lambda: update_question(v),
                                    lambda: questions.update_question(j, item_id, old.text, asked=old.asked,
                                                                      answered=old.answered, answer=old.answer)))
        self._let_go_of_dialog()
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete(self, item: TimelineItem) -> bool:
        if item.kind not in timeline.DIARY_KINDS or item.deleted:
            return False
        self.undo.push(DeleteCommand(self.ctx, item.kind, item.id))
        return True

    def restore(self, item: TimelineItem) -> bool:
        if item.kind not in timeline.DIARY_KINDS or not item.deleted:
            return False
        self.undo.push(RestoreCommand(self.ctx, item.kind, item.id))
        return True
