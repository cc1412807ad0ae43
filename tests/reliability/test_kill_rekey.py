"""SIGKILL during "Someone may know my passphrase or recovery key" (a new data key).

Whenever the kill lands (copying the database, staging the key file, after the commit
marker, while switching files over, while re-encrypting the backups), the journal opens
afterwards with the old or the new passphrase, with every entry, and nothing is left
half-done. The quick suite runs a few trials; scripts/long-faults runs 100
(TRACKER_REKEY_TRIALS).
"""

from __future__ import annotations

import _faults
import pytest
from _killer import random_kill_point

from tracker.domain.errors import WrongPassphrase
from tracker.services import backup
from tracker.services.journals import create_journal, unlock
from tracker.storage import rekey
from tracker.storage.paths import journal_paths

PASSPHRASES = (_faults.PASSPHRASE, _faults.OTHER_PASSPHRASE)


def _open_with_either(data_dir, journal_id):
    for index, passphrase in enumerate(PASSPHRASES):
        try:
            return index, unlock(data_dir, journal_id, passphrase)
        except WrongPassphrase:
            continue
    return None, None


def _verify_with_either(path) -> bool:
    for passphrase in PASSPHRASES:
        try:
            backup.verify_backup(path, passphrase)
            return True
        except WrongPassphrase:
            continue
    return False


def _rekey_trials(data_dir, tmp_path, kill_runner, rng, trials: int) -> dict:
    created = create_journal(data_dir, "Rekey Kill Test", _faults.PASSPHRASE)
    journal = created.journal
    ids = {_faults.save_entry(journal, i) for i in range(20)}
    backup.backup_now(journal)  # an old copy the rekey re-encrypts
    journal.close()
    journal_id = journal.journal_id
    paths = journal_paths(data_dir, journal_id)
    stats = {"trials": 0, "rekeys_returned": 0, "killed_after_commit": 0, "lost": 0, "unopenable": 0}
    for _ in range(trials):
        req = {"job": "rekey", "data_dir": str(data_dir), "journal_id": journal_id, "out": str(tmp_path / "out.txt")}
        code, lines = kill_runner.run(req, kill_when=random_kill_point(rng, max_steps=10))
        assert not [line for line in lines if line.startswith("error")], lines
        assert code == -9, lines
        stats["rekeys_returned"] += sum(1 for line in lines if line.startswith("rekeyed"))
        if lines and lines[-1] in ("step committed",):
            stats["killed_after_commit"] += 1
        index, reopened = _open_with_either(data_dir, journal_id)
        if reopened is None:
            stats["unopenable"] += 1
            continue
        try:
            if _faults.saved_entries(reopened) != ids:
                stats["lost"] += 1
        finally:
            reopened.close()
        assert not rekey.pending(paths), "a killed rekey was neither finished nor undone"
        for path in paths.backups.glob("*.tjbackup"):
            assert _verify_with_either(path), f"backup {path.name} opens with neither passphrase"
        stats["trials"] += 1
    return stats


def test_kill_during_rekey_never_loses_the_journal(data_dir, tmp_path, kill_runner, rng):
    stats = _rekey_trials(data_dir, tmp_path, kill_runner, rng, 6)
    print(f"kill during rekey: {stats}")
    assert stats["unopenable"] == 0 and stats["lost"] == 0
    assert stats["trials"] == 6


@pytest.mark.slow
def test_long_kill_during_rekey(data_dir, tmp_path, kill_runner, rng):
    trials = _faults.env_int("TRACKER_REKEY_TRIALS", 100)
    stats = _rekey_trials(data_dir, tmp_path, kill_runner, rng, trials)
    print(f"LONG kill during rekey: trials={stats['trials']} rekeys_returned={stats['rekeys_returned']} "
          f"killed_after_commit={stats['killed_after_commit']} lost={stats['lost']} unopenable={stats['unopenable']}")
    assert stats["unopenable"] == 0 and stats["lost"] == 0
