"""The PyInstaller bundle (scripts/build-bundle) starts, opens a demo journal and renders.

Skipped unless dist/treatment-journey/ holds a bundle. Uses the real X server when DISPLAY
is set (scripts/test runs under xvfb-run), else Qt's offscreen platform.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "treatment-journey"
EXE = BUNDLE / ("treatment-journey.exe" if os.name == "nt" else "treatment-journey")

pytestmark = [
    pytest.mark.window,
    pytest.mark.skipif(not EXE.exists(), reason="no bundle in dist/ (run scripts/build-bundle)"),
]


def test_bundle_carries_what_the_app_reads():
    internal = BUNDLE / "_internal"
    assert list((internal / "i18n").glob("tracker_*.qm")), "translations"
    assert (internal / "tracker" / "storage" / "migrations" / "env.py").exists(), "alembic migrations"
    assert list((internal / "tracker" / "storage" / "migrations" / "versions").glob("*.py"))
    assert (internal / "resources").is_dir()
    assert list((internal / "sqlcipher3").glob("_sqlite3*")), "SQLCipher library"
    assert list((internal / "PySide6" / "Qt" / "plugins" / "platforms").glob("*qxcb*"))
    assert list((internal / "PySide6" / "Qt" / "plugins" / "imageformats").glob("*qsvg*"))
    assert (BUNDLE / "THIRD_PARTY_NOTICES.md").exists()


def test_bundle_smoke_run_exits_zero(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    env["QT_QPA_PLATFORM"] = "xcb" if os.environ.get("DISPLAY") else "offscreen"
    result = subprocess.run([str(EXE), "--smoke", "--data-dir", str(tmp_path / "data")],
                            env=env, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "smoke OK" in result.stdout
    # A second run reopens the same demo journal rather than making another.
    again = subprocess.run([str(EXE), "--smoke", "--data-dir", str(tmp_path / "data")],
                           env=env, capture_output=True, text=True, timeout=240)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "reopened demo journal" in again.stdout
