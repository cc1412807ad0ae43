"""The Alembic chain must build exactly the tables the models describe."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from tracker.storage.models import Base


def test_migrations_produce_the_models(journal):
    with journal.connection() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
