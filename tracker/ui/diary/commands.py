"""Undoable diary changes (QUndoStack: Ctrl+Z / Ctrl+Shift+Z).

Deleting is soft, so undo just clears `deleted_at`. Edits keep the old values and write
them back on undo. Adding can be undone too (the new entry is marked deleted).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from tracker.services import timeline
from tracker.ui.common.errors import show_error
from tracker.ui.context import Change


def tr(text: str) -> str:
    return QCoreApplication.translate("DiaryUndo", text)


class _Command(QUndoCommand):
    def __init__(self, ctx, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - shown to the person; the stack stays usable
            self.setObsolete(True)
            show_error(None, exc)
        self.ctx.events.notify(Change.DIARY)


class DeleteCommand(_Command):
    def __init__(self, ctx, kind: str, item_id: int) -> None:
        super().__init__(ctx, tr("Delete entry"))
        self.kind, self.item_id = kind, item_id

    def redo(self) -> None:
        self._run(lambda: timeline.set_deleted(self.ctx.journal, self.kind, self.item_id, True, self.ctx.clock))

    def undo(self) -> None:
        self._run(lambda: timeline.set_deleted(self.ctx.journal, self.kind, self.item_id, False, self.ctx.clock))


class RestoreCommand(_Command):
    """Bring back an entry deleted earlier (found with "Show deleted")."""

    def __init__(self, ctx, kind: str, item_id: int) -> None:
        super().__init__(ctx, tr("Restore entry"))
        self.kind, self.item_id = kind, item_id

    def redo(self) -> None:
        self._run(lambda: timeline.set_deleted(self.ctx.journal, self.kind, self.item_id, False, self.ctx.clock))

    def undo(self) -> None:
        self._run(lambda: timeline.set_deleted(self.ctx.journal, self.kind, self.item_id, True, self.ctx.clock))


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
        self._run(lambda: timeline.set_deleted(self.ctx.journal, self.kind, self.item_id, False, self.ctx.clock))

    def undo(self) -> None:
        self._run(lambda: timeline.set_deleted(self.ctx.journal, self.kind, self.item_id, True, self.ctx.clock))


class EditCommand(_Command):
    """`apply_new` and `apply_old` write the whole entry; redo runs first when pushed."""

    def __init__(self, ctx, apply_new: Callable[[], None], apply_old: Callable[[], None]) -> None:
        super().__init__(ctx, tr("Edit entry"))
        self.apply_new, self.apply_old = apply_new, apply_old

    def redo(self) -> None:
        self._run(self.apply_new)

    def undo(self) -> None:
        self._run(self.apply_old)
