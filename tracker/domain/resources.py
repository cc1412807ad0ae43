"""Where the read-only resource files (articles, catalog, symptom terms) are.

Order: $TRACKER_RESOURCES, a PyInstaller bundle, then `resources/` at the project root.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_dir() -> Path:
    env = os.environ.get("TRACKER_RESOURCES")
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
