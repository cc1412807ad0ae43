"""What the Diary's buttons do: add, edit and delete entries through services, undoably."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from tracker.services import diary, labs, questions, timeline
from tracker.services.timeline import TimelineItem
from tracker.ui.context import Change
from tracker.ui.diary.commands import AddedCommand, DeleteCommand, EditCommand, RestoreCommand
from tracker.ui.diary.entry_forms import LabDialog, ScanDialog, TextDialog
from tracker.ui.diary.symptom_form import SymptomForm


def tr(text: str) -> str:
    return QCoreApplication.translate("DiaryController", text)


class DiaryController:
    def __init__(self, ctx, parent: QWidget, undo: QUndoStack) -> None:
        self.ctx = ctx
        self.parent = parent
        self.undo = undo

    @property
    def _person(self) -> int | None:
        return self.ctx.current_person_id

    def _changed(self) -> None:
        self.ctx.events.notify(Change.DIARY)

    # ---- adding ---------------------------------------------------------------------------
    def log_symptoms(self, weekly: bool = False) -> SymptomForm:
        form = SymptomForm(self.ctx, self.parent, weekly=weekly)
        form.saved.connect(lambda result: self.undo.push(AddedCommand(self.ctx, timeline.SYMPTOMS, result.log_id)))
        form.open()
        return form

    def _added(self, kind: str, item_id: int) -> None:
        self.undo.push(AddedCommand(self.ctx, kind, item_id))
        self._changed()

    def add_lab(self) -> LabDialog:
        dialog = LabDialog(self.ctx, lambda v: self._added(timeline.LAB, labs.add_lab_result(
            self.ctx.journal, v, self._person, self.ctx.clock)), self.parent)
        dialog.open()
        return dialog

    def add_scan(self) -> ScanDialog:
        dialog = ScanDialog(self.ctx, lambda v: self._added(timeline.SCAN, labs.add_scan(
            self.ctx.journal, v, self._person, self.ctx.clock)), self.parent)
        dialog.open()
        return dialog

    def add_note(self) -> TextDialog:
        dialog = TextDialog(tr("Note"), tr("&Note:"), lambda v: self._added(timeline.NOTE, questions.add_note(
            self.ctx.journal, v["text"], self._person, self.ctx.clock.now(), self.ctx.clock)), self.parent)
        dialog.open()
        return dialog

    def add_question(self) -> TextDialog:
        dialog = TextDialog(tr("Question for your next appointment"), tr("&Question:"),
                            lambda v: self._added(timeline.QUESTION, questions.add_question(
                                self.ctx.journal, v["text"], self._person, self.ctx.clock)), self.parent)
        dialog.open()
        return dialog

    # ---- editing ----------------------------------------------------------------------------
    def edit(self, item: TimelineItem) -> QWidget | None:
        if item.kind not in timeline.DIARY_KINDS:
            # Doses and appointments belong to the plan; open it there.
            self.ctx.events.navigate.emit("plan", None)
            return None
        j, clock = self.ctx.journal, self.ctx.clock
        if item.kind == timeline.SYMPTOMS:
            old = diary.get_log(j, item.id)

            def apply(values, item_id=item.id):
                self.undo.push(EditCommand(
                    self.ctx,
                    lambda: diary.update_log(j, item_id, values["entries"], values["entered_by"], values["occurred_at"],
                                             clock, note=values["note"]),
                    lambda: diary.update_log(j, item_id, [*old.ratings, *old.measurements], old.entered_by_id,
                                             old.occurred_at, clock, note=old.note)))
            dialog = SymptomForm(self.ctx, self.parent, detail=old, on_edit=apply)
        elif item.kind == timeline.LAB:
            old_lab = labs.get_lab_result(j, item.id)

            def apply(v, item_id=item.id):
                labs.validate_lab(v, clock)
                self.undo.push(EditCommand(self.ctx, lambda: labs.update_lab_result(j, item_id, v, clock),
                                           lambda: labs.update_lab_result(j, item_id, old_lab, clock)))
            dialog = LabDialog(self.ctx, apply, self.parent, current=old_lab)
        elif item.kind == timeline.SCAN:
            old_scan = labs.get_scan(j, item.id)

            def apply(v, item_id=item.id):
                labs.validate_scan(v, clock)
                self.undo.push(EditCommand(self.ctx, lambda: labs.update_scan(j, item_id, v, clock),
                                           lambda: labs.update_scan(j, item_id, old_scan, clock)))
            dialog = ScanDialog(self.ctx, apply, self.parent, current=old_scan)
        elif item.kind == timeline.NOTE:
            old_note = questions.get_note(j, item.id)

            def apply(v, item_id=item.id):
                questions.check_text(v["text"], "Type your note.")
                self.undo.push(EditCommand(
                    self.ctx, lambda: questions.update_note(j, item_id, v["text"], old_note.occurred_at, clock),
                    lambda: questions.update_note(j, item_id, old_note.text, old_note.occurred_at, clock)))
            dialog = TextDialog(tr("Edit note"), tr("&Note:"), apply, self.parent, text=old_note.text)
        else:
            q = questions.get_question(j, item.id)

            def apply(v, item_id=item.id):
                questions.check_text(v["text"], "Type the question you want to ask.")
                self.undo.push(EditCommand(
                    self.ctx, lambda: questions.update_question(j, item_id, v["text"], asked=v["asked"],
                                                                answered=v["answered"], answer=v["answer"]),
                    lambda: questions.update_question(j, item_id, q.text, asked=q.asked, answered=q.answered,
                                                      answer=q.answer)))
            dialog = TextDialog(tr("Edit question"), tr("&Question:"), apply, self.parent, text=q.text, question=True,
                                asked=q.asked, answered=q.answered, answer=q.answer or "")
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
