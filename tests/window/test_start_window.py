"""A real window: `python -m tracker` on a real X server shows "Treatment Journey".

Skipped unless DISPLAY is set (run under Xvfb: `xvfb-run -a .venv/bin/pytest tests/window -q`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import weak_kdf

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Treatment Journey"

pytestmark = [
    pytest.mark.window,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs an X server (DISPLAY); run under xvfb-run"),
    pytest.mark.skipif(shutil.which("xwininfo") is None, reason="needs xwininfo (apt package x11-utils)"),
]


def _window_titles() -> list[str]:
    out = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, timeout=10).stdout
    return [line.split('"')[1] for line in out.splitlines() if line.count('"') >= 2]


def _start(data_dir: Path, log) -> subprocess.Popen:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="xcb",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("TRACKER_DATA_DIR", None)
    return subprocess.Popen([sys.executable, "-c", weak_kdf.APP_MAIN, "--data-dir", str(data_dir)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=log)


def _wait_for_title(process: subprocess.Popen, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        if TITLE in _window_titles():
            return True
        time.sleep(0.1)
    return False


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


@pytest.mark.parametrize("with_journal", [False, True], ids=["first-start-wizard", "unlock-window"])
def test_start_window_appears(tmp_path, with_journal):
    data_dir = tmp_path / "data"
    if with_journal:
        from tracker.services.journals import create_journal

        create_journal(data_dir, "Window Test", "correct horse battery staple").journal.close()
    before = _window_titles().count(TITLE)
    log_path = tmp_path / "stderr.txt"
    with log_path.open("wb") as log:
        process = _start(data_dir, log)
        try:
            appeared = _wait_for_title(process)
            assert appeared, f"no window titled {TITLE!r} (exit code {process.poll()}): " + \
                log_path.read_text(errors="replace")[-2000:]
            assert _window_titles().count(TITLE) > before
        finally:
            _stop(process)
