"""Journal settings stored encrypted in the journal (JSON values by key).

App-level preferences that must be known before unlocking (language, last journal) live
in `app_prefs` instead, in a plain file that holds no diary content.
"""

from __future__ import annotations

import json
from typing import Any

from tracker.storage.journal import OpenJournal
from tracker.storage.models.core import Setting

AUTO_LOCK_MINUTES = "security.auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10


def get(journal: OpenJournal, key: str, default: Any = None) -> Any:
    with journal.session() as session:
        row = session.get(Setting, key)
        return default if row is None else json.loads(row.value_json)


def set(journal: OpenJournal, key: str, value: Any) -> None:  # noqa: A001 - mirrors get()
    with journal.session() as session:
        row = session.get(Setting, key)
        text = json.dumps(value, sort_keys=True)
        if row is None:
            session.add(Setting(key=key, value_json=text))
        else:
            row.value_json = text


def auto_lock_minutes(journal: OpenJournal) -> int:
    value = get(journal, AUTO_LOCK_MINUTES, DEFAULT_AUTO_LOCK_MINUTES)
    return int(value) if isinstance(value, (int, float)) else DEFAULT_AUTO_LOCK_MINUTES
