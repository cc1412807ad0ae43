"""Dose marks on Today written on the task runner, each one step of the view's undo stack.

    mark(view, "taken", do, undo, redo=…, after=view._changed)

`do` runs on the runner (journal_write.write); once written, a `MarkCommand` is pushed so
Ctrl+Z takes it back. Its undo and redo are writes too, submitted in the order they are
pressed (the runner is serial, so an undo never overtakes the mark it undoes). A refusal
(KnownError) is shown and the view reads again; any other error goes to the bug report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from tracker.domain.errors import KnownError
from tracker.ui.common.journal_write import write
from tracker.ui.plan.actions import label


class MarkCommand(QUndoCommand):
    """A mark already written; undo and redo write on the runner, then call `after`."""

    def __init__(self, view: QWidget, text: str, result: Any, do: Callable[[], Any], undo: Callable[[Any], Any],
                 redo: Callable[[Any], Any] | None, after: Callable[[], None]) -> None:
        super().__init__(label(text))
        self.view, self.result = view, result
        self._do, self._undo, self._redo, self._after = do, undo, redo, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushed once written: only the notice is left
            self._first = False
            self._after()
            return
        if self._redo is not None:
            redo, result = self._redo, self.result
            self._write(lambda: redo(result))
        else:
            self._write(self._do, keep_result=True)

    def undo(self) -> None:
        undo, result = self._undo, self.result
        self._write(lambda: undo(result))

    def _write(self, work: Callable[[], Any], keep_result: bool = False) -> None:
        def saved(result: Any) -> None:
            if keep_result:
                self.result = result
            self._after()

        write(work, owner=self.view, on_saved=saved, on_refused=lambda exc: refused(self.view, exc))


def mark(view: QWidget, stack, text: str, do: Callable[[], Any], undo: Callable[[Any], Any], *,
         redo: Callable[[Any], Any] | None = None, after: Callable[[], None]) -> None:
    """Write `do` on the runner; once written, make it one undoable step."""
    def saved(result: Any) -> None:
        stack.push(MarkCommand(view, text, result, do, undo, redo, after))

    write(do, owner=view, on_saved=saved, on_refused=lambda exc: refused(view, exc))


def refused(view: QWidget, exc: KnownError) -> None:
    """The service said no (the dose was changed elsewhere, say): say why, and show what is true now."""
    from tracker.ui.common.errors import show_error

    show_error(view, exc)
    refresh = getattr(view, "refresh", None)
    if callable(refresh):
        refresh()
