"""A Settings page's read: on the task runner, its result back on the GUI thread.

    read(self, "care-team", lambda: settings_data.load_care_team(journal), self._fill)

A newer read from the same page drops an older one still under way (its result never lands),
and a read that ends after the page is gone, or after the journal locked, delivers nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from tracker.ui.common.background import BackgroundOp


def read(page: QWidget, name: str, work: Callable[[], Any], on_loaded: Callable[[Any], None]) -> BackgroundOp:
    def loaded(result: Any) -> None:
        if page.ctx.journal is not None:  # type: ignore[attr-defined]
            on_loaded(result)

    return BackgroundOp(lambda _progress: work(), on_success=loaded, key=f"{name}-{id(page)}", parent=page).start()
