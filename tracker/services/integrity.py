"""Checking a journal's health (for `tracker check` and support)."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.storage import schema
from tracker.storage.journal import OpenJournal


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: list[str]
    schema_revision: str | None


def check(journal: OpenJournal) -> CheckResult:
    """SQLCipher page authentication, SQLite structure, foreign keys and schema version.

    Raises JournalDamaged when the checks cannot even run on the damaged file."""
    from tracker.storage.journal import as_damage

    problems: list[str] = []
    # A page SQLCipher cannot authenticate can make these statements fail outright instead of
    # listing it: that is damage too (JournalDamaged, exit 4), never a bug.
    with as_damage(), journal.connection(read_only=True) as conn:
        cipher = [row[0] for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()]
        problems += [f"encrypted page check: {line}" for line in cipher]
        structure = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if structure != ["ok"]:
            problems += [f"structure: {line}" for line in structure]
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        problems += [f"broken link in table {row[0]}" for row in fk]
        revision = schema.current_revision(conn)
        if revision == schema.head_revision():
            from tracker.services.record_checks import first_problem

            # Every record against the forms' and the importer's rules (table, id, field; no content).
            record = first_problem(conn)
            if record is not None:
                problems.append(f"impossible record: {record}")
    if revision != schema.head_revision():
        problems.append(f"schema version {revision} is not the current one")
    return CheckResult(not problems, problems, revision)
