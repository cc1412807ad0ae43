"""Writing to the journal from the interface: on the task runner, never lost to the lock.

    write(lambda: diary.log_symptoms(journal, …), owner=self.form,
          on_saved=self._saved, on_refused=self._show_refusal)

A write (a save, a tick, an undo) runs on the journal lane after the work submitted before it,
so a refresh submitted after it reads what it wrote. Unlike a read, a write is not cancelled
when the journal locks: what she pressed Save on is saved, and the lock waits for it (it waits
for the journal lane to be idle before the key goes). Its callbacks land only while `owner`
lives: once it is deleted they are skipped, the change is in the journal all the same. A form
the lock only closed (hidden, deleted later) still hears of it: check for the lock there.

`on_refused` gets the KnownErrors a service raises for bad input (ValidationError and kin) so
the form can say why and keep what was typed; anything else is a bug and reaches the bug report.
`on_done` runs last whatever the outcome, a bug included (a form gives its buttons back).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import isValid

from tracker.domain.errors import KnownError
from tracker.ui.common.runner import Task, task_runner


def write(
    work: Callable[[], Any],
    *,
    owner: QObject,
    on_saved: Callable[[Any], None] | None = None,
    on_refused: Callable[[KnownError], None] | None = None,
    on_done: Callable[[], None] | None = None,
) -> Task:
    """Submit `work` (no arguments) to the journal lane; see the module text."""

    def saved(result: Any) -> None:
        if on_saved is not None and isValid(owner):
            on_saved(result)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, KnownError) and on_refused is not None:
            if isValid(owner):
                on_refused(exc)
            return
        raise exc  # a bug: to the bug report (the runner still ends the task)

    def finished() -> None:
        if on_done is not None and isValid(owner):
            on_done()

    return task_runner().submit(lambda _progress: work(), on_success=saved, on_failure=failed,
                                on_finished=finished)
