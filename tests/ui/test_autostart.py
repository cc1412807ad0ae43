"""The login entry: keeps the data folder and language, names the installed icon, validates."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tracker import APP_ID
from tracker.ui.reminders import autostart

VALIDATE = shutil.which("desktop-file-validate")
needs_validator = pytest.mark.skipif(VALIDATE is None, reason="desktop-file-validate (Debian desktop-file-utils) is not installed")


def exec_line(text: str) -> str:
    return next(line[len("Exec="):] for line in text.splitlines() if line.startswith("Exec="))


def unescape(value: str) -> list[str]:
    """Read an Exec value back as the Desktop Entry spec says: string escapes, then quoting, then %%."""
    value = value.replace("\\\\", "\\")
    args, current, quoted, i, started = [], "", False, 0, False
    while i < len(value):
        c = value[i]
        if quoted and c == "\\" and value[i + 1] in '"`$\\':
            current, i = current + value[i + 1], i + 2
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started:
                args.append(current)
            current, started = "", False
        else:
            current, started = current + c, True
        i += 1
    if started:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


def validate(path) -> None:
    result = subprocess.run([VALIDATE, str(path)], capture_output=True, text=True, check=False)
    # "hint:" lines are advice; errors and warnings fail.
    problems = [line for line in result.stdout.splitlines() if "error:" in line or "warning:" in line]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


@needs_validator
@pytest.mark.parametrize("folder_name", ["data", "My Journal $HOME & \"quotes\" 100%"])
def test_autostart_entry_keeps_folder_and_language_and_validates(monkeypatch, tmp_path, folder_name):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    data_dir = tmp_path / folder_name
    (tmp_path / "config" / "autostart").mkdir(parents=True)
    (tmp_path / "config" / "autostart" / "treatment-journey.desktop").write_text("[Desktop Entry]\n")
    monkeypatch.setattr(autostart, "_launch", {"data_dir": None, "lang": None})
    autostart.remember_launch(data_dir, "es")
    assert not autostart.is_enabled()
    path = autostart.set_enabled(True)
    assert path == tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert not (tmp_path / "config" / "autostart" / "treatment-journey.desktop").exists()  # the old, broken one
    assert autostart.is_enabled() and path.stat().st_mode & 0o077 == 0
    text = path.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in text
    assert unescape(exec_line(text)) == [sys.executable, "-m", "tracker", "--autostart", "--data-dir",
                                         str(data_dir.resolve()), "--lang", "es"]
    validate(path)
    autostart.set_enabled(False)
    assert not autostart.is_enabled()


@needs_validator
def test_autostart_entry_for_the_bundle(tmp_path):
    args = autostart.command(tmp_path / "d d", None, executable="/opt/Treatment Journey/treatment-journey", frozen=True)
    path = tmp_path / f"{APP_ID}.desktop"
    path.write_text(autostart.entry_text(args), encoding="utf-8")
    assert unescape(exec_line(path.read_text())) == ["/opt/Treatment Journey/treatment-journey", "--autostart",
                                                     "--data-dir", str(tmp_path / "d d")]
    validate(path)


@needs_validator
def test_packaged_menu_entry_validates():
    from pathlib import Path

    validate(Path(__file__).resolve().parents[2] / "packaging" / f"{APP_ID}.desktop")


def test_autostart_command_line_is_understood():
    from tracker.ui.app import _parse

    namespace, rest = _parse(["--autostart", "--data-dir", "/x y", "--lang", "fa"])
    assert namespace.autostart and namespace.data_dir == "/x y" and namespace.lang == "fa" and rest == []
