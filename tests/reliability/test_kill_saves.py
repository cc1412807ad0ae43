"""SIGKILL in the middle of a stream of saves loses no entry whose save had returned.

Issue 3 asks for 20 kills in the normal suite; the long run (scripts/long-faults) does
TRACKER_KILL_TRIALS (default 200). One journal takes every kill in turn, so damage that
builds up over many crashes would show too.
"""

from __future__ import annotations

import _faults
import pytest
from _killer import random_kill_point

from tracker.services.journals import create_journal, unlock


def _kill_trials(data_dir, tmp_path, kill_runner, rng, trials: int) -> dict:
    created = create_journal(data_dir, "Kill Test", _faults.PASSPHRASE)
    journal_id = created.journal.journal_id
    created.journal.close()
    confirmed: set[str] = set()
    stats = {"trials": 0, "killed_mid_stream": 0, "confirmed": 0, "lost": 0}
    for trial in range(trials):
        req = {
            "job": "saves",
            "data_dir": str(data_dir),
            "journal_id": journal_id,
            "passphrase": _faults.PASSPHRASE,
            "out": str(tmp_path / "out.txt"),
            "start": trial * 100_000,
        }
        code, lines = kill_runner.run(req, kill_when=random_kill_point(rng))
        errors = [line for line in lines if line.startswith(("error", "trace"))]
        assert not errors, f"trial {trial}: the writer failed before the kill: {errors}"
        assert code == -9, f"trial {trial}: the writer was not killed (exit {code})"
        returned = {line.split(" ", 1)[1] for line in lines if line.startswith("saved ")}
        confirmed |= returned
        stats["killed_mid_stream"] += bool(returned)

        journal = unlock(data_dir, journal_id, _faults.PASSPHRASE)  # must always open
        try:
            present = _faults.saved_entries(journal)
            assert _faults.integrity_ok(journal) == [], f"trial {trial}: integrity check failed"
        finally:
            journal.close()
        lost = confirmed - present
        stats["lost"] += len(lost)
        assert not lost, f"trial {trial}: {len(lost)} entries whose save returned are missing"
        # An entry may be present whose "saved" line never got written (killed in between),
        # but nothing may appear that was never saved at all.
        assert len(present) <= len(confirmed) + trial + 1
        stats["trials"] += 1
    stats["confirmed"] = len(confirmed)
    return stats


def test_twenty_kills_during_saves_lose_nothing(data_dir, tmp_path, kill_runner, rng):
    stats = _kill_trials(data_dir, tmp_path, kill_runner, rng, 20)
    print(f"kill during saves: {stats}")
    assert stats["lost"] == 0
    # The test only means something if most kills landed in the middle of the stream.
    assert stats["killed_mid_stream"] >= 12, stats


@pytest.mark.slow
def test_long_kills_during_saves_lose_nothing(data_dir, tmp_path, kill_runner, rng):
    trials = _faults.env_int("TRACKER_KILL_TRIALS", 200)
    stats = _kill_trials(data_dir, tmp_path, kill_runner, rng, trials)
    print(f"LONG kill during saves: trials={stats['trials']} confirmed={stats['confirmed']} "
          f"killed_mid_stream={stats['killed_mid_stream']} lost={stats['lost']}")
    assert stats["lost"] == 0
