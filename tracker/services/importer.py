"""Import a JSON export (see `exports/json_export.py`) as a NEW journal.

Everything is checked before anything is written: the file's shape, every table and column
against this version's models, every value against its column's type, required values,
duplicate keys, references between tables, and what each value means: every record is held
to the same domain checks as the forms (`tracker/domain/validation.py`), so a file cannot
bring in what the app could not show or export. Only then is the journal created and every
row inserted in one transaction. If the database still refuses something, the half-made
journal is deleted: an import is complete or it did not happen.

Messages say what is wrong without quoting diary content.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.domain.errors import ImportRejected, KnownError, ValidationError
from tracker.domain.validation import RecordRejected, check_name, check_records
from tracker.services import catalog
from tracker.services.exports import codec
from tracker.services.exports.json_export import FORMAT, VERSION, export_tables

if TYPE_CHECKING:
    from sqlalchemy import Table

#: A journal of decades is a few tens of MiB as JSON; much larger is not one of ours.
MAX_BYTES = 512 * 1024 * 1024
DEFAULT_NAME = "Imported journal"


@dataclass(frozen=True)
class ParsedImport:
    display_name: str | None
    tables: dict[str, list[dict[str, Any]]]  # table name -> decoded rows, in insert order

    @property
    def row_count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


@dataclass(frozen=True)
class ImportResult:
    journal: object  # OpenJournal
    recovery_key: str
    rows: int


# Fixed sentences (so they can be translated); what exactly is wrong goes in `detail`
# (table, row number and column names only: never the content).


def _not_ours(detail: str) -> ImportRejected:
    return ImportRejected(
        "That file could not be imported: it is not a Treatment Journey data file (JSON export). Nothing was changed.",
        detail=detail,
    )


def _newer(detail: str) -> ImportRejected:
    return ImportRejected(
        "That file was made by a newer version of Treatment Journey. Update the app, then import it. Nothing was changed.",
        detail=detail,
    )


def _damaged(detail: str) -> ImportRejected:
    return ImportRejected(
        "That file could not be imported: some of its records are damaged or incomplete. Nothing was changed.",
        detail=detail,
    )


class RecordImportRejected(ImportRejected):
    """A record a form would refuse: `where` (table, row and field; never content) and
    `reason` (the form's own message, so the window can show it translated)."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(
            "That file could not be imported: some of its records hold values the app cannot accept. "
            "Nothing was changed.",
            detail=f"{where}: {reason}",
        )
        self.where, self.reason = where, reason


def _impossible(where: str, reason: str) -> ImportRejected:
    return RecordImportRejected(where, reason)


def _no_constants(name: str) -> Any:
    raise ValueError(name)


def read_export(path: Path) -> ParsedImport:
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise ImportRejected(
                "That file is far larger than any Treatment Journey data file, so it was not imported. Nothing was changed.",
                detail=f"{size} bytes",
            )
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ImportRejected(
            "That file could not be read. Check that it is still there and try again. Nothing was changed.",
            detail=type(exc).__name__,
        ) from exc
    return parse_export(raw)


def parse_export(raw: bytes | str) -> ParsedImport:
    """Validate a whole export document; raises ImportRejected with a plain reason."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, (bytes, bytearray)) else raw
        document = json.loads(text, parse_constant=_no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _not_ours("not valid JSON") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _not_ours("format")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _not_ours("version missing")
    if version > VERSION:
        raise _newer(f"version {version}")
    if version < 1:
        raise _not_ours("version")
    journal = document.get("journal", {})
    name = journal.get("display_name") if isinstance(journal, dict) else None
    if name is not None and not isinstance(name, str):
        raise _damaged("journal name")
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise _not_ours("no tables")
    known = {table.name: table for table in export_tables()}
    for table_name in tables:
        if table_name not in known:
            raise _newer("unknown table")
    decoded: dict[str, list[dict[str, Any]]] = {}
    for table in export_tables():
        block = tables.get(table.name)
        decoded[table.name] = [] if block is None else _decode_table(table, block)
    _check_references(decoded)
    _check_meaning(decoded)
    return ParsedImport(display_name=_journal_name(name) if name else None, tables=decoded)


def _decode_table(table: Table, block: Any) -> list[dict[str, Any]]:
    label = table.name
    if not isinstance(block, dict) or not isinstance(block.get("columns"), list) or not isinstance(block.get("rows"), list):
        raise _damaged(f"{label}: layout")
    names = block["columns"]
    if not all(isinstance(n, str) for n in names) or len(set(names)) != len(names):
        raise _damaged(f"{label}: column names")
    for name in names:
        if name not in table.c:
            raise _newer(f"{label}: unknown column")
    for column in table.columns:
        if column.name in names:
            continue
        if column.primary_key or (not column.nullable and column.default is None and column.server_default is None):
            raise _damaged(f"{label}: required column {column.name} missing")
    columns = [table.c[name] for name in names]
    rows: list[dict[str, Any]] = []
    seen_keys: set[tuple[Any, ...]] = set()
    pk_names = [c.name for c in table.primary_key.columns]
    for number, raw_row in enumerate(block["rows"], start=1):
        if not isinstance(raw_row, list) or len(raw_row) != len(columns):
            raise _damaged(f"{label} row {number}: wrong number of values")
        row: dict[str, Any] = {}
        for column, raw in zip(columns, raw_row, strict=True):
            try:
                value = codec.decode(column, raw)
            except codec.BadValue as exc:
                raise _damaged(f"{label} row {number}: {column.name} {exc}") from None
            if value is None and (not column.nullable or column.primary_key):
                raise _damaged(f"{label} row {number}: {column.name} missing")
            row[column.name] = value
        key = tuple(row.get(name) for name in pk_names)
        if key in seen_keys:
            raise _damaged(f"{label} row {number}: duplicate key")
        seen_keys.add(key)
        rows.append(row)
    return rows


def _journal_name(name: str) -> str:
    try:
        return check_name(name, "name", empty="Please give a name or nickname for this journal.")
    except ValidationError as exc:
        raise _impossible("journal name", exc.message) from None


def _check_meaning(decoded: dict[str, list[dict[str, Any]]]) -> None:
    """Hold every record to what the forms accept (tracker/domain/validation.py): a value of
    the right type can still be impossible (a 0-day cycle, severity 99, an unknown zone),
    and such a journal would fail on Today, in reminders or in an export."""
    try:
        check_records(decoded, known_drug=lambda drug_id: catalog.drug(drug_id) is not None)
    except RecordRejected as exc:
        raise _impossible(exc.where, exc.message) from None


def _check_references(decoded: dict[str, list[dict[str, Any]]]) -> None:
    """Every reference to another record must point at a record in the file."""
    tables = {table.name: table for table in export_tables()}
    for table in tables.values():
        label = table.name
        for fk in table.foreign_keys:
            target = fk.column
            if target.table.name not in decoded:
                continue
            present = {row.get(target.name) for row in decoded[target.table.name]}
            name = fk.parent.name
            for number, row in enumerate(decoded[table.name], start=1):
                value = row.get(name)
                if value is not None and value not in present:
                    raise _damaged(f"{label} row {number}: {name} refers to a missing record")


def import_json(
    data_dir: Path,
    path: Path,
    passphrase: str,
    *,
    name: str | None = None,
    progress: Callable[..., None] | None = None,
) -> ImportResult:
    """Validate `path` fully, then create a new journal holding exactly its records."""
    parsed = read_export(Path(path))
    return import_parsed(data_dir, parsed, passphrase, name=name, progress=progress)


def import_parsed(
    data_dir: Path,
    parsed: ParsedImport,
    passphrase: str,
    *,
    name: str | None = None,
    progress: Callable[..., None] | None = None,
) -> ImportResult:
    from sqlalchemy import insert

    from tracker.services import people
    from tracker.services.journals import validate_new_passphrase
    from tracker.storage import journal as journal_store

    validate_new_passphrase(passphrase)
    # Checked before the journal exists: a name that cannot be stored must not leave a
    # journal behind whose recovery key was never shown.
    display = check_name(name or parsed.display_name or DEFAULT_NAME, "name",
                         empty="Please give a name or nickname for this journal.")
    journal, recovery = journal_store.create(Path(data_dir), display, passphrase)
    try:
        total = max(1, parsed.row_count)
        done = 0
        with journal.connection() as conn:
            # References (a drug that replaces an earlier one...) are checked at commit,
            # so the order of rows within a table cannot matter.
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for table in export_tables():
                rows = parsed.tables.get(table.name) or []
                if rows:
                    conn.execute(insert(table), rows)
                done += len(rows)
                if progress is not None:
                    progress(done, total, "")
        if not parsed.tables.get("people"):
            people.ensure_patient(journal, display)
    except BaseException as exc:
        folder = journal.paths.folder
        journal.close()
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, KnownError):
            raise
        from sqlalchemy.exc import DBAPIError, StatementError

        if isinstance(exc, (DBAPIError, StatementError)):
            from tracker.storage.engine import map_db_error

            mapped = map_db_error(getattr(exc, "orig", None) or exc)
            if isinstance(mapped, KnownError):
                raise mapped from exc
            raise ImportRejected(
                "That file could not be imported: some of its records contradict each other. Nothing was changed.",
                detail=type(exc).__name__,
            ) from exc
        raise
    return ImportResult(journal=journal, recovery_key=recovery, rows=parsed.row_count)
