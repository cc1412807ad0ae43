"""Disk-full scenario, run inside a small private file system (see test_disk_full.py).

    python _disk_full.py MOUNT_POINT      (MOUNT_POINT is an empty tmpfs of a few MiB)

Creates a journal there, saves entries, fills the disk, then tries a save, a passphrase
change and a backup; frees the space and checks everything saved before is still there.
Prints one JSON object with what happened; the parent test judges it.
"""

from __future__ import annotations

import errno
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _faults  # noqa: E402


def _fill_disk(folder: Path) -> Path:
    """Write a file until the file system has not a byte left."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            block = b"\0" * size
            while True:
                try:
                    os.write(fd, block)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(fd)
    return filler


def _outcome(fn) -> str:
    try:
        fn()
        return "ok"
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        return type(exc).__name__


def main(mount: Path) -> dict:
    from tracker.services import backup
    from tracker.services.journals import change_passphrase, create_journal, unlock

    data_dir = mount / "data"
    created = create_journal(data_dir, "Disk Full", _faults.PASSPHRASE)
    journal = created.journal
    journal_id = journal.journal_id
    confirmed = {_faults.save_entry(journal, i) for i in range(20)}
    result: dict = {"saved_before": len(confirmed)}

    filler = _fill_disk(mount)
    failures = []
    for i in range(100, 400):
        try:
            confirmed.add(_faults.save_entry(journal, i))
        except Exception as exc:  # noqa: BLE001
            failures.append(type(exc).__name__)
            if len(failures) >= 3:
                break
    result["save_errors"] = failures
    result["saved_while_filling"] = len(confirmed) - result["saved_before"]
    result["passphrase_change"] = _outcome(lambda: change_passphrase(journal, _faults.OTHER_PASSPHRASE))
    result["backup"] = _outcome(lambda: backup.backup_now(journal))
    result["partial_backups"] = [p.name for p in journal.paths.backups.glob("*")] if journal.paths.backups.exists() else []
    journal.close()

    def reopen_full():
        unlock(data_dir, journal_id, _faults.PASSPHRASE).close()

    result["reopen_while_full"] = _outcome(reopen_full)

    filler.unlink()
    journal = unlock(data_dir, journal_id, _faults.PASSPHRASE)  # the old passphrase still works
    present = _faults.saved_entries(journal)
    result["lost"] = sorted(confirmed - present)
    result["integrity"] = _faults.integrity_ok(journal)
    result["save_after_freeing"] = _outcome(lambda: _faults.save_entry(journal, 999))
    journal.close()
    return result


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    import weak_kdf

    weak_kdf.install()
    print(json.dumps(main(Path(sys.argv[1]))))
