"""Every transaction that changed rows is checkpointed into the database file (issue 13);
a read that changed nothing has nothing to checkpoint and skips it (issue 17: the Diary's
pages paid for a checkpoint per page)."""

import pytest


@pytest.fixture
def checkpoints(journal, monkeypatch):
    calls = []
    original = journal.checkpoint
    monkeypatch.setattr(journal, "checkpoint", lambda *driver: (calls.append(1), original(*driver))[1])
    return calls


def test_a_read_that_changed_nothing_is_not_checkpointed(journal, checkpoints):
    with journal.connection(read_only=True) as conn:
        conn.exec_driver_sql("SELECT count(*) FROM people").fetchall()
        conn.exec_driver_sql("UPDATE people SET name = name WHERE id = -1")  # matches no row
    assert checkpoints == []


def test_a_read_only_transaction_that_wrote_is_checkpointed(journal, checkpoints):
    with journal.connection(read_only=True) as conn:
        conn.exec_driver_sql("UPDATE people SET name = name")
    assert checkpoints == [1]


def test_a_write_transaction_is_always_checkpointed(journal, checkpoints):
    with journal.connection() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM people").fetchall()
    assert checkpoints == [1]
    with journal.session():
        pass
    assert checkpoints == [1, 1]


def test_the_checkpoint_runs_on_the_connection_that_wrote(journal):
    # One pool checkout per save (issue 17): the committing connection checkpoints before it
    # goes back to the pool.
    from sqlalchemy import event

    checkouts = []
    event.listen(journal.engine.pool, "checkout", lambda *_args: checkouts.append(1))
    with journal.connection() as conn:
        conn.exec_driver_sql("UPDATE people SET name = name")
    assert checkouts == [1]


def test_a_driver_error_in_a_connection_is_the_plain_message(journal):
    # The save and the alert check's reads use the driver directly: its errors are mapped too.
    from tracker.domain.errors import JournalDamaged
    from tracker.storage.engine import dbapi

    with pytest.raises(JournalDamaged), journal.connection() as conn:
        conn.connection.cursor().execute("SELECT 1")
        raise dbapi().DatabaseError("database disk image is malformed")
