"""What a Plan form does once its Save handed the values over (issue 15).

The Plan's saves are writes on the task runner (`ctx.plan.submit` returns a `Pending`): the form
stays open with Save and Cancel disabled until the write is done, then closes; a refusal
(ValidationError and kin) shows why and gives Save back, so nothing typed is lost. A save
that returned anything else (a test's stand-in, nothing to write) is done at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from shiboken6 import isValid

from tracker.domain.errors import KnownError
from tracker.ui.plan.use_case import Pending


def close_when_saved(dialog: QDialog, outcome: object, buttons: QDialogButtonBox,
                     show_refusal: Callable[[KnownError], None]) -> None:
    if not isinstance(outcome, Pending):
        dialog.accept()
        return
    buttons.setEnabled(False)

    def saved(_result: object) -> None:
        if isValid(dialog):
            dialog.accept()

    def refused(exc: KnownError) -> None:
        if isValid(dialog):
            buttons.setEnabled(True)
            show_refusal(exc)

    outcome.then(saved=saved, refused=refused)
