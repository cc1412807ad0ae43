"""Schema version checks and upgrade-on-open (Alembic)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")
_PACKAGED = MIGRATIONS
#: The packaged migrations' revisions, oldest first (a test checks them against Alembic's
#: chain): opening an up-to-date journal compares strings instead of loading Alembic, which
#: kept ~17 MB resident for the whole session and read every migration script at each unlock.
PACKAGED_REVISIONS = ("0001", "0002", "0003", "0004_local_treatments", "0005_logs_entered_index")


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    if MIGRATIONS == _PACKAGED:
        return PACKAGED_REVISIONS[-1]
    heads = script().get_heads()
    assert len(heads) == 1, f"migrations must have one head, found {heads}"
    head: str = heads[0]
    return head


def known_revisions() -> set[str]:
    if MIGRATIONS == _PACKAGED:
        return set(PACKAGED_REVISIONS)
    return {rev.revision for rev in script().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The journal's revision, read from Alembic's version table as Alembic reads it."""
    if connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first() is None:
        return None
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    if len(rows) == 1:
        return str(rows[0][0])
    from alembic.runtime.migration import MigrationContext  # none, or several heads: Alembic's answer

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    cfg = _config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, target)
