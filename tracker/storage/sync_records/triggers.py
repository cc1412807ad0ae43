"""Change capture: SQLite triggers that note every changed record in `sync_outbox`.

Triggers, not ORM events, so every way a row changes (ORM, Core bulk inserts, plain SQL, an
import) is noted in the same transaction as the change: a crash cannot lose the fact that
something changed. They stay quiet while `sync_state.applying` is 1 (changes from another
computer are being applied, or stamps written). A child row notes its parent record.

Each note carries the time of the change (`at`, SQLite's clock in UTC: the trigger cannot
reach the app's Clock, and SQLite's clock works in every connection, whatever opened it); a
second change of the same record before it is sent moves `at` to the newer change. The stamp
is made from it when the outbox is collected (outbox.stamp_outbox).

Revisions create them with `create_sql(names)`; a table added later gets its triggers in
its own revision.
"""

from __future__ import annotations

from tracker.storage.sync_records.registry import BY_NAME

_QUIET = "COALESCE((SELECT applying FROM sync_state WHERE id = 1), 0) = 0"
_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
_LATEST = "ON CONFLICT (tbl, gid) DO UPDATE SET at = excluded.at"


def _name(table: str, event: str) -> str:
    return f"sync_capture_{table}_{event}"


def create_sql(names: list[str]) -> list[str]:
    """CREATE TRIGGER statements for the given shared tables and their children."""
    statements: list[str] = []
    for name in names:
        entry = BY_NAME[name]
        gid = entry.gid_column
        for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
            statements.append(
                f"CREATE TRIGGER {_name(name, event)} AFTER {event.upper()} ON {name} WHEN {_QUIET} BEGIN "
                f"INSERT INTO sync_outbox (tbl, gid, at) VALUES ('{name}', {row}.{gid}, {_NOW}) {_LATEST}; END")
        for child in entry.children:
            for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
                statements.append(
                    f"CREATE TRIGGER {_name(child.table, event)} AFTER {event.upper()} ON {child.table} "
                    f"WHEN {_QUIET} BEGIN "
                    f"INSERT INTO sync_outbox (tbl, gid, at) "
                    f"SELECT '{name}', gid, {_NOW} FROM {name} WHERE id = {row}.{child.parent_column} {_LATEST}; END")
    return statements


def drop_sql(names: list[str]) -> list[str]:
    statements = []
    for name in names:
        tables = [name] + [c.table for c in BY_NAME[name].children]
        for table in tables:
            statements += [f"DROP TRIGGER IF EXISTS {_name(table, e)}" for e in ("insert", "update", "delete")]
    return statements
