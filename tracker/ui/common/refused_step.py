"""Keeping an undo history true when the journal refuses a step's write.

Undo steps write on the task runner and QUndoStack moves its index at once, so a write
refused later (a full disk, a damaged file) would leave Ctrl+Z offering to undo what never
happened, or redo what is still done. `take_back` puts the history back as the journal is.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack


class RefusableStep:
    """Mixed into a QUndoCommand whose redo()/undo() start with `if self.skipping(): return`."""

    _skip = False

    def skipping(self) -> bool:
        """True once after `take_back`: that undo()/redo() only moves the history."""
        if self._skip:
            self._skip = False
            return True
        return False

    def take_back(self, stack: QUndoStack | None, *, undoing: bool) -> None:
        """A refused step is taken off (QUndoStack deletes an obsolete step once undone); a
        refused undo is put back as still done. If other steps came after it, the history is
        cleared: their order can no longer be trusted. No stack: locked, the history is gone."""
        if stack is None:
            return
        at = stack.index()
        # A refused redo with undone steps after it (done after it, once) clears them too: one
        # such step redone without it could act on what it never made.
        if not undoing and at == stack.count() and at > 0 and stack.command(at - 1) is self:
            self._skip = True
            self.setObsolete(True)  # type: ignore[attr-defined]  # a QUndoCommand method
            stack.undo()
        elif undoing and at < stack.count() and stack.command(at) is self:
            self._skip = True
            stack.redo()
        else:
            stack.clear()
