"""The plan-and-doses use case: every change to the plan and every dose mark, undoably.

    ctx.plan.submit("taken", do, undo, redo=…, change=Change.DOSES).then(saved=…, refused=…)

One per unlocked session, made by the main window and reachable as `ctx.plan`: the Plan's
buttons, calendar and keys and Today's dose marks all go through it, so a dose ticked on
Today is undone from the Plan (and the other way round) and a view rebuilt keeps the
history. Its undo history (which names lines, drugs and doses) goes with the lock (`close`).

`do` runs on the task runner (journal_write.write) after the reads before it; once written,
a command is pushed so Ctrl+Z takes it back, and views hear of it (`change`). Its undo and
redo are writes on the runner too, in the order they are pressed (the runner is serial, so an
undo never overtakes what it undoes). The returned `Pending` tells the form once the write is
saved (the command is on the stack by then) or refused (the form shows why, keeps what was
typed); a refusal nobody handles is shown to the person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from tracker.domain.errors import KnownError
from tracker.ui.common.journal_write import write
from tracker.ui.common.refused_step import RefusableStep
from tracker.ui.context import Change
from tracker.ui.plan.actions import label

if TYPE_CHECKING:
    from tracker.ui.context import AppContext


def plan_use_case(ctx: AppContext) -> PlanUseCase:
    """The session's plan use case. The main window makes it at unlock; a view shown on its
    own (a test, no window) makes the one its context keeps."""
    if ctx.plan is None:
        ctx.plan = PlanUseCase(ctx)
    return ctx.plan


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


class ServiceCommand(RefusableStep, QUndoCommand):
    """A change already written; undo and redo write on the runner, then views hear of it."""

    def __init__(self, use_case: PlanUseCase, text: str, result: object, do: Callable[[], object],
                 undo: Callable[[Any], object], redo: Callable[[Any], object] | None, change: Change) -> None:
        super().__init__(label(text))
        self.result = result
        self._use_case = use_case
        self._do, self._undo, self._redo, self._change = do, undo, redo, change
        self._first = True

    def redo(self) -> None:
        if self.skipping():
            return
        if self._first:  # pushed once written: only the notice is left
            self._first = False
            self._use_case.changed(self._change)
            return
        redo, result = self._redo, self.result
        if redo is not None:
            self._write(lambda: redo(result), keep_result=False, undoing=False)
        else:
            self._write(self._do, keep_result=True, undoing=False)

    def undo(self) -> None:
        if self.skipping():
            return
        undo, result = self._undo, self.result
        self._write(lambda: undo(result), keep_result=False, undoing=True)

    def _write(self, work: Callable[[], object], *, keep_result: bool, undoing: bool) -> None:
        def saved(value: object) -> None:
            if keep_result:
                self.result = value  # done again from scratch: what the next undo takes back
            self._use_case.changed(self._change)

        def refused(exc: KnownError) -> None:
            from tracker.ui.common.errors import show_error

            self.take_back(None if self._use_case.closed else self._use_case.undo, undoing=undoing)
            show_error(None, exc)
            self._use_case.changed(self._change)  # the views show what the journal holds

        write(work, owner=self._use_case.undo, on_saved=saved, on_refused=refused)


class PlanUseCase:
    """One undo history for the plan and the doses of this session (see the module text)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        # Not a child of a view or the window: views are rebuilt and the window outlives the
        # session; this history must outlive the first and not the second.
        self.undo = QUndoStack()
        self._closed = False

    def submit(self, text: str, do: Callable[[], object], undo: Callable[[Any], object], *,
               redo: Callable[[Any], object] | None = None, change: Change = Change.PLAN) -> Pending:
        """Do it on the task runner, then make it undoable (`text` names it in the Undo
        button's tooltip; `redo` defaults to doing it again from scratch)."""
        pending = Pending()

        def saved(result: object) -> None:
            if not self._closed:  # written as the lock came: kept, but not undoable any more
                self.undo.push(ServiceCommand(self, text, result, do, undo, redo, change))
            pending.saved(result)

        write(do, owner=self.undo, on_saved=saved, on_refused=pending.refused)
        return pending

    @property
    def closed(self) -> bool:
        return self._closed

    def changed(self, change: Change) -> None:
        if not self._closed:
            self.ctx.events.notify(change)

    def close(self) -> None:
        """The journal locks: forget what could be undone (it names lines, drugs and doses)."""
        self._closed = True
        self.undo.clear()
