"""SIGKILL while a shared journal writes or applies change bundles loses nothing and applies
nothing twice (issue 18).

A patient's journal (computer A) and a carer's (computer B, joined from the shared folder)
take turns: each trial a child process opens one of them and syncs and saves in a loop until
it is killed at a random moment, so kills land while a bundle is reserved, written, confirmed,
or applied (the other computer's, saved in the trial before). After every kill the journal
must open and pass its integrity check. At the end both sides sync until quiet; every entry
whose save returned is present exactly once on both, the canonical exports are identical,
and each computer's bundles are numbered 1…n with no gap and no number used twice.

5 trials in the normal suite; `scripts/long-faults` runs TRACKER_SYNC_KILL_TRIALS (100).
"""

from __future__ import annotations

import collections
import json

import _faults
import pytest
from _killer import random_kill_point

from tracker.services import sync, sync_changes
from tracker.services.journals import create_journal, unlock
from tracker.storage.sync_folder import SharedFolder

CARER_PASSPHRASE = _faults.OTHER_PASSPHRASE


def _shared_pair(tmp_path, clock):
    sync_dir = tmp_path / "sync"
    sync_dir.mkdir()
    a = create_journal(tmp_path / "a", "Kill Sync", _faults.PASSPHRASE).journal
    sync.share_journal(a, sync_dir, _faults.PASSPHRASE, clock)
    sync.add_person(a, "Carer", CARER_PASSPHRASE, CARER_PASSPHRASE, clock)
    b = sync.join_shared_journal(tmp_path / "b", sync_dir, CARER_PASSPHRASE, clock).journal
    sides = [(tmp_path / "a", a.journal_id, _faults.PASSPHRASE), (tmp_path / "b", b.journal_id, CARER_PASSPHRASE)]
    a.close()
    b.close()
    return sync_dir, sides


def _entry_notes(journal) -> collections.Counter[str]:
    with journal.connection() as conn:
        rows = conn.exec_driver_sql("SELECT note FROM diary_logs WHERE note LIKE ?", (_faults.ENTRY_PREFIX + "%",))
        return collections.Counter(row[0][len(_faults.ENTRY_PREFIX):] for row in rows)


def _kill_trials(tmp_path, kill_runner, rng, clock, trials: int) -> dict:
    sync_dir, sides = _shared_pair(tmp_path, clock)
    confirmed: set[str] = set()  # entry indexes whose save returned
    stats = {"trials": 0, "killed_mid_stream": 0, "syncs": 0, "confirmed": 0, "lost": 0, "applied_twice": 0}
    for trial in range(trials):
        data_dir, journal_id, passphrase = sides[trial % 2]
        req = {"job": "sync", "data_dir": str(data_dir), "journal_id": journal_id, "passphrase": passphrase,
               "out": str(tmp_path / "out.txt"), "start": trial * 100_000}
        code, lines = kill_runner.run(req, kill_when=random_kill_point(rng, max_steps=10))
        errors = [line for line in lines if line.startswith(("error", "trace"))]
        assert not errors, f"trial {trial}: the child failed before the kill: {errors}"
        assert code == -9, f"trial {trial}: the child was not killed (exit {code})"
        saved = {line.split(" ", 1)[1].rsplit(":", 1)[1] for line in lines if line.startswith("saved ")}
        confirmed |= saved
        stats["killed_mid_stream"] += bool(saved)
        stats["syncs"] += sum(line.startswith("synced ") for line in lines)
        journal = unlock(data_dir, journal_id, passphrase)  # must always open
        try:
            assert _faults.integrity_ok(journal) == [], f"trial {trial}: integrity check failed"
            lost_here = {i for i in saved if _entry_notes(journal)[i] != 1}
            assert not lost_here, f"trial {trial}: {len(lost_here)} saves that returned are missing"
        finally:
            journal.close()
        stats["trials"] += 1

    journals = [unlock(d, j, p) for d, j, p in sides]
    try:
        for _round in range(3):
            for journal in journals:
                report = sync.sync_now(journal, clock)
                assert report.problems == () and report.waiting == 0, report
        exports = [sync_changes.canonical_export(j) for j in journals]
        assert exports[0] == exports[1], "the two computers differ after a full sync"
        for journal in journals:
            notes = _entry_notes(journal)
            stats["lost"] += len(confirmed - set(notes))
            stats["applied_twice"] += sum(n > 1 for n in notes.values())
        records = json.loads(exports[0])["records"]
        logs = [r for r in records if r["t"] == "diary_logs"]
        assert len(logs) == len({r["g"] for r in logs})
        root = SharedFolder.open(sync_dir).root
        for computer in (p for p in root.iterdir() if p.is_dir()):
            names = sorted(p.name for p in computer.iterdir() if not p.name.startswith(".tmp-"))
            assert names == [f"{n:08d}.bundle" for n in range(1, len(names) + 1)], "gap or number used twice"
    finally:
        for journal in journals:
            journal.close()
    stats["confirmed"] = len(confirmed)
    return stats


def test_kills_while_syncing_lose_nothing_and_apply_nothing_twice(tmp_path, kill_runner, rng, clock):
    stats = _kill_trials(tmp_path, kill_runner, rng, clock, 5)
    print(f"kill during sync: {stats}")
    assert stats["lost"] == 0 and stats["applied_twice"] == 0


@pytest.mark.slow
def test_long_kills_while_syncing_lose_nothing_and_apply_nothing_twice(tmp_path, kill_runner, rng, clock):
    trials = _faults.env_int("TRACKER_SYNC_KILL_TRIALS", 100)
    stats = _kill_trials(tmp_path, kill_runner, rng, clock, trials)
    print(f"LONG kill during sync: trials={stats['trials']} syncs={stats['syncs']} confirmed={stats['confirmed']} "
          f"killed_mid_stream={stats['killed_mid_stream']} lost={stats['lost']} applied_twice={stats['applied_twice']}")
    assert stats["lost"] == 0 and stats["applied_twice"] == 0
    assert stats["killed_mid_stream"] >= trials // 2, stats
