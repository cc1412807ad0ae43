"""Which tables are shared between computers, and how: the one place to look.

A *record* is a row of a table in `SYNCED` plus its child rows (`Child`): a diary log with
its ratings and measurements merges as one whole (the later version wins, never a mix).
Adding a shared table is one `SyncedTable(...)` entry here, plus a revision that gives the
table `gid`/`hlc` (the `SyncedRecord` model mixin) and calls `triggers.create_sql()` for it.

Everything not listed is this computer's own (bookkeeping, keys) and never leaves it;
settings in `LOCAL_SETTINGS` stay local too (they describe this computer, not the patient).
"""

from __future__ import annotations

from dataclasses import dataclass

# Change kinds the interface refreshes on (ctx.events.changed).
PLAN, DOSES, DIARY, SETTINGS, PEOPLE = "plan", "doses", "diary", "settings", "people"


@dataclass(frozen=True)
class Child:
    """Rows that belong to one record of another table (no gid of their own)."""

    table: str
    parent_column: str  # the integer foreign key to the parent's id


@dataclass(frozen=True)
class SyncedTable:
    name: str
    kind: str
    children: tuple[Child, ...] = ()
    #: Columns (as sent: foreign keys as gids) naming the same fact when two people record it.
    #: Among live records with one natural key the highest stamp stays; see merge.py.
    natural_key: tuple[str, ...] = ()
    #: The column that is the record's gid ("key" for settings: the key is the gid).
    gid_column: str = "gid"
    #: Columns that only mean something on this computer: never sent, never compared.
    local_columns: tuple[str, ...] = ()


#: Parents before the tables that refer to them (apply order).
SYNCED: tuple[SyncedTable, ...] = (
    SyncedTable("people", PEOPLE),
    SyncedTable("settings", SETTINGS, gid_column="key"),
    SyncedTable("therapy_lines", PLAN),
    SyncedTable("regimen_drugs", PLAN),
    SyncedTable("plan_adjustments", PLAN),
    SyncedTable("dose_events", DOSES, natural_key=("regimen_drug_id", "planned_date", "slot")),
    SyncedTable("appointments", PLAN),
    SyncedTable("diary_logs", DIARY, children=(Child("symptom_entries", "log_id"), Child("measurements", "log_id"))),
    SyncedTable("lab_results", DIARY),
    SyncedTable("scans", DIARY),
    SyncedTable("diary_notes", DIARY),
    SyncedTable("questions", DIARY),
    # entry_id is a local row id of a rating or measurement (rewritten on every edit of its log).
    SyncedTable("alert_acks", DIARY, natural_key=("alert_key",), local_columns=("entry_id",)),
)

BY_NAME: dict[str, SyncedTable] = {t.name: t for t in SYNCED}
#: child table -> (parent table, parent column)
PARENT_OF: dict[str, tuple[str, str]] = {c.table: (t.name, c.parent_column) for t in SYNCED for c in t.children}

#: Settings that describe this computer, not the journal: who locks when, whether this
#: computer makes backups or reminder files, and the sharing set-up itself.
LOCAL_SETTINGS = frozenset({
    "security.auto_lock_minutes",
    "backups.automatic",
})
LOCAL_SETTING_PREFIXES = ("reminders.", "sync.")


def is_local_setting(key: str) -> bool:
    return key in LOCAL_SETTINGS or key.startswith(LOCAL_SETTING_PREFIXES)


def table(name: str) -> SyncedTable:
    return BY_NAME[name]


def order(name: str) -> int:
    return [t.name for t in SYNCED].index(name)
