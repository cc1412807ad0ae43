"""Restoring a backup and `tracker check` hold the records to the same rules as the forms
and the JSON importer: a backup holding what the app cannot show is refused, naming table,
record id and field, and the current journal is not changed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import import_documents as docs  # noqa: E402

from tracker.domain.errors import BackupRejected  # noqa: E402
from tracker.services import backup, integrity  # noqa: E402
from tracker.services.journals import list_journals  # noqa: E402


def _break(journal, sql: str) -> None:
    """Write an impossible value behind the forms' backs (as an old bug or a hand edit could)."""
    with journal.connection() as conn:
        conn.exec_driver_sql(sql)


def test_a_healthy_journal_restores_and_checks_clean(journal, tmp_path):
    docs.fill(journal)
    assert integrity.check(journal).ok
    info = backup.backup_now(journal)
    restored = backup.restore_as_new_journal(tmp_path / "other", info.path, docs.PASS)
    assert [j.journal_id for j in list_journals(tmp_path / "other")] == [restored]


@pytest.mark.parametrize("sql,where", [
    ("UPDATE regimen_drugs SET pattern_json = '{\"kind\": \"cycle_days\", \"length\": 0, \"days\": [1]}' "
     "WHERE drug_id = 'palbociclib'", "regimen_drugs id 1: pattern_json"),
    ("UPDATE symptom_entries SET severity = 99 WHERE term_id = 'nausea'", "symptom_entries id 1: severity"),
    ("UPDATE diary_logs SET tz = 'Mars/Olympus'", "diary_logs id 1: tz"),
    ("UPDATE regimen_drugs SET times_json = 'null'", "regimen_drugs id 1: times_json"),
])
def test_restore_refuses_a_backup_with_impossible_records(journal, tmp_path, sql, where):
    docs.fill(journal)
    _break(journal, sql)
    problems = integrity.check(journal).problems
    assert any(where in p for p in problems), problems
    info = backup.backup_now(journal)
    with pytest.raises(BackupRejected) as caught:
        backup.restore_as_new_journal(tmp_path / "other", info.path, docs.PASS)
    assert caught.value.detail.startswith(where), caught.value.detail
    assert "not changed" in caught.value.message
    assert list_journals(tmp_path / "other") == []


def test_a_control_character_already_stored_does_not_block_restore_but_check_reports_it(journal, tmp_path):
    """Forms accepted pasted control characters before they refused them: such a journal's
    backups must still restore (nothing already saved is lost); `tracker check` names it."""
    docs.fill(journal)
    _break(journal, "UPDATE diary_notes SET text = 'page' || char(12) || 'break'")
    assert any("diary_notes id 1: text" in p for p in integrity.check(journal).problems)
    info = backup.backup_now(journal)
    backup.restore_as_new_journal(tmp_path / "other", info.path, docs.PASS)
    assert len(list_journals(tmp_path / "other")) == 1
