"""Transactions begin on the driver directly (issue 17); a failed BEGIN still arrives as the
SQLAlchemy error it always was, so `OpenJournal` maps it as before."""

import pytest
from sqlalchemy.exc import DBAPIError

from tracker.storage.engine import dbapi


def test_a_failed_begin_is_a_sqlalchemy_error_around_the_driver_error(journal):
    with journal.engine.connect() as raw:
        raw.connection.driver_connection.execute("BEGIN")  # a transaction the pool does not know of
        with pytest.raises(DBAPIError) as info, raw.begin():
            pass
        assert isinstance(info.value.orig, dbapi().OperationalError)
        assert "within a transaction" in str(info.value.orig)
        assert info.value.statement == "BEGIN IMMEDIATE"
        raw.connection.driver_connection.execute("ROLLBACK")
