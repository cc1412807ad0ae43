"""One running app per data folder: a second start brings the first window forward.

A local socket (QLocalServer) named after the user and the data folder. The second process
connects, says why it was started ("show", or "autostart" which asks for nothing), and exits.
The one-writer lock file on each journal (storage) is the guard for the data itself; this is
only so that starting the app again from the menu finds the one already running.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW, AUTOSTART = b"show", b"autostart"
TIMEOUT_MS = 1500


def server_name(data_dir: Path) -> str:
    key = f"{getpass.getuser()}\0{Path(data_dir).resolve()}".encode()
    return "treatment-journey-" + hashlib.sha256(key).hexdigest()[:24]


def tell_running(data_dir: Path, message: bytes = SHOW) -> bool:
    """True when another instance is running for this folder (and got the message)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(message + b"\n")
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts; emits `show_requested` when one asks to be shown."""

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        if not self.server.listen(name):
            # A socket left by a crashed run: nobody answered tell_running(), so remove it.
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

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()).strip() == SHOW:
                self.show_requested.emit()

    def close(self) -> None:
        self.server.close()
