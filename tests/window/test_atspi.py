"""A real assistive-technology check: the app as Orca meets it, through AT-SPI.

In its own Xvfb and a private D-Bus session (dbus-run-session, which starts at-spi2-core's
bus launcher and registry on demand), with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, the system
python3's pyatspi walks every main view, the unlock window, the wizard and the symptom form
(tests/window/atspi_probe.py drives tests/window/atspi_app.py). It fails on any showing
interactive object with no name and on any filler or panel that takes focus, checks that
every day cell of the Plan's calendar reads its whole day, and checks
that saving 38.5 °C while on paclitaxel sends object:announcement events: the save, and
the call-now alert. Needs the Debian packages at-spi2-core and python3-pyatspi (and dbus).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"


def _missing() -> str | None:
    if shutil.which("xvfb-run") is None:
        return "needs xvfb-run (Debian package xvfb)"
    if shutil.which("dbus-run-session") is None:
        return "needs dbus-run-session (Debian package dbus)"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "needs at-spi2-core (Debian package at-spi2-core)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True) if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        return "needs pyatspi for the system python3 (Debian package python3-pyatspi)"
    return None


pytestmark = [pytest.mark.window, pytest.mark.skipif(_missing() is not None, reason=_missing() or "")]


def _walk(data_dir: Path) -> dict:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    for name in ("TRACKER_DATA_DIR", "AT_SPI_BUS_ADDRESS"):
        env.pop(name, None)
    # Its own X server: other window tests count the windows on theirs, and the accessibility
    # bus launcher writes its address on the display's root window.
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x900x24", "dbus-run-session", "--", SYSTEM_PYTHON, str(ROOT / "tests/window/atspi_probe.py"),
                           sys.executable, str(data_dir), str(ROOT / "tests/window/atspi_app.py")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=150)
    results = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and results, f"the AT-SPI probe failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return json.loads(results[-1])


def test_the_app_as_a_screen_reader_meets_it(tmp_path):
    """One walk (about 10 s) checked in full: one test, so parallel workers never run it twice."""
    walked = _walk(tmp_path)

    # Every showing interactive object has a name; no filler or panel takes focus.
    problems = [f"{p['screen']}: {p['problem']}: {p['path']}" for p in walked["problems"]]
    assert problems == [], "\n".join(problems)
    assert set(walked["windows"]) >= {"unlock", "wizard", "section today", "section settings", "symptom"}

    # The start window and the wizard are dialogs with names; so is the symptom form.
    assert walked["windows"]["unlock"] == [["dialog", "Open your journal"]]
    assert walked["windows"]["wizard"][0][0] == "dialog"
    assert ["dialog", "Log symptoms"] in walked["windows"]["symptom"]

    # Rating rows are sliders; "What is this?" links are links.
    assert walked["roles"]["section today"].get("slider", 0) >= 1
    assert walked["roles"]["section plan"].get("link", 0) >= 1

    # Every day cell of the Plan's calendar reads its whole day, not just its number.
    days = walked["day_cells"]
    assert len(days) == 42 and all(": " in name for name in days), days
    assert any(name.endswith(("aclitaxel to come", "aclitaxel not marked")) for name in days), days

    # A chosen rating is the slider's description (and the app survives the change with a reader attached).
    assert walked["rated"]["name"] and walked["rated"]["description"].startswith("2 "), walked["rated"]

    # Saving 38.5 °C on paclitaxel: the save is announced, and the call-now alert.
    spoken = [a["text"] for a in walked["announcements"]]
    assert "Saved in your diary." in spoken
    alert = [text for text in spoken if "38.5" in text]
    assert alert and alert[0].startswith("Call your 24-hour line now"), spoken
