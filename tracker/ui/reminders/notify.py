"""Desktop notifications through desktop-notifier, where it works.

Sent from a worker thread (the library talks D-Bus and may block). Without a session bus
nothing is sent and the in-app list and tray stay the reminder. The text
never names a drug: notifications can show on a locked screen.
"""

from __future__ import annotations

import os
import sys
import threading


def available() -> bool:
    if sys.platform.startswith("linux") and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    return True


def send(title: str, message: str) -> None:
    """Fire and forget; failures are silent because the in-app list still shows the dose."""
    if not available():
        return

    def work() -> None:
        try:
            from desktop_notifier import DesktopNotifierSync

            DesktopNotifierSync(app_name="Treatment Journey").send(title=title, message=message)
        except Exception:  # noqa: BLE001 - no notification daemon, D-Bus refused, etc.
            return

    threading.Thread(target=work, name="notify", daemon=True).start()
