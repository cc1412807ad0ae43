"""Schema version checks and upgrade-on-open (Alembic)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    heads = script().get_heads()
    assert len(heads) == 1, f"migrations must have one head, found {heads}"
    head: str = heads[0]
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    cfg = _config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, target)
