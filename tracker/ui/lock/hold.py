"""Work that must reach the person before the journal may lock: the lock waits for it.

A new recovery key (Settings → Passphrase and locking: "Make a new recovery key", "New keys")
replaces the old one the moment it is written; if the lock closed the page before the key was
shown — or closed the dialog showing it — she would be left with no recovery key that works and
no way to know. So that work holds the lock from its start until the dialog showing the key is
closed; a lock asked for meanwhile (Ctrl+L or the auto-lock) happens right after.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class LockHold(QObject):
    #: Nothing holds the lock any more.
    released = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._holders: set[int] = set()

    def hold(self, holder: QObject) -> None:
        key = id(holder)
        if key not in self._holders:
            self._holders.add(key)
            # A holder that goes away (its page closed) holds nothing.
            holder.destroyed.connect(lambda *_: self._let_go(key))

    def release(self, holder: QObject) -> None:
        self._let_go(id(holder))

    def held(self) -> bool:
        return bool(self._holders)

    def _let_go(self, key: int) -> None:
        if key in self._holders:
            self._holders.discard(key)
            if not self._holders:
                self.released.emit()
