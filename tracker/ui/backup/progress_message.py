"""What the backup dialogs share: a determinate progress bar and an error line.

A mixin for dialogs that have `self.busy` (QProgressBar), `self.message` (QLabel) and a
`set_busy(bool)` of their own (each disables its own fields).
"""

from __future__ import annotations


class ProgressAndMessage:
    def set_progress(self, done: int, total: int) -> None:
        self.busy.setMaximum(max(1, total))
        self.busy.setValue(done)

    def show_error(self, text: str) -> None:
        from tracker.ui.common.errors import grow_to_fit

        self.set_busy(False)
        self.message.setText(text)
        self.message.show()
        grow_to_fit(self)  # an error must never be clipped by the dialog's old size
