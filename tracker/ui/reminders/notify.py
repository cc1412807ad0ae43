"""One desktop notification for the doses due now, with "Taken" and "Snooze 10 min".

Exactly one channel carries it, so she never gets the same reminder twice:

- Linux with a session bus: the freedesktop Notifications service, spoken to directly
  (dbus-fast, which desktop-notifier brings) because only that way can we send the hints
  that keep a reminder on screen: critical urgency, no timeout, a reminder category, the
  desktop entry (for the installed icon) and an alarm sound where the server plays sounds.
  A repeat replaces the notification on screen instead of adding another.
- Windows and macOS: desktop-notifier (buttons, click, critical urgency, default sound).
- Otherwise, or when the notification service does not answer: the tray icon's message.
- Without any of these the Today page and the tray tooltip are the reminder.

The text never names a drug: notifications can show on a locked screen.
D-Bus work happens on a private asyncio loop thread; results come back as Qt signals
(queued to the GUI thread).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from tracker import APP_ID, APP_NAME

if TYPE_CHECKING:
    import asyncio

BUS_NAME = "org.freedesktop.Notifications"
BUS_PATH = "/org/freedesktop/Notifications"
#: Freedesktop sound naming spec: the sound for an alarm going off.
SOUND_NAME = "alarm-clock-elapsed"
#: Vendor category ("x-vendor.class"): there is no standard "reminder" category yet.
CATEGORY = "x-treatmentjourney.reminder"
DEFAULT, TAKEN, SNOOZE = "default", "taken", "snooze"


def icon_path() -> Path:
    """The app icon (source tree and PyInstaller bundle keep it at packaging/icon.svg)."""
    return Path(__file__).resolve().parents[3] / "packaging" / "icon.svg"


def _linux() -> bool:
    return sys.platform.startswith("linux") or sys.platform.startswith("freebsd")


def session_bus_address() -> str | None:
    """The session bus: from the environment, or systemd's per-user socket when that is unset."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return os.environ["DBUS_SESSION_BUS_ADDRESS"]
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime, "bus").exists():
        return f"unix:path={Path(runtime, 'bus')}"
    return None


class _LoopThread:
    """A private asyncio loop in a daemon thread; stopped and closed by `stop()`."""

    def __init__(self) -> None:
        import asyncio  # here, not at the top: ~0.1 s a locked start need not spend before its window

        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, name="notifications", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        import asyncio

        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def submit(self, coro: Coroutine[Any, Any, Any]) -> None:
        import asyncio

        asyncio.run_coroutine_threadsafe(coro, self.loop)

    def stop(self, cleanup: Coroutine[Any, Any, Any] | None = None) -> None:
        import asyncio

        if cleanup is not None:
            future = asyncio.run_coroutine_threadsafe(cleanup, self.loop)
            try:
                future.result(timeout=3)
            except (OSError, EOFError):
                pass  # shutting down: the bus may already be gone (TimeoutError is an OSError)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=3)
        if not self.thread.is_alive():
            self.loop.close()


class FreedesktopChannel:
    """org.freedesktop.Notifications over dbus-fast, low level (no introspection needed)."""

    def __init__(self, on_action: Callable[[str], None], on_failed: Callable[[], None]) -> None:
        self._on_action = on_action
        self._on_failed = on_failed
        self._bus: Any = None
        self._current_id = 0
        self._tasks: set[asyncio.Future[None]] = set()
        self._loop = _LoopThread()

    def show(self, title: str, body: str, actions: list[tuple[str, str]]) -> None:
        self._loop.submit(self._show(title, body, actions))

    def withdraw(self) -> None:
        self._loop.submit(self._withdraw())

    def stop(self) -> None:
        self._loop.stop(self._disconnect())

    async def _connect(self) -> Any:
        from dbus_fast import Message
        from dbus_fast.aio import MessageBus

        if self._bus is None:
            bus = await MessageBus(bus_address=session_bus_address()).connect()
            await bus.call(Message(destination="org.freedesktop.DBus", path="/org/freedesktop/DBus",
                                   interface="org.freedesktop.DBus", member="AddMatch", signature="s",
                                   body=[f"type='signal',interface='{BUS_NAME}'"]))
            bus.add_message_handler(self._signal)
            self._bus = bus
        return self._bus

    async def _call(self, member: str, signature: str, body: list[Any]) -> list[Any]:
        from dbus_fast import Message, MessageType

        bus = await self._connect()
        reply = await bus.call(Message(destination=BUS_NAME, path=BUS_PATH, interface=BUS_NAME,
                                       member=member, signature=signature, body=body))
        if reply is None or reply.message_type == MessageType.ERROR:
            raise ConnectionError(str(reply.error_name if reply is not None else "no reply"))
        return list(reply.body)

    async def _show(self, title: str, body: str, actions: list[tuple[str, str]]) -> None:
        from dbus_fast import Variant
        from dbus_fast.errors import DBusFastError

        flat: list[str] = []
        for key, label in actions:
            flat += [key, label]
        icon = icon_path()
        hints = {
            "urgency": Variant("y", 2),  # critical: stays until she acts on it
            "category": Variant("s", CATEGORY),
            "desktop-entry": Variant("s", APP_ID),
            "sound-name": Variant("s", SOUND_NAME),
        }
        try:
            (self._current_id,) = await self._call(
                "Notify", "susssasa{sv}i",
                [APP_NAME, self._current_id, icon.as_uri() if icon.exists() else APP_ID, title, body, flat, hints, 0])
        except (OSError, EOFError, ValueError, DBusFastError):
            # dbus-fast raises these when there is no bus or no notification service.
            self._current_id = 0
            self._on_failed()

    async def _withdraw(self) -> None:
        if not self._current_id:
            return
        nid, self._current_id = self._current_id, 0
        await self._close(nid)

    async def _close(self, nid: int) -> None:
        from dbus_fast.errors import DBusFastError

        try:
            await self._call("CloseNotification", "u", [nid])
        except (OSError, EOFError, ValueError, DBusFastError):
            return  # already closed, or the service went away: nothing left on screen

    async def _disconnect(self) -> None:
        await self._withdraw()
        if self._bus is not None:
            self._bus.disconnect()
            self._bus = None

    def _signal(self, message: Any) -> bool:
        if message.interface != BUS_NAME or not message.body or message.body[0] != self._current_id:
            return False
        if message.member == "ActionInvoked":
            import asyncio

            nid, self._current_id = self._current_id, 0
            # Some servers leave it on screen after an action; it has been answered.
            task = asyncio.ensure_future(self._close(nid))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            self._on_action(str(message.body[1]))
        elif message.member == "NotificationClosed":
            self._current_id = 0
        return False


class DesktopNotifierChannel:
    """Windows and macOS through desktop-notifier (its own backends there)."""

    def __init__(self, on_action: Callable[[str], None], on_failed: Callable[[], None]) -> None:
        from desktop_notifier import DesktopNotifier, Icon

        self._on_action = on_action
        self._loop = _LoopThread()
        icon = icon_path()
        self._notifier = DesktopNotifier(app_name=APP_NAME, app_icon=Icon(path=icon) if icon.exists() else None)
        self._current: str | None = None

    def show(self, title: str, body: str, actions: list[tuple[str, str]]) -> None:
        self._loop.submit(self._show(title, body, actions))

    def withdraw(self) -> None:
        self._loop.submit(self._withdraw())

    def stop(self) -> None:
        self._loop.stop(self._close())

    async def _close(self) -> None:
        await self._withdraw()
        # desktop-notifier has no close(); its D-Bus backend (Linux) keeps its connection in `bus`.
        bus = getattr(self._notifier._backend, "bus", None)
        if bus is not None:
            bus.disconnect()
            await bus.wait_for_disconnect()

    async def _show(self, title: str, body: str, actions: list[tuple[str, str]]) -> None:
        from desktop_notifier import DEFAULT_SOUND, Button, Urgency

        await self._withdraw()
        buttons = [Button(label, on_pressed=lambda k=key: self._on_action(k), identifier=key)
                   for key, label in actions if key != DEFAULT]
        self._current = await self._notifier.send(title, body, urgency=Urgency.Critical, buttons=buttons,
                                                  on_clicked=lambda: self._on_action(DEFAULT), sound=DEFAULT_SOUND)

    async def _withdraw(self) -> None:
        current, self._current = self._current, None
        # Gone already when she acted on it or dismissed it.
        if current is not None and current in await self._notifier.get_current_notifications():
            await self._notifier.clear(current)


class Notifier(QObject):
    """The one reminder notification. `activated` carries "default", "taken" or "snooze"."""

    activated = Signal(str)
    #: The notification service did not answer; the controller falls back to the tray.
    failed = Signal()

    def __init__(self, parent: QObject | None = None, *, channel: str | None = None) -> None:
        super().__init__(parent)
        self._kind = channel if channel is not None else self.system_channel()
        self._channel: FreedesktopChannel | DesktopNotifierChannel | None = None

    @staticmethod
    def system_channel() -> str:
        if _linux():
            return "freedesktop" if session_bus_address() else "none"
        return "desktop-notifier"

    @property
    def kind(self) -> str:
        return self._kind

    def _get(self) -> FreedesktopChannel | DesktopNotifierChannel | None:
        if self._channel is None and self._kind != "none":
            cls = FreedesktopChannel if self._kind == "freedesktop" else DesktopNotifierChannel
            self._channel = cls(self.activated.emit, self._failed)
            self.destroyed.connect(self._channel.stop)  # the loop thread ends with its owner
        return self._channel

    def _failed(self) -> None:
        self._kind = "none"
        self.failed.emit()

    def show(self, title: str, body: str, actions: list[tuple[str, str]]) -> bool:
        """Show (or replace) the notification; False when this notifier has no channel."""
        channel = self._get()
        if channel is None:
            return False
        channel.show(title, body, actions)
        return True

    def withdraw(self) -> None:
        if self._channel is not None:
            self._channel.withdraw()

    def stop(self) -> None:
        if self._channel is not None:
            channel, self._channel = self._channel, None
            self.destroyed.disconnect(channel.stop)
            channel.stop()
