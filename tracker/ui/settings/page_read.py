"""A Settings page's read: on the task runner, its result back on the GUI thread.

    read(self, "care-team", journal, settings_data.load_care_team, self._fill)

A newer read from the same page drops an older one still under way (its result never lands).
A read that ends after the page is gone, or after its journal was locked or replaced (a
restore swaps it), delivers nothing: not its result, nor an error from the closed journal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from tracker.ui.common.background import BackgroundOp


def read(page: QWidget, name: str, journal: Any, load: Callable[[Any], Any],
         on_loaded: Callable[[Any], None]) -> BackgroundOp:
    ctx = page.ctx  # type: ignore[attr-defined]

    def loaded(result: Any) -> None:
        if ctx.journal is journal:
            on_loaded(result)

    def failed(exc: BaseException) -> None:
        if ctx.journal is journal and journal.is_open:  # a real problem, shown as usual
            from tracker.ui.common.errors import show_error

            show_error(page, exc)

    op = BackgroundOp(lambda _progress: load(journal), on_success=loaded, on_failure=failed,
                      key=f"{name}-{id(page)}", parent=page)
    op.finished.connect(op.deleteLater)
    return op.start()
