from pathlib import Path

import pytest
from sqlalchemy import text

from tracker.domain.errors import JournalTooNew
from tracker.services import journals
from tracker.storage import schema

PASS = "correct horse battery staple"


def test_one_head_and_new_journal_is_at_head(journal):
    with journal.connection() as conn:
        assert schema.current_revision(conn) == schema.head_revision()


def test_packaged_revisions_are_alembics_chain():
    from alembic.script import ScriptDirectory

    from tracker.storage.schema import PACKAGED_REVISIONS

    chain = [rev.revision for rev in ScriptDirectory.from_config(schema._config()).walk_revisions()]
    assert tuple(reversed(chain)) == PACKAGED_REVISIONS


def test_unlocking_an_up_to_date_journal_does_not_load_alembic(created, data_dir):
    """Alembic (~17 MB resident) loads only to upgrade a journal, not to open one."""
    import subprocess
    import sys

    journal = created.journal
    key = journal.data_key.hex()
    journal.close()
    code = ("import sys\n"
            f"sys.path.insert(0, {str(Path(__file__).parents[1])!r})\n"
            "import weak_kdf\n"
            "weak_kdf.install()  # the test journal's key file has the suite's cheap cost\n"
            "from pathlib import Path\n"
            "from tracker.storage import keyslots\n"
            "from tracker.storage.journal import open_with_key\n"
            "from tracker.storage.paths import journal_paths\n"
            f"paths = journal_paths(Path({str(data_dir)!r}), {journal.journal_id!r})\n"
            f"open_with_key(paths, keyslots.load(paths), bytes.fromhex({key!r})).close()\n"
            "assert 'alembic' not in sys.modules, 'alembic loaded'\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


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
