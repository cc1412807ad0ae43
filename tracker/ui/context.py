"""What every view gets: the open journal, the clock, who is entering, and change signals.

Views call services with `ctx.journal`; they never open sessions themselves. After a
change, a view emits `ctx.events.changed.emit("<kind>")` (kinds: "plan", "doses",
"diary", "settings", "people", "learn") so other views refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from tracker.domain.clock import Clock


class JournalEvents(QObject):
    changed = Signal(str)
    #: Ask the main window to show a section: (section id, optional argument such as an article id).
    navigate = Signal(str, object)


@dataclass
class AppContext:
    data_dir: Path
    journal: object  # tracker.storage.journal.OpenJournal (typed loosely to keep imports light)
    clock: Clock
    events: JournalEvents = field(default_factory=JournalEvents)
    #: The person entering things now (patient or a carer); views read and may change it.
    current_person_id: int | None = None
