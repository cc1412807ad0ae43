"""Plan edits and dose marks as undoable steps of the session's plan use case (`ctx.plan`).

Each function here says what one action writes, what takes it back and what does it again;
`PlanUseCase.submit` (tracker/ui/plan/use_case.py) writes it on the task runner and makes it
one step of the session's undo history. The Plan view and Today's dose marks both call them.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Slot
from PySide6.QtGui import QUndoStack

from tracker.domain.errors import KnownError
from tracker.services import appointments, doses, plan
from tracker.ui.context import Change

if TYPE_CHECKING:
    from tracker.ui.plan.use_case import PlanUseCase

# What the Undo button's tooltip says ("Undo: remove a drug"); keys are the commands' ids.
LABELS = {
    "new line": QT_TRANSLATE_NOOP("PlanActions", "add a line of treatment"),
    "edit line": QT_TRANSLATE_NOOP("PlanActions", "change a line of treatment"),
    "end line": QT_TRANSLATE_NOOP("PlanActions", "end a line of treatment"),
    "remove line": QT_TRANSLATE_NOOP("PlanActions", "remove a line of treatment"),
    "add drug": QT_TRANSLATE_NOOP("PlanActions", "add a drug"),
    "correct drug": QT_TRANSLATE_NOOP("PlanActions", "correct a drug"),
    "change from now on": QT_TRANSLATE_NOOP("PlanActions", "change a drug's schedule or dose"),
    "remove drug": QT_TRANSLATE_NOOP("PlanActions", "remove a drug"),
    "delay": QT_TRANSLATE_NOOP("PlanActions", "delay a cycle or dose"),
    "hold": QT_TRANSLATE_NOOP("PlanActions", "hold a dose"),
    "reduce": QT_TRANSLATE_NOOP("PlanActions", "change the dose"),
    "break": QT_TRANSLATE_NOOP("PlanActions", "start a treatment break"),
    "resume": QT_TRANSLATE_NOOP("PlanActions", "restart after a break"),
    "appointment": QT_TRANSLATE_NOOP("PlanActions", "add an appointment"),
    "edit appointment": QT_TRANSLATE_NOOP("PlanActions", "change an appointment"),
    "delete appointment": QT_TRANSLATE_NOOP("PlanActions", "delete an appointment"),
    "clear": QT_TRANSLATE_NOOP("PlanActions", "clear a dose mark"),
    "taken": QT_TRANSLATE_NOOP("PlanActions", "mark a dose taken"),
    "missed": QT_TRANSLATE_NOOP("PlanActions", "mark a dose missed"),
    "skipped": QT_TRANSLATE_NOOP("PlanActions", "mark a dose skipped"),
    "held_by_team": QT_TRANSLATE_NOOP("PlanActions", "mark a dose held by the team"),
    "past doses": QT_TRANSLATE_NOOP("PlanActions", "say what happened to doses before today"),
    "mark doses": QT_TRANSLATE_NOOP("PlanActions", "mark a day's doses"),
    "add local": QT_TRANSLATE_NOOP("PlanActions", "add a radiotherapy course or procedure"),
    "edit local": QT_TRANSLATE_NOOP("PlanActions", "correct a radiotherapy course or procedure"),
    "remove local": QT_TRANSLATE_NOOP("PlanActions", "remove a radiotherapy course or procedure"),
}


def label(text: str) -> str:
    """The person's words for a command id (unknown ids are shown as they are)."""
    return QCoreApplication.translate("PlanActions", LABELS[text]) if text in LABELS else text


def add_line(use_case: PlanUseCase, journal, v, who):
    return use_case.submit("new line",
               lambda: plan.add_line(journal, name=v.name, start=v.start, number=v.number, notes=v.notes, entered_by_id=who),
               lambda line: plan.delete_line(journal, line.id),
               redo=lambda line: plan.delete_line(journal, line.id, restore=True))


def edit_line(use_case: PlanUseCase, journal, line, v):
    return use_case.submit("edit line",
               lambda: plan.edit_line(journal, line.id, name=v.name, start=v.start, number=v.number, notes=v.notes),
               lambda _r: plan.edit_line(journal, line.id, name=line.name, start=line.start, number=line.number,
                                         notes=line.notes or ""))


def end_line(use_case: PlanUseCase, journal, line, v):
    return use_case.submit("end line",
               lambda: plan.end_line(journal, line.id, last_day=v.last_day, reason=v.reason),
               lambda _r: plan.end_line(journal, line.id, last_day=line.end, reason=line.end_reason))


def add_drug(use_case: PlanUseCase, journal, line_id, v, who):
    return use_case.submit("add drug",
               lambda: plan.add_regimen_drug(journal, line_id, drug_id=v.drug_id, display_name=v.display_name,
                                             pattern=v.pattern, times=v.times, start=v.start, dose_text=v.dose_text,
                                             route=v.route, max_units=v.max_units, entered_by_id=who),
               lambda d: plan.delete_regimen_drug(journal, d.id),
               redo=lambda d: plan.delete_regimen_drug(journal, d.id, restore=True))


def edit_drug(use_case: PlanUseCase, journal, item, v, who):
    old = item.drug
    changes = dict(pattern=v.pattern, times=v.times, dose_text=v.dose_text, route=v.route, max_units=v.max_units,
                   display_name=v.display_name)
    if v.mode == plan.CORRECT:
        previous = dict(pattern=old.pattern, times=old.times, dose_text=old.dose_text, route=old.route,
                        max_units=old.max_units, display_name=old.display_name)
        return use_case.submit("correct drug",
                   lambda: plan.edit_regimen_drug(journal, old.id, mode=plan.CORRECT, **changes),
                   lambda _r: plan.edit_regimen_drug(journal, old.id, mode=plan.CORRECT, **previous))
    return use_case.submit("change from now on",
               lambda: plan.edit_regimen_drug(journal, old.id, mode=plan.FROM_NOW_ON, effective=v.effective,
                                              entered_by_id=who, **changes),
               lambda new: plan.undo_split(journal, new.id, original_end=old.end))


def remove_drug(use_case: PlanUseCase, journal, item):
    return use_case.submit("remove drug", lambda: plan.delete_regimen_drug(journal, item.drug.id),
               lambda _r: plan.delete_regimen_drug(journal, item.drug.id, restore=True))


def adjust(use_case: PlanUseCase, journal, v, who):
    def do():
        return [plan.add_adjustment(journal, rd, kind=v.kind, effective=v.effective, days=v.days,
                                    dose_text=v.dose_text, notes=v.notes, entered_by_id=who)
                for rd in v.regimen_drug_ids]

    return use_case.submit(v.kind, do, lambda made: [plan.remove_adjustment(journal, a.id) for a in made],
               redo=lambda made: [plan.remove_adjustment(journal, a.id, restore=True) for a in made])


def answer_past_doses(use_case: PlanUseCase, journal, clock, past, choice, who):
    from tracker.services.plan import past_doses

    return use_case.submit("past doses",
               lambda: past_doses.answer(journal, clock, past, choice, entered_by_id=who),
               lambda made: past_doses.undo_answer(journal, made),
               redo=lambda made: past_doses.redo_answer(journal, made), change=Change.DOSES)


def mark_doses(use_case: PlanUseCase, journal, clock, changes, who):
    """Record a past day's doses (from the calendar), marked as filled in afterwards."""
    def do():
        now = clock.now()
        return [doses.record(journal, clock, dose, status, entered_by_id=who, backfilled=True,
                             at=min(now, datetime.combine(dose.day, dose.at, tzinfo=clock.zone)))
                for dose, status in changes]

    return use_case.submit("mark doses", do, lambda made: [doses.undo(journal, r) for r in reversed(made)],
               redo=lambda made: [doses.redo(journal, r) for r in made], change=Change.DOSES)


def mark_dose(use_case: PlanUseCase, journal, clock, dose, status: str, who, at: datetime | None = None):
    """Today's tick or button: `status` for one dose (taken now, or at `at`)."""
    return use_case.submit(status, lambda: doses.record(journal, clock, dose, status, entered_by_id=who, at=at),
                           lambda rec: doses.undo(journal, rec), redo=lambda rec: doses.redo(journal, rec),
                           change=Change.DOSES)


def clear_mark(use_case: PlanUseCase, journal, event_id: int):
    """Today's untick: the dose is open again (undo puts the mark back)."""
    cleared = doses.Recorded(event_id, None)
    return use_case.submit("clear", lambda: doses.undo(journal, cleared), lambda _r: doses.redo(journal, cleared),
                           change=Change.DOSES)


def mark_all_taken(use_case: PlanUseCase, journal, clock, open_doses, who):
    """Every open dose of a time of day taken now, as one step that one Undo takes back."""
    def record_all() -> list:
        done: list = []
        try:
            for dose in open_doses:
                done.append(doses.record(journal, clock, dose, doses.TAKEN, entered_by_id=who))
        except KnownError:
            for rec in reversed(done):  # all or nothing: one step, one Undo
                doses.undo(journal, rec)
            raise
        return done

    return use_case.submit(doses.TAKEN, record_all, lambda recs: [doses.undo(journal, r) for r in reversed(recs)],
                           redo=lambda recs: [doses.redo(journal, r) for r in recs], change=Change.DOSES)


def add_appointment(use_case: PlanUseCase, journal, v, who):
    return use_case.submit("appointment",
               lambda: appointments.add(journal, kind=v.kind, starts_at=v.starts_at, place=v.place, notes=v.notes,
                                        entered_by_id=who),
               lambda a: appointments.delete(journal, a.id),
               redo=lambda a: appointments.delete(journal, a.id, restore=True))


def remove_line(use_case: PlanUseCase, journal, line):
    return use_case.submit("remove line", lambda: plan.delete_line(journal, line.id),
                  lambda _r: plan.delete_line(journal, line.id, restore=True))


def edit_appointment(use_case: PlanUseCase, journal, appt, v):
    return use_case.submit("edit appointment",
                  lambda: appointments.edit(journal, appt.id, kind=v.kind, starts_at=v.starts_at, place=v.place,
                                            notes=v.notes),
                  lambda _r: appointments.edit(journal, appt.id, kind=appt.kind, starts_at=appt.starts_at,
                                               place=appt.place, notes=appt.notes))


def delete_appointment(use_case: PlanUseCase, journal, appt):
    return use_case.submit("delete appointment", lambda: appointments.delete(journal, appt.id),
                  lambda _r: appointments.delete(journal, appt.id, restore=True))


class _UndoTip(QObject):
    """Says in its button's tooltip what Undo takes back. A child of the button, so the
    session's stack (which outlives views) stops calling it once the button is gone."""

    def __init__(self, button) -> None:
        super().__init__(button)
        self._button = button

    @Slot(str)
    def describe(self, text: str) -> None:
        tip = (QCoreApplication.translate("PlanActions", "Undo: {what} (Ctrl+Z)").format(what=text) if text
               else QCoreApplication.translate("PlanActions", "Nothing to undo"))
        self._button.setToolTip(tip)
        self._button.setAccessibleDescription(tip)


def bind_undo_button(stack: QUndoStack, button) -> None:
    """Enable `button` while there is something to undo and say in its tooltip what it undoes.
    Uses the signals' own values: the stack may already be half gone when its last signals come."""
    tip = _UndoTip(button)
    stack.canUndoChanged.connect(button.setEnabled)
    stack.undoTextChanged.connect(tip.describe)
    button.setEnabled(stack.canUndo())
    tip.describe(stack.undoText())


def add_local_treatment(use_case: PlanUseCase, journal, clock, value, who):
    from tracker.services import local_treatments

    return use_case.submit("add local", lambda: local_treatments.add(journal, clock, value, entered_by_id=who),
               lambda t: local_treatments.delete(journal, t.id),
               redo=lambda t: local_treatments.delete(journal, t.id, restore=True))


def edit_local_treatment(use_case: PlanUseCase, journal, clock, existing, value, who):
    from tracker.services import local_treatments

    return use_case.submit("edit local", lambda: local_treatments.edit(journal, clock, existing.id, value, entered_by_id=who),
               lambda _t: local_treatments.edit(journal, clock, existing.id, existing.to_domain(), entered_by_id=who),
               redo=lambda _t: local_treatments.edit(journal, clock, existing.id, value, entered_by_id=who))


def remove_local_treatment(use_case: PlanUseCase, journal, existing):
    from tracker.services import local_treatments

    return use_case.submit("remove local", lambda: local_treatments.delete(journal, existing.id),
               lambda _r: local_treatments.delete(journal, existing.id, restore=True),
               redo=lambda _r: local_treatments.delete(journal, existing.id))
