"""What every view gets: the open journal, the clock, who is entering, and change signals.

Views call services with `ctx.journal`; they never open sessions themselves. After a
change, a view says what changed with `ctx.events.notify(Change.DIARY)` (one or more kinds)
so other views refresh; listeners connect to `ctx.events.changed`, which carries a `Change`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from tracker.domain.clock import Clock
from tracker.ui.lock.hold import LockHold

if TYPE_CHECKING:  # the types only: importing these at run time would pull the journal stack
    from tracker.storage.journal import OpenJournal
    from tracker.ui.diary.controller import DiaryController
    from tracker.ui.plan.use_case import PlanUseCase
    from tracker.ui.reminders.controller import ReminderController
    from tracker.ui.sync.controller import SyncController


class Change(StrEnum):
    """What changed in the journal: the typed notice every view sends and listens for."""

    PLAN = "plan"  # lines, drugs, schedules, plan adjustments
    DOSES = "doses"  # doses marked (taken, missed, skipped, held)
    APPOINTMENTS = "appointments"
    DIARY = "diary"  # symptoms, measurements, labs, scans, notes, questions
    SETTINGS = "settings"  # journal settings: care team, alerts, diagnosis, locking, reminders
    PEOPLE = "people"  # the patient's name, carers


#: Changes that can alter the alert cards (entries, the plan, the fever threshold, dismissals
#: synced as diary records, the names on a carer's card); doses and appointments cannot.
ALERT_CHANGES = frozenset({Change.PLAN, Change.DIARY, Change.SETTINGS, Change.PEOPLE})


class JournalEvents(QObject):
    #: Carries a `Change`. Send with notify(), which refuses anything else.
    changed = Signal(object)
    #: The alert cards as they stand after a change that worked them out (a symptom save):
    #: sent just before that change's notices, so the banner shows them without reading again.
    alerts_known = Signal(object)
    #: Ask the main window to show a section: (section id, optional argument such as an article id).
    navigate = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handed = False

    @property
    def alerts_handed(self) -> bool:
        """True while notices go out whose alert cards were already handed over (`alerts_known`)."""
        return self._handed

    def notify(self, *kinds: Change, alerts: list | None = None) -> None:
        """Say what changed; `alerts` are the current alert cards when the change worked them out."""
        for kind in kinds:
            if not isinstance(kind, Change):
                raise TypeError(f"not a Change: {kind!r}")
        if alerts is not None:
            self.alerts_known.emit(alerts)
        self._handed = alerts is not None
        try:
            for kind in kinds:
                self.changed.emit(kind)
        finally:
            self._handed = False


@dataclass
class AppContext:
    data_dir: Path
    #: The open journal; None once the lock closed it (work still queued then does nothing).
    journal: OpenJournal | None
    clock: Clock
    events: JournalEvents = field(default_factory=JournalEvents)
    #: The person entering things now (patient or a carer); views read and may change it.
    current_person_id: int | None = None
    #: The diary use case (log, edit, delete, undo) of this session: one undo history for the
    #: Diary, Ctrl+N / Ctrl+K and Today's check-in. Made by the main window at unlock (or by
    #: `diary.controller.diary_controller` for a view shown on its own); gone with the lock.
    diary: DiaryController | None = None
    #: The plan use case (plan edits and dose marks, undoably) of this session: one undo history
    #: for the Plan and Today's dose marks. Made by the main window at unlock (or by
    #: `plan.use_case.plan_use_case` for a view shown on its own); gone with the lock.
    plan: PlanUseCase | None = None
    #: Work that must reach the person before the journal may lock (a new recovery key).
    lock_hold: LockHold = field(default_factory=lambda: LockHold())
    #: The reminders and the sharing of this context, when started (their ensure_started).
    reminders: ReminderController | None = None
    sync: SyncController | None = None
