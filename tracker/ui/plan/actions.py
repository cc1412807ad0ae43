"""Plan edits as undoable commands (Ctrl+Z / Ctrl+Shift+Z in the Plan and Today views).

An action runs first, outside the undo stack, so a KnownError reaches the dialog that
asked for it; only then is a command pushed that can undo (and redo) it. Errors during a
later undo/redo are shown to the person (Qt would otherwise swallow them).

`submit` (every Plan action) does the same on the task runner (issue 15): the write runs on
the journal lane after the reads before it, and the returned `Pending` tells the form once it
is saved (the command is on the stack by then) or refused (the form shows why, keeps what was
typed). Its undo and redo are writes on the runner too. `run` does it on the calling thread
(Today's dose marks, until they move).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from tracker.domain.errors import KnownError
from tracker.services import appointments, plan

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


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, result: object, do: Callable[[], object], undo: Callable[[object], None],
                 redo: Callable[[object], None] | None, after: Callable[[], None], *,
                 owner: QObject | None = None) -> None:
        super().__init__(label(text))
        self.result = result
        self._do, self._undo, self._redo, self._after = do, undo, redo, after
        self._first = True
        #: Set: undo and redo are writes on the task runner, their callbacks land while it lives.
        self._owner = owner

    def redo(self) -> None:
        if self._first:
            self._first = False
            self._after()
        elif self._owner is not None:
            self._on_runner(lambda: self._redo(self.result) if self._redo else self._do(), redone=True)
        else:
            self._guard(lambda: self._redo(self.result) if self._redo else self._set(self._do()))
            self._after()

    def undo(self) -> None:
        if self._owner is not None:
            self._on_runner(lambda: self._undo(self.result), redone=False)
            return
        self._guard(lambda: self._undo(self.result))
        self._after()

    def _on_runner(self, work: Callable[[], object], *, redone: bool) -> None:
        """Write on the runner (in order with every earlier write); views hear of it once done."""
        from tracker.ui.common.errors import show_error
        from tracker.ui.common.journal_write import write

        def saved(value: object) -> None:
            if redone and self._redo is None:
                self.result = value  # done again from scratch: what the next undo takes back
            self._after()

        def refused(exc: KnownError) -> None:
            show_error(None, exc)
            self._after()  # the views show what the journal holds

        assert self._owner is not None
        write(work, owner=self._owner, on_saved=saved, on_refused=refused)

    def _set(self, value) -> None:
        self.result = value

    @staticmethod
    def _guard(work: Callable[[], object]) -> None:
        try:
            work()
        except Exception as exc:  # noqa: BLE001 - shown to the person; Qt would drop it
            from tracker.ui.common.errors import show_error

            show_error(None, exc)


def run(stack: QUndoStack, text: str, do: Callable[[], object], undo: Callable[[object], None], *,
        redo: Callable[[object], None] | None = None, after: Callable[[], None]) -> object:
    """Do it now (errors propagate to the caller), then make it undoable."""
    result = do()
    stack.push(ServiceCommand(text, result, do, undo, redo, after))
    return result


class Pending:
    """A write on its way to the journal. `then(saved=, refused=)` says what follows: `saved`
    gets the service's result once it is written (and undoable), `refused` the KnownError the
    service raised. Handlers are added before the event loop runs again, so none is missed;
    a refusal nobody handles is shown to the person."""

    def __init__(self) -> None:
        self._saved: list[Callable[[Any], None]] = []
        self._refused: list[Callable[[KnownError], None]] = []

    def then(self, saved: Callable[[Any], None] | None = None,
             refused: Callable[[KnownError], None] | None = None) -> Pending:
        if saved is not None:
            self._saved.append(saved)
        if refused is not None:
            self._refused.append(refused)
        return self

    def saved(self, result: Any) -> None:
        for handler in self._saved:
            handler(result)

    def refused(self, exc: KnownError) -> None:
        if not self._refused:
            from tracker.ui.common.errors import show_error

            show_error(None, exc)
        for handler in self._refused:
            handler(exc)


def submit(stack: QUndoStack, text: str, do: Callable[[], object], undo: Callable[[object], None], *,
           redo: Callable[[object], None] | None = None, after: Callable[[], None]) -> Pending:
    """Do it on the task runner, then make it undoable (undo and redo on the runner too).
    The command is pushed once the write is done (pushing runs `after`: the views refresh)."""
    from tracker.ui.common.journal_write import write

    pending = Pending()

    def saved(result: object) -> None:
        stack.push(ServiceCommand(text, result, do, undo, redo, after, owner=stack))
        pending.saved(result)

    write(do, owner=stack, on_saved=saved, on_refused=pending.refused)
    return pending


def add_line(stack, journal, v, who, after):
    return submit(stack, "new line",
               lambda: plan.add_line(journal, name=v.name, start=v.start, number=v.number, notes=v.notes, entered_by_id=who),
               lambda line: plan.delete_line(journal, line.id),
               redo=lambda line: plan.delete_line(journal, line.id, restore=True), after=after)


def edit_line(stack, journal, line, v, after):
    return submit(stack, "edit line",
               lambda: plan.edit_line(journal, line.id, name=v.name, start=v.start, number=v.number, notes=v.notes),
               lambda _r: plan.edit_line(journal, line.id, name=line.name, start=line.start, number=line.number,
                                         notes=line.notes or ""), after=after)


def end_line(stack, journal, line, v, after):
    return submit(stack, "end line",
               lambda: plan.end_line(journal, line.id, last_day=v.last_day, reason=v.reason),
               lambda _r: plan.end_line(journal, line.id, last_day=line.end, reason=line.end_reason), after=after)


def add_drug(stack, journal, line_id, v, who, after):
    return submit(stack, "add drug",
               lambda: plan.add_regimen_drug(journal, line_id, drug_id=v.drug_id, display_name=v.display_name,
                                             pattern=v.pattern, times=v.times, start=v.start, dose_text=v.dose_text,
                                             route=v.route, max_units=v.max_units, entered_by_id=who),
               lambda d: plan.delete_regimen_drug(journal, d.id),
               redo=lambda d: plan.delete_regimen_drug(journal, d.id, restore=True), after=after)


def edit_drug(stack, journal, item, v, who, after):
    old = item.drug
    changes = dict(pattern=v.pattern, times=v.times, dose_text=v.dose_text, route=v.route, max_units=v.max_units,
                   display_name=v.display_name)
    if v.mode == plan.CORRECT:
        previous = dict(pattern=old.pattern, times=old.times, dose_text=old.dose_text, route=old.route,
                        max_units=old.max_units, display_name=old.display_name)
        return submit(stack, "correct drug",
                   lambda: plan.edit_regimen_drug(journal, old.id, mode=plan.CORRECT, **changes),
                   lambda _r: plan.edit_regimen_drug(journal, old.id, mode=plan.CORRECT, **previous), after=after)
    return submit(stack, "change from now on",
               lambda: plan.edit_regimen_drug(journal, old.id, mode=plan.FROM_NOW_ON, effective=v.effective,
                                              entered_by_id=who, **changes),
               lambda new: plan.undo_split(journal, new.id, original_end=old.end), after=after)


def remove_drug(stack, journal, item, after):
    return submit(stack, "remove drug", lambda: plan.delete_regimen_drug(journal, item.drug.id),
               lambda _r: plan.delete_regimen_drug(journal, item.drug.id, restore=True), after=after)


def adjust(stack, journal, v, who, after):
    def do():
        return [plan.add_adjustment(journal, rd, kind=v.kind, effective=v.effective, days=v.days,
                                    dose_text=v.dose_text, notes=v.notes, entered_by_id=who)
                for rd in v.regimen_drug_ids]

    return submit(stack, v.kind, do, lambda made: [plan.remove_adjustment(journal, a.id) for a in made],
               redo=lambda made: [plan.remove_adjustment(journal, a.id, restore=True) for a in made], after=after)


def answer_past_doses(stack, journal, clock, past, choice, who, after):
    from tracker.services.plan import past_doses

    return submit(stack, "past doses",
               lambda: past_doses.answer(journal, clock, past, choice, entered_by_id=who),
               lambda made: past_doses.undo_answer(journal, made),
               redo=lambda made: past_doses.redo_answer(journal, made), after=after)


def mark_doses(stack, journal, clock, changes, who, after):
    """Record a past day's doses (from the calendar), marked as filled in afterwards."""
    from datetime import datetime

    from tracker.services import doses

    def do():
        now = clock.now()
        return [doses.record(journal, clock, dose, status, entered_by_id=who, backfilled=True,
                             at=min(now, datetime.combine(dose.day, dose.at, tzinfo=clock.zone)))
                for dose, status in changes]

    return submit(stack, "mark doses", do, lambda made: [doses.undo(journal, r) for r in reversed(made)],
               redo=lambda made: [doses.redo(journal, r) for r in made], after=after)


def add_appointment(stack, journal, v, who, after):
    return submit(stack, "appointment",
               lambda: appointments.add(journal, kind=v.kind, starts_at=v.starts_at, place=v.place, notes=v.notes,
                                        entered_by_id=who),
               lambda a: appointments.delete(journal, a.id),
               redo=lambda a: appointments.delete(journal, a.id, restore=True), after=after)


def remove_line(stack, journal, line, after):
    return submit(stack, "remove line", lambda: plan.delete_line(journal, line.id),
                  lambda _r: plan.delete_line(journal, line.id, restore=True), after=after)


def edit_appointment(stack, journal, appt, v, after):
    return submit(stack, "edit appointment",
                  lambda: appointments.edit(journal, appt.id, kind=v.kind, starts_at=v.starts_at, place=v.place,
                                            notes=v.notes),
                  lambda _r: appointments.edit(journal, appt.id, kind=appt.kind, starts_at=appt.starts_at,
                                               place=appt.place, notes=appt.notes), after=after)


def delete_appointment(stack, journal, appt, after):
    return submit(stack, "delete appointment", lambda: appointments.delete(journal, appt.id),
                  lambda _r: appointments.delete(journal, appt.id, restore=True), after=after)


def bind_undo_button(stack: QUndoStack, button) -> None:
    """Enable `button` while there is something to undo and say in its tooltip what it undoes.
    Uses the signals' own values: the stack may already be half gone when its last signals come."""
    def describe(text: str) -> None:
        tip = (QCoreApplication.translate("PlanActions", "Undo: {what} (Ctrl+Z)").format(what=text) if text
               else QCoreApplication.translate("PlanActions", "Nothing to undo"))
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)

    stack.canUndoChanged.connect(button.setEnabled)
    stack.undoTextChanged.connect(describe)
    button.setEnabled(stack.canUndo())
    describe(stack.undoText())


def add_local_treatment(stack, journal, clock, value, who, after):
    from tracker.services import local_treatments

    return submit(stack, "add local", lambda: local_treatments.add(journal, clock, value, entered_by_id=who),
               lambda t: local_treatments.delete(journal, t.id),
               redo=lambda t: local_treatments.delete(journal, t.id, restore=True), after=after)


def edit_local_treatment(stack, journal, clock, existing, value, who, after):
    from tracker.services import local_treatments

    return submit(stack, "edit local", lambda: local_treatments.edit(journal, clock, existing.id, value, entered_by_id=who),
               lambda _t: local_treatments.edit(journal, clock, existing.id, existing.to_domain(), entered_by_id=who),
               redo=lambda _t: local_treatments.edit(journal, clock, existing.id, value, entered_by_id=who), after=after)


def remove_local_treatment(stack, journal, existing, after):
    from tracker.services import local_treatments

    return submit(stack, "remove local", lambda: local_treatments.delete(journal, existing.id),
               lambda _r: local_treatments.delete(journal, existing.id, restore=True),
               redo=lambda _r: local_treatments.delete(journal, existing.id), after=after)
