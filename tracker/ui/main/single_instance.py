"""One running app per data folder: a second start brings the first window forward.

Who is first is decided by an OS file lock on `<data folder>/app.lock` (flock/msvcrt, the
same lock the journals use): atomic, dropped by the OS however a run ends, and cheap — so a
first start, the usual case, paints its window without loading QtNetwork at all. A start
that finds the lock held knows another run is alive and tells it through a local socket
(QLocalServer, named after the user and the folder): "show", or "autostart" which asks for
nothing. The running app opens that socket just after its first paint; a second start made
in between waits for it rather than opening a second window (issue 17: the check cost
~7 ms of every cold start before the first paint).

The one-writer lock file on each journal (storage) is the guard for the data itself; this is
only so that starting the app again from the menu finds the one already running.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from tracker.domain.errors import JournalInUse
from tracker.storage import journal_lock
from tracker.storage.paths import ensure_private_dir

SHOW, AUTOSTART = b"show", b"autostart"
LOCK_NAME = "app.lock"
#: How long a second start waits for the running app to answer: it opens its socket shortly
#: after its first paint, which on a slow machine can take a couple of seconds.
ANSWER_WITHIN_S = 10.0
RETRY_S = 0.05


class Claim:
    """This run is the one for the folder while it holds this (kept for the app's lifetime)."""

    def __init__(self, lock: journal_lock.JournalLock) -> None:
        self._lock = lock

    def release(self) -> None:
        self._lock.release()


def claim(data_dir: Path) -> Claim | None:
    """Take the folder's app lock, or None when another run of the app holds it."""
    folder = ensure_private_dir(Path(data_dir))
    try:
        return Claim(journal_lock.acquire_file(folder / LOCK_NAME))
    except JournalInUse:
        return None


def server_name(data_dir: Path) -> str:
    import getpass
    import hashlib

    key = f"{getpass.getuser()}\0{Path(data_dir).resolve()}".encode()
    return "treatment-journey-" + hashlib.sha256(key).hexdigest()[:24]


def claim_or_tell(data_dir: Path, message: bytes = SHOW, within_s: float = ANSWER_WITHIN_S) -> Claim | bool:
    """This run's claim when no other run holds the folder, also when the one holding it ends
    while this start waits for its answer (she quit and started again at once: a quitting run
    closes its socket first and keeps its claim until its journals are closed); otherwise
    whether the running app got the message within `within_s`."""
    found = claim(data_dir)
    if found is not None:
        return found
    taken: list[Claim] = []

    def ended() -> bool:
        again = claim(data_dir)
        if again is not None:
            taken.append(again)
        return again is not None

    told = tell_running(data_dir, message, within_s, ended=ended)
    return taken[0] if taken else told


def tell_running(data_dir: Path, message: bytes = SHOW, within_s: float = ANSWER_WITHIN_S, *,
                 ended: Callable[[], bool] | None = None) -> bool:
    """Give the running app the message; False when nobody answered within `within_s`, or
    as soon as `ended()` says the run that held the folder is gone."""
    from PySide6.QtNetwork import QLocalSocket

    name = server_name(data_dir)
    deadline = time.monotonic() + within_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(max(1, int((deadline - time.monotonic()) * 1000))):
            socket.write(message + b"\n")
            socket.waitForBytesWritten(1500)
            socket.disconnectFromServer()
            return True
        if time.monotonic() >= deadline or (ended is not None and ended()):
            return False
        time.sleep(RETRY_S)  # not listening yet: it is still painting its first window


class InstanceServer(QObject):
    """Listens for later starts; emits `show_requested` when one asks to be shown.

    Made by the run that holds the folder's claim, so a socket already there under this name
    was left by a run that ended without closing it: it is removed.
    """

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)
            self.server.listen(name)
        self.server.newConnection.connect(self._connection)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)  # what arrived before the connection was picked up

    def _read(self, socket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()).strip() == SHOW:
                self.show_requested.emit()

    def close(self) -> None:
        self.server.close()
