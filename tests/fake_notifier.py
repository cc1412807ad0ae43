"""A stand-in for the desktop's notification service: records what would be on screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class RecordingNotifier(QObject):
    activated = Signal(str)
    failed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str, list]] = []
        self.on_screen = False

    @property
    def bodies(self) -> list[str]:
        """The text of each notification shown, in order."""
        return [body for _title, body, _actions in self.shown]

    def show(self, title, body, actions) -> bool:
        self.shown.append((title, body, actions))
        self.on_screen = True
        return True

    def withdraw(self) -> None:
        self.on_screen = False

    def stop(self) -> None:
        self.on_screen = False
