"""Every transaction that changed rows is checkpointed into the database file (issue 13);
a read that changed nothing has nothing to checkpoint and skips it (issue 17: the Diary's
pages paid for a checkpoint per page)."""

import pytest


@pytest.fixture
def checkpoints(journal, monkeypatch):
    calls = []
    original = journal.checkpoint
    monkeypatch.setattr(journal, "checkpoint", lambda: (calls.append(1), original())[1])
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
