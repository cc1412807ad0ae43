"""App preferences in `<data_dir>/app.json`: language, zoom, last journal. No diary content."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tracker.storage.atomic import atomic_write_text
from tracker.storage.paths import ensure_private_dir

FILE_NAME = "app.json"


def load(data_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((Path(data_dir) / FILE_NAME).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def update(data_dir: Path, **values: Any) -> dict[str, Any]:
    data = load(data_dir)
    data.update(values)
    ensure_private_dir(Path(data_dir))
    atomic_write_text(Path(data_dir) / FILE_NAME, json.dumps(data, indent=2, sort_keys=True))
    return data
