"""What the Settings pages show, read from the journal off the GUI thread.

Each `load_*` runs on the app's task runner (a page's refresh submits it) and calls services
only: no widgets, no wording. The page fills its form from what it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tracker.domain.diagnosis import Diagnosis
from tracker.services import (
    alert_settings,
    appointment_reminders,
    backup,
    care_team,
    diagnosis,
    people,
    reminder_times,
    reminders,
    settings,
)


@dataclass(frozen=True)
class SecurityData:
    auto_lock_minutes: int


@dataclass(frozen=True)
class BackupsData:
    #: Newest first.
    backups: tuple[backup.BackupInfo, ...]
    automatic: bool


@dataclass(frozen=True)
class CareTeamData:
    team: care_team.CareTeam
    fever_c: float


@dataclass(frozen=True)
class PeopleData:
    patient: people.PersonInfo | None
    carers: tuple[people.PersonInfo, ...]


@dataclass(frozen=True)
class RemindersData:
    doses: reminders.ReminderSettings
    appointments: appointment_reminders.AppointmentReminderSettings
    keeps_times_file: bool


def load_security(journal) -> SecurityData:
    return SecurityData(settings.auto_lock_minutes(journal))


def load_backups(journal, data_dir) -> BackupsData:
    # The backups folder is read here too: each file's header is opened to list it.
    return BackupsData(tuple(backup.list_backups(Path(data_dir), journal.journal_id)),
                       backup.automatic_backups_enabled(journal))


def load_care_team(journal) -> CareTeamData:
    return CareTeamData(care_team.get_care_team(journal), alert_settings.fever_threshold(journal))


def load_diagnosis(journal) -> Diagnosis:
    return diagnosis.get_diagnosis(journal)


def load_people(journal) -> PeopleData:
    everyone = people.list_people(journal)
    return PeopleData(next((p for p in everyone if p.is_patient), None),
                      tuple(p for p in everyone if not p.is_patient))


def load_reminders(journal) -> RemindersData:
    return RemindersData(reminders.load_settings(journal), appointment_reminders.load_settings(journal),
                         reminder_times.keeps_file(journal))
