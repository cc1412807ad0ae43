"""Holding the records already in a database to the forms' rules (`domain/validation.py`).

The importer checks a file's rows before they are written; this reads the rows of a
journal database (a backup being restored, possibly of an older schema, or a journal
`tracker check` is asked about) and runs the same checks, so nothing gets in by restore
that a form or an import would refuse. Only columns the database has are read: an older
schema simply lacks the newer columns, and the checks treat a missing column as unset.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from tracker.domain.validation import RecordRejected, check_records
from tracker.services import catalog


def stored_rows(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    """Every model table's rows (by primary key), with the columns this database has."""
    from tracker.services.exports.json_export import export_tables

    tables: dict[str, list[dict[str, Any]]] = {}
    for table in export_tables():
        present = {row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table.name}")')}
        if not present:
            continue  # a table added after this database's schema
        columns = [column for column in table.columns if column.name in present]
        order = [column for column in table.primary_key.columns if column.name in present] or columns
        tables[table.name] = [dict(row._mapping) for row in conn.execute(select(*columns).order_by(*order))]
    return tables


def _without_control_characters(tables: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    def tidy(value: Any) -> Any:
        if isinstance(value, str):
            return "".join(ch for ch in value if ch in "\t\n\r" or unicodedata.category(ch) != "Cc")
        return value

    return {name: [{k: tidy(v) for k, v in row.items()} for row in rows] for name, rows in tables.items()}


def first_problem(conn: Connection, *, stored_text_ok: bool = False) -> str | None:
    """Where the first impossible record is ("<table> id <n>: <field>: <reason>"), or None.

    Names table, record id and field only: never the content. `stored_text_ok`: a control
    character already in a journal (forms accepted pasted ones before they refused them)
    is no reason to refuse the restore of that journal's backup; everything else is.
    """
    tables = stored_rows(conn)
    if stored_text_ok:
        tables = _without_control_characters(tables)
    try:
        check_records(tables, known_drug=lambda drug_id: catalog.drug(drug_id) is not None)
    except RecordRejected as exc:
        rows = tables.get(exc.table) or []
        record = rows[exc.row - 1] if 0 < exc.row <= len(rows) else {}
        key = record.get("id", record.get("key", exc.row))
        return f"{exc.table} id {key}: {exc.field or 'record'}: {exc.message}"
    return None


def problem_in_database(path: Path, key: bytes) -> str | None:
    """`first_problem` for a database file that is not an open journal (a staged restore).
    Lenient only about control characters in text (see `first_problem`)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from tracker.storage import engine as storage

    connect: Callable[..., Any] = storage.connect
    dbapi: Callable[[], Any] = storage.dbapi

    # One short read of a file that is not a journal yet: a plain engine over the same
    # connection factory the journals use (key pragma, read-only), no pool to keep.
    engine = create_engine("sqlite://", module=dbapi(), creator=lambda: connect(Path(path), key, read_only=True),
                           poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return first_problem(conn, stored_text_ok=True)
    finally:
        engine.dispose()
