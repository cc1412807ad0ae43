"""Listing the journals in a data directory without decrypting anything."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tracker.storage import keyslots
from tracker.storage.paths import JournalPaths, journals_root


@dataclass(frozen=True)
class JournalEntry:
    journal_id: str
    display_name: str | None  # None when both key files are unreadable
    paths: JournalPaths

    @property
    def key_file_ok(self) -> bool:
        return self.display_name is not None


def list_journals(data_dir: Path) -> list[JournalEntry]:
    root = journals_root(data_dir)
    if not root.is_dir():
        return []
    entries = []
    for folder in sorted(root.iterdir()):
        if not folder.is_dir() or folder.name.startswith("."):
            continue
        paths = JournalPaths(folder)
        if not (paths.keys.exists() or paths.spare_keys.exists() or paths.db.exists()):
            continue
        entries.append(JournalEntry(folder.name, keyslots.peek_display_name(paths), paths))
    entries.sort(key=lambda e: ((e.display_name or "").casefold(), e.journal_id))
    return entries
