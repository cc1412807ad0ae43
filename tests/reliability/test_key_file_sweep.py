"""The audit's sweep, in full (issue 13, item 2): every single-bit flip anywhere in
`journal.keys`, with an intact spare, ends in "opened" (the spare takes over) and, without
one, in "damaged": never "wrong passphrase", never a bug. The quick suite sweeps the
passphrase slot (tests/storage/test_key_file_integrity.py); scripts/long-faults runs this.
"""

from __future__ import annotations

import _faults
import pytest

from tracker.domain.errors import KeyFileDamaged, WrongPassphrase
from tracker.services.journals import create_journal, unlock
from tracker.storage import keyslots


def _outcome(paths, data_key: bytes) -> str:
    try:
        key = keyslots.load(paths, repair=False).unwrap_with_passphrase(_faults.PASSPHRASE)
    except KeyFileDamaged:
        return "damaged"
    except WrongPassphrase:
        return "wrong passphrase"
    except Exception as exc:  # noqa: BLE001 - counted, so the sweep reports every kind of outcome
        return f"bug {type(exc).__name__}"
    return "opened" if key == data_key else "opened the wrong key"


@pytest.mark.slow
def test_long_every_bit_of_the_key_file(data_dir):
    journal = create_journal(data_dir, "Sweep", _faults.PASSPHRASE).journal
    paths, data_key = journal.paths, journal.data_key
    journal.close()
    original, spare = paths.keys.read_bytes(), paths.spare_keys.read_bytes()
    with_spare: dict[str, int] = {}
    without_spare: dict[str, int] = {}
    flips = len(original) * 8
    for bit in range(flips):
        flipped = bytearray(original)
        flipped[bit // 8] ^= 1 << (bit % 8)
        paths.keys.write_bytes(bytes(flipped))
        paths.spare_keys.write_bytes(spare)
        outcome = _outcome(paths, data_key)
        with_spare[outcome] = with_spare.get(outcome, 0) + 1
        paths.spare_keys.unlink()
        outcome = _outcome(paths, data_key)
        without_spare[outcome] = without_spare.get(outcome, 0) + 1
    paths.keys.write_bytes(original)
    paths.spare_keys.write_bytes(spare)
    print(f"\nLONG key-file sweep: flips={flips} with_spare={with_spare} without_spare={without_spare}")
    assert with_spare == {"opened": flips}
    assert set(without_spare) <= {"opened", "damaged"}
    unlock(data_dir, journal.journal_id, _faults.PASSPHRASE).close()
