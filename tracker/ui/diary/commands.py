"""Undoable diary changes (QUndoStack: Ctrl+Z / Ctrl+Shift+Z).

Deleting is soft, so undo just clears `deleted_at`. Edits keep the old values and write
them back on undo. Adding can be undone too (the new entry is marked deleted).

redo() and undo() submit their write to the task runner (ui/common/journal_write.py) and
return: the runner's one journal lane keeps them in the order pressed, so an undo pressed
right after a delete runs after it. The change notice goes out once the write is done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from tracker.domain.errors import KnownError
from tracker.services import timeline
from tracker.ui.common.errors import show_error
from tracker.ui.common.journal_write import write
from tracker.ui.common.refused_step import RefusableStep
from tracker.ui.context import Change


def tr(text: str) -> str:
    return QCoreApplication.translate("DiaryUndo", text)


class _Command(RefusableStep, QUndoCommand):
    def __init__(self, ctx, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx

    def _run(self, action: Callable[[], Any], *, undoing: bool) -> None:
        """Write on the task runner; then say the diary changed (a refusal is shown, the history
        put back as the journal is, and the views read again: they show what it holds)."""
        if self.skipping():
            return

        def refused(exc: KnownError) -> None:
            self.take_back(self.ctx.diary.undo if self.ctx.diary is not None else None, undoing=undoing)
            show_error(None, exc)
            self.ctx.events.notify(Change.DIARY)

        # The events outlive every view: the notice reaches Today and the banner even when
        # the Diary that pressed it has closed meanwhile.
        write(action, owner=self.ctx.events, on_saved=lambda _r: self.ctx.events.notify(Change.DIARY),
              on_refused=refused)

    def _set_deleted(self, kind: str, item_id: int, deleted: bool, *, undoing: bool) -> None:
        if self.skipping():
            return
        journal, clock = self.ctx.journal, self.ctx.clock
        if journal is None:  # locking: the journal is gone with the views
            return
        self._run(lambda: timeline.set_deleted(journal, kind, item_id, deleted, clock), undoing=undoing)


class DeleteCommand(_Command):
    def __init__(self, ctx, kind: str, item_id: int) -> None:
        super().__init__(ctx, tr("Delete entry"))
        self.kind, self.item_id = kind, item_id

    def redo(self) -> None:
        self._set_deleted(self.kind, self.item_id, True, undoing=False)

    def undo(self) -> None:
        self._set_deleted(self.kind, self.item_id, False, undoing=True)


class RestoreCommand(_Command):
    """Bring back an entry deleted earlier (found with "Show deleted")."""

    def __init__(self, ctx, kind: str, item_id: int) -> None:
        super().__init__(ctx, tr("Restore entry"))
        self.kind, self.item_id = kind, item_id

    def redo(self) -> None:
        self._set_deleted(self.kind, self.item_id, False, undoing=False)

    def undo(self) -> None:
        self._set_deleted(self.kind, self.item_id, True, undoing=True)


class AddedCommand(_Command):
    """Records an entry that was already saved, so Ctrl+Z can take it back."""

    def __init__(self, ctx, kind: str, item_id: int) -> None:
        super().__init__(ctx, tr("Add entry"))
        self.kind, self.item_id = kind, item_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._set_deleted(self.kind, self.item_id, False, undoing=False)

    def undo(self) -> None:
        self._set_deleted(self.kind, self.item_id, True, undoing=True)


class EditCommand(_Command):
    """`apply_new` and `apply_old` write the whole entry (on the task runner); redo runs
    first when pushed, unless the form has already written it (`done`)."""

    def __init__(self, ctx, apply_new: Callable[[], Any], apply_old: Callable[[], Any], *, done: bool = False) -> None:
        super().__init__(ctx, tr("Edit entry"))
        self.apply_new, self.apply_old = apply_new, apply_old
        self._first = done

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.apply_new, undoing=False)

    def undo(self) -> None:
        self._run(self.apply_old, undoing=True)
