import pytest
from sqlalchemy import text

from tracker.domain.errors import JournalTooNew
from tracker.services import journals
from tracker.storage import schema

PASS = "correct horse battery staple"


def test_one_head_and_new_journal_is_at_head(journal):
    with journal.connection() as conn:
        assert schema.current_revision(conn) == schema.head_revision()


def test_journal_from_newer_release_is_refused_untouched(created, data_dir):
    jid = created.journal.journal_id
    with created.journal.connection() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed9999'"))
    created.journal.close()
    paths = created.journal.paths
    before = {p.name: p.read_bytes() for p in paths.folder.iterdir() if p.is_file()}
    with pytest.raises(JournalTooNew):
        journals.unlock(data_dir, jid, PASS)
    after = {p.name: p.read_bytes() for p in paths.folder.iterdir() if p.is_file()}
    assert after == before


def test_pragmas_on_every_connection(journal):
    with journal.connection() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")
