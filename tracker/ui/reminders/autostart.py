"""Start at login.

Linux (and other XDG desktops): a .desktop file in $XDG_CONFIG_HOME/autostart. Windows and
macOS are not handled here yet: the packaged installers add a Startup-folder shortcut
(Windows) or a Login Item (macOS); the settings page says so instead of offering a switch.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

FILE_NAME = "treatment-journey.desktop"


def supported() -> bool:
    return sys.platform.startswith("linux") or sys.platform.startswith("freebsd")


def autostart_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / FILE_NAME


def command() -> str:
    if getattr(sys, "frozen", False):
        return shlex.quote(sys.executable)
    return f"{shlex.quote(sys.executable)} -m tracker"


def is_enabled() -> bool:
    return autostart_file().is_file()


def set_enabled(enabled: bool) -> None:
    path = autostart_file()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    text = (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Treatment Journey\n"
        "Comment=Dose reminders\n"
        f"Exec={command()}\n"
        "Icon=treatment-journey\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
