"""A real assistive-technology check: the app as Orca meets it, through AT-SPI.

Under Xvfb and a private D-Bus session (dbus-run-session, which starts at-spi2-core's bus
launcher and registry on demand), with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, the system
python3's pyatspi walks every main view, the unlock window, the wizard and the symptom form
(tests/window/atspi_probe.py drives tests/window/atspi_app.py). It fails on any showing
interactive object with no name and on any filler or panel that takes focus, and checks
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
    if not os.environ.get("DISPLAY"):
        return "needs an X server (DISPLAY); run under xvfb-run"
    if shutil.which("dbus-run-session") is None:
        return "needs dbus-run-session (Debian package dbus)"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "needs at-spi2-core (Debian package at-spi2-core)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True) if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        return "needs pyatspi for the system python3 (Debian package python3-pyatspi)"
    return None


pytestmark = [pytest.mark.window, pytest.mark.skipif(_missing() is not None, reason=_missing() or "")]


@pytest.fixture(scope="module")
def walked(tmp_path_factory) -> dict:
    data_dir = tmp_path_factory.mktemp("atspi-data")
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("TRACKER_DATA_DIR", None)
    done = subprocess.run(["dbus-run-session", "--", SYSTEM_PYTHON, str(ROOT / "tests/window/atspi_probe.py"),
                           sys.executable, str(data_dir), str(ROOT / "tests/window/atspi_app.py")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    results = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and results, f"the AT-SPI probe failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return json.loads(results[-1])


def test_every_interactive_object_is_named_and_no_container_takes_focus(walked):
    problems = [f"{p['screen']}: {p['problem']}: {p['path']}" for p in walked["problems"]]
    assert problems == [], "\n".join(problems)
    assert set(walked["windows"]) >= {"unlock", "wizard", "section today", "section settings", "symptom"}


def test_windows_are_dialogs_and_frames_with_names(walked):
    assert walked["windows"]["unlock"] == [["dialog", "Open your journal"]]
    assert walked["windows"]["wizard"][0][0] == "dialog"
    assert ["dialog", "Log symptoms"] in walked["windows"]["symptom"]


def test_rating_rows_are_sliders_and_what_is_this_links_are_links(walked):
    assert walked["roles"]["section today"].get("slider", 0) >= 1
    assert walked["roles"]["section plan"].get("link", 0) >= 1


def test_saving_a_fever_on_treatment_is_announced(walked):
    spoken = [a["text"] for a in walked["announcements"]]
    assert "Saved in your diary." in spoken
    alert = [text for text in spoken if "38.5" in text]
    assert alert and alert[0].startswith("Call your 24-hour line now"), spoken
