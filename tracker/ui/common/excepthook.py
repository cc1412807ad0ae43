"""Routing unexpected exceptions on the GUI thread to the bug-report dialog.

Its own small module: installed before the first window paints, while the dialog (and what it
imports) loads only when something actually goes wrong.
"""

from __future__ import annotations

import sys


def install_excepthook() -> None:
    """Route unexpected exceptions on the GUI thread to the dialog (and keep stderr's type line)."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):  # noqa: ANN001
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        if exc is not None and exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        # Only the type goes to stderr: the message could hold diary content.
        print(f"Treatment Journey: unexpected {exc_type.__name__}", file=sys.stderr)
        from PySide6.QtWidgets import QApplication

        from tracker.ui.common.errors import show_error

        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
