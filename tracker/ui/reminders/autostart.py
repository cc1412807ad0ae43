"""Start at login, locked, to remind.

Linux (and other XDG desktops): a .desktop file in $XDG_CONFIG_HOME/autostart that starts
the app with `--autostart`, the same data folder (`--data-dir`, whether it came from the
command line, TRACKER_DATA_DIR or the default) and, when one was given, the same `--lang`.
It names the installed icon and passes `desktop-file-validate`. The command is this very
program: the PyInstaller bundle's executable, or the venv's Python with `-m tracker`.

Windows and macOS are not handled here yet: the packaged installers add a Startup-folder
shortcut (Windows) or a Login Item (macOS); the settings page says so instead of offering a
switch.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tracker import APP_ID
from tracker.storage.atomic import atomic_write_text

FILE_NAME = APP_ID + ".desktop"
#: Written by earlier versions (with a broken Exec line); removed when the entry is rewritten.
OLD_FILE_NAME = "treatment-journey.desktop"
#: Desktop Entry spec, "The Exec key": an argument holding any of these must be quoted.
RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")

_launch: dict[str, object] = {"data_dir": None, "lang": None}


def supported() -> bool:
    return sys.platform.startswith("linux") or sys.platform.startswith("freebsd")


def remember_launch(data_dir: Path, lang: str | None) -> None:
    """Called at start: the folder and language this run uses, for the login entry."""
    _launch["data_dir"] = Path(data_dir).resolve()
    _launch["lang"] = lang


def autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def autostart_file() -> Path:
    return autostart_dir() / FILE_NAME


def exec_arg(arg: str) -> str:
    """One argument as the Exec key wants it (quoting, then the string-value escaping)."""
    arg = arg.replace("%", "%%")  # field codes start with %
    if not any(c in RESERVED for c in arg):
        return arg
    quoted = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return '"' + quoted.replace("\\", "\\\\") + '"'


def command(data_dir: Path, lang: str | None = None, *, executable: str | None = None,
            frozen: bool | None = None) -> list[str]:
    exe = executable or sys.executable
    bundle = getattr(sys, "frozen", False) if frozen is None else frozen
    args = [exe] if bundle else [exe, "-m", "tracker"]
    args += ["--autostart", "--data-dir", str(data_dir)]
    if lang:
        args += ["--lang", lang]
    return args


def entry_text(args: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.4\n"  # 1.5 adds nothing we use; older validators reject it

        "Name=Treatment Journey\n"
        "Comment=Dose reminders from the time you log in\n"
        f"Exec={' '.join(exec_arg(a) for a in args)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "StartupNotify=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled() -> bool:
    return autostart_file().is_file()


def set_enabled(enabled: bool, data_dir: Path | None = None) -> Path:
    """Write (or remove) the login entry for `data_dir` (default: the folder this run uses)."""
    path = autostart_file()
    (autostart_dir() / OLD_FILE_NAME).unlink(missing_ok=True)
    if not enabled:
        path.unlink(missing_ok=True)
        return path
    folder = data_dir if data_dir is not None else _launch["data_dir"]
    if folder is None:
        raise ValueError("the data folder of this run is not known")
    lang = _launch["lang"]
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, entry_text(command(Path(folder).resolve(), lang if isinstance(lang, str) else None)),
                      mode=0o600)
    return path
