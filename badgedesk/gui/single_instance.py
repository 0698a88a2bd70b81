"""One app per journal: a second ``badgedesk FILE`` hands FILE to the running app and exits.

The first instance holds a lock file in BADGEDESK_HOME (``QLockFile``: released by the OS when the
process dies, stale locks detected by PID) and listens on a ``QLocalServer`` (a Unix socket, or a
named pipe on Windows). The server's name is derived from the user and the home folder, so two users
of one PC, or the demo's throwaway home, never meet. A later instance fails to take the lock,
connects, sends each path as one UTF-8 line and exits; the first opens the file in the Cohort step.
So a second copy never drives the same journal, whichever way it was started.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_S = 5.0  # the first instance may still be starting: keep trying this long
LOCK_NAME = "badgedesk.instance.lock"


def server_name(home: Path) -> str:
    """A per-user, per-home name (a Windows pipe name is global to the PC, so the user is in it)."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment: the home alone
        user = ""
    digest = hashlib.sha256(f"{user}\0{Path(home).resolve()}".encode()).hexdigest()[:16]
    return f"badgedesk-{digest}"


class SingleInstance(QObject):
    """``acquire()`` True: this is the first instance, listening; ``fileReceived`` carries handed paths."""

    fileReceived = Signal(str)

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.name = server_name(self.home)
        self._lock = QLockFile(str(self.home / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock and listen; False when another instance holds it."""
        if not self._lock.tryLock(0):
            return False
        # We hold the lock, so a server left by a crashed instance is stale: remove it (Unix).
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("Cannot listen for other instances on %s: %s", self.name, server.errorString())
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll()))
                while b"\n" in buffer:
                    line, _, rest = bytes(buffer).partition(b"\n")
                    buffer[:] = rest
                    path = line.decode("utf-8", "replace").strip()
                    if path:
                        self.fileReceived.emit(path)
                    else:  # an empty line: "just show yourself"
                        self.fileReceived.emit("")

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            read()


def hand_over(home: Path, paths: list[str], timeout_s: float = CONNECT_TIMEOUT_S) -> bool:
    """Send ``paths`` (absolute) to the running instance; True when it took them.

    With no path, the running instance is asked to come to the front.
    """
    name = server_name(home)
    deadline = time.monotonic() + timeout_s
    socket = QLocalSocket()
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            break
        if time.monotonic() > deadline:
            log.warning("No running BadgeDesk answered on %s: %s", name, socket.errorString())
            return False
        time.sleep(0.1)
    lines = [str(Path(p).expanduser().resolve()) for p in paths] or [""]
    socket.write("".join(f"{line}\n" for line in lines).encode("utf-8"))
    ok = socket.waitForBytesWritten(2000) or socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(1000)
    return ok
