"""SIGKILL during a passphrase change and during a schema upgrade.

Passphrase change: the journal must open afterwards with the old OR the new passphrase
(never neither), the recovery key must still open it, and the diary must be intact.

Schema upgrade: a copy of the migrations folder gets an extra test revision (a new table
filled with rows and a rebuilt `people` table, the kind of work a real upgrade does). The
child opens the journal, which upgrades it, and is killed part-way. Afterwards the journal
must open (finishing the upgrade), keep every entry, and a pre-upgrade backup must exist.
"""

from __future__ import annotations

import time

import _faults
import pytest
from _killer import random_kill_point

from tracker.domain.errors import WrongPassphrase
from tracker.services.journals import create_journal, unlock, unlock_with_recovery_key
from tracker.storage import schema
from tracker.storage.paths import journal_paths


def _new_journal(data_dir, entries: int = 3):
    created = create_journal(data_dir, "Kill Test", _faults.PASSPHRASE)
    journal = created.journal
    ids = {_faults.save_entry(journal, i) for i in range(entries)}
    journal.close()
    return journal.journal_id, created.recovery_key, ids


def _open_with_either(data_dir, journal_id):
    for index, passphrase in enumerate((_faults.PASSPHRASE, _faults.OTHER_PASSPHRASE)):
        try:
            return index, unlock(data_dir, journal_id, passphrase)
        except WrongPassphrase:
            continue
    raise AssertionError("neither the old nor the new passphrase opens the journal")


def _passphrase_trials(data_dir, tmp_path, kill_runner, rng, trials: int) -> dict:
    journal_id, recovery, ids = _new_journal(data_dir)
    stats = {"trials": 0, "changes_returned": 0, "unopenable": 0}
    for _ in range(trials):
        req = {"job": "passphrase", "data_dir": str(data_dir), "journal_id": journal_id,
               "out": str(tmp_path / "out.txt")}
        code, lines = kill_runner.run(req, kill_when=random_kill_point(rng, max_steps=4))
        assert not [line for line in lines if line.startswith("error")], lines
        assert code == -9
        changes = [line for line in lines if line.startswith("changed")]
        stats["changes_returned"] += len(changes)
        index, journal = _open_with_either(data_dir, journal_id)
        try:
            assert _faults.saved_entries(journal) == ids
        finally:
            journal.close()
        if changes:
            # The last change that returned, or the one in flight when killed (the other).
            last = int(changes[-1].split()[1])
            assert index in (last, 1 - last)
        unlock_with_recovery_key(data_dir, journal_id, recovery).close()
        # Both key files, where readable, agree on the journal they belong to.
        paths = journal_paths(data_dir, journal_id)
        assert paths.keys.exists() and paths.spare_keys.exists()
        stats["trials"] += 1
    return stats


def test_kill_during_passphrase_change_keeps_one_passphrase_working(data_dir, tmp_path, kill_runner, rng):
    stats = _passphrase_trials(data_dir, tmp_path, kill_runner, rng, 8)
    print(f"kill during passphrase change: {stats}")
    assert stats["changes_returned"] > 0


@pytest.mark.slow
def test_long_kill_during_passphrase_change(data_dir, tmp_path, kill_runner, rng):
    trials = _faults.env_int("TRACKER_KILL_TRIALS", 200)
    stats = _passphrase_trials(data_dir, tmp_path, kill_runner, rng, trials)
    print(f"LONG kill during passphrase change: trials={stats['trials']} "
          f"changes_returned={stats['changes_returned']} unopenable={stats['unopenable']}")


# -- schema upgrade ------------------------------------------------------------------

def _upgrade_trials(data_dir, tmp_path, kill_runner, rng, trials: int, monkeypatch) -> dict:
    migrations = _faults.migrations_with_test_revision(tmp_path)
    old_head = schema.head_revision()
    stats = {"trials": 0, "killed_before_done": 0}
    duration = 0.0
    for trial in range(trials):
        trial_dir = tmp_path / f"trial{trial}"
        journal_id, _, ids = _new_journal(trial_dir)
        req = {"job": "upgrade", "data_dir": str(trial_dir), "journal_id": journal_id,
               "passphrase": _faults.PASSPHRASE, "migrations": str(migrations),
               "out": str(tmp_path / "out.txt")}
        started = time.monotonic()
        if trial == 0:
            # First trial: let it finish, to learn how long an upgrade takes here.
            code, lines = kill_runner.run(req, kill_when=lambda lines: False, until_exit=True)
            duration = time.monotonic() - started
            assert code == 0 and lines and lines[-1] == "upgraded 9001", lines
        else:
            delay = rng.uniform(0.0, duration)
            code, lines = kill_runner.run(req, kill_when=lambda lines, started=started, delay=delay: time.monotonic() - started >= delay)
        assert not [line for line in lines if line.startswith("error")], lines
        stats["killed_before_done"] += code == -9 and not any(line.startswith("upgraded") for line in lines)

        with monkeypatch.context() as patch:
            patch.setattr(schema, "MIGRATIONS", migrations)
            journal = unlock(trial_dir, journal_id, _faults.PASSPHRASE)
            try:
                with journal.connection() as conn:
                    revision = schema.current_revision(conn)
                    probe_rows = conn.exec_driver_sql("SELECT count(*) FROM fault_probes").scalar()
                assert revision == "9001"
                assert probe_rows == 2000
                assert _faults.saved_entries(journal) == ids
                assert _faults.integrity_ok(journal) == []
            finally:
                journal.close()
        backups = list(journal_paths(trial_dir, journal_id).backups.glob(f"pre-upgrade-{old_head}-*"))
        assert backups, "no backup was taken before the upgrade"
        stats["trials"] += 1
    return stats


def test_schema_changes_roll_back_with_their_transaction(journal):
    """Without this an upgrade killed half-way leaves a half-upgraded journal that cannot open
    (the sqlcipher3 driver would otherwise commit each CREATE/ALTER on its own)."""
    assert _faults.ddl_is_transactional(journal)


def test_kill_during_schema_upgrade_never_breaks_the_journal(data_dir, tmp_path, kill_runner, rng, monkeypatch):
    stats = _upgrade_trials(data_dir, tmp_path, kill_runner, rng, 6, monkeypatch)
    print(f"kill during schema upgrade: {stats}")


@pytest.mark.slow
def test_long_kill_during_schema_upgrade(data_dir, tmp_path, kill_runner, rng, monkeypatch):
    trials = _faults.env_int("TRACKER_UPGRADE_TRIALS", 50)
    stats = _upgrade_trials(data_dir, tmp_path, kill_runner, rng, trials, monkeypatch)
    print(f"LONG kill during schema upgrade: trials={stats['trials']} "
          f"killed_before_done={stats['killed_before_done']} lost=0")
