"""Key-file integrity (issue 13, items 2, 6 and 8): damage is damage, never "wrong passphrase";
the two copies come back in step; KDF parameters are bounded; passphrases are NFC."""

from __future__ import annotations

import json
import time
import unicodedata

import pytest

from tracker.domain.errors import KeyFileDamaged, WrongPassphrase
from tracker.services import journals
from tracker.storage import kdf, keyslots
from tracker.storage.paths import journal_paths

PASS = "correct horse battery staple"


def _outcome(paths, data_key: bytes) -> str:
    try:
        key = keyslots.load(paths, repair=False).unwrap_with_passphrase(PASS)
    except KeyFileDamaged:
        return "damaged"
    except WrongPassphrase:
        return "wrong passphrase"
    except Exception as exc:  # noqa: BLE001 - the sweep counts bugs instead of stopping at one
        return f"bug {type(exc).__name__}"
    return "opened" if key == data_key else "opened the wrong key"


def test_bit_flip_sweep_of_the_key_file(created, data_dir):
    """Every single-bit flip of the passphrase slot in the main key file, with an intact spare: all open; and without a
    spare: all "damaged". Never "wrong passphrase", never a bug."""
    journal = created.journal
    paths, data_key = journal.paths, journal.data_key
    journal.close()
    original = paths.keys.read_bytes()
    spare = paths.spare_keys.read_bytes()
    # The passphrase slot: from its name to the end of its object (the file is indented JSON).
    start = original.index(b'"passphrase": {')
    end = original.index(b"}", original.index(b'"wrapped_key"', start)) + 1
    bits = range(start * 8, end * 8)
    with_spare: dict[str, int] = {}
    without_spare: dict[str, int] = {}
    started = time.monotonic()
    try:
        for bit in bits:
            flipped = bytearray(original)
            flipped[bit // 8] ^= 1 << (bit % 8)
            paths.keys.write_bytes(bytes(flipped))
            paths.spare_keys.write_bytes(spare)
            result = _outcome(paths, data_key)
            with_spare[result] = with_spare.get(result, 0) + 1
            paths.spare_keys.unlink()
            result = _outcome(paths, data_key)
            without_spare[result] = without_spare.get(result, 0) + 1
    finally:
        paths.keys.write_bytes(original)
        paths.spare_keys.write_bytes(spare)
    print(f"\nkey-file sweep: {len(bits)} flips in {time.monotonic() - started:.1f}s; "
          f"with spare {with_spare}; without spare {without_spare}")
    assert with_spare == {"opened": len(bits)}
    assert set(without_spare) <= {"damaged", "opened"}
    assert without_spare.get("damaged", 0) > 0


def test_damaged_main_copy_is_mended_and_spare_brought_in_step(created, data_dir):
    jid = created.journal.journal_id
    paths = journal_paths(data_dir, jid)
    created.journal.close()
    good = paths.keys.read_text()
    flipped = bytearray(good.encode())
    flipped[len(flipped) // 2] ^= 4
    paths.keys.write_bytes(bytes(flipped))
    journals.unlock(data_dir, jid, PASS).close()
    assert paths.keys.read_text() == good == paths.spare_keys.read_text()


def test_spare_left_on_old_passphrase_is_brought_in_step(created, data_dir):
    """A kill between writing journal.keys and journal.keys.spare leaves the spare on the old
    passphrase; the next unlock brings it in step, so the old passphrase no longer opens it."""
    jid = created.journal.journal_id
    paths = journal_paths(data_dir, jid)
    old_spare = paths.spare_keys.read_text()
    journals.change_passphrase(created.journal, "a brand new passphrase")
    created.journal.close()
    paths.spare_keys.write_text(old_spare)  # as if killed before the spare was written
    journals.unlock(data_dir, jid, "a brand new passphrase").close()
    assert paths.spare_keys.read_text() == paths.keys.read_text()
    paths.keys.unlink()
    with pytest.raises(WrongPassphrase):
        journals.unlock(data_dir, jid, PASS)


def test_version_1_key_file_without_checksum_still_opens_and_is_upgraded(created, data_dir):
    jid = created.journal.journal_id
    paths = journal_paths(data_dir, jid)
    created.journal.close()
    data = json.loads(paths.keys.read_text())
    del data["checksum"]
    data["version"] = 1
    for path in (paths.keys, paths.spare_keys):
        path.write_text(json.dumps(data))
    journals.unlock(data_dir, jid, PASS).close()
    assert json.loads(paths.keys.read_text())["version"] == keyslots.VERSION
    assert paths.spare_keys.read_text() == paths.keys.read_text()


@pytest.mark.parametrize("name,value", [("memory_kib", 2**31), ("time_cost", 0), ("time_cost", 11),
                                        ("parallelism", 0), ("parallelism", 17), ("memory_kib", "64"),
                                        ("time_cost", True)])
def test_kdf_parameters_out_of_bounds_are_damage_before_argon2(created, data_dir, monkeypatch, name, value):
    jid = created.journal.journal_id
    paths = journal_paths(data_dir, jid)
    created.journal.close()
    monkeypatch.setattr(kdf, "BOUNDS", kdf.Bounds())  # the shipped bounds, not the test ones
    for path in (paths.keys, paths.spare_keys):
        data = json.loads(path.read_text())
        data["slots"]["passphrase"]["params"][name] = value
        data.pop("checksum")
        data["checksum"] = keyslots.checksum(data)  # a crafted file, not accidental damage
        path.write_text(json.dumps(data))

    def no_argon2(*_args, **_kwargs):
        raise AssertionError("Argon2 ran on unchecked parameters")

    monkeypatch.setattr(kdf, "derive", no_argon2)
    with pytest.raises(KeyFileDamaged):
        journals.unlock(data_dir, jid, PASS)


def test_shipped_bounds():
    bounds = kdf.Bounds()
    bounds.check(kdf.APP_PARAMS)
    bounds.check(kdf.Argon2Params(time_cost=1, memory_kib=16 * 1024, parallelism=1))
    bounds.check(kdf.Argon2Params(time_cost=10, memory_kib=1024 * 1024, parallelism=16))
    for bad in (kdf.Argon2Params(memory_kib=16 * 1024 - 1), kdf.Argon2Params(memory_kib=1024 * 1024 + 1),
                kdf.Argon2Params(time_cost=0), kdf.Argon2Params(time_cost=11),
                kdf.Argon2Params(parallelism=0), kdf.Argon2Params(parallelism=17)):
        with pytest.raises(ValueError):
            bounds.check(bad)


def test_no_test_only_switch_in_shipped_code(monkeypatch):
    monkeypatch.setenv("TRACKER_TEST_ONLY_WEAK_KDF", "1")
    monkeypatch.setattr(kdf, "NEW_SLOT_PARAMS", kdf.APP_PARAMS)
    assert kdf.params_for_new_slot() == kdf.APP_PARAMS
    assert not hasattr(kdf, "TEST_ONLY_WEAK_KDF_ENV")


COMPOSED = "caf\u00e9 au lait \u00e0 Malm\u00f6"  # é, à, ö as one code point each (NFC)
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)  # e + combining accent, as some keyboards type


def test_passphrase_typed_either_way_opens(data_dir):
    created = journals.create_journal(data_dir, "Unicode", DECOMPOSED)
    jid = created.journal.journal_id
    created.journal.close()
    journals.unlock(data_dir, jid, COMPOSED).close()
    journals.unlock(data_dir, jid, DECOMPOSED).close()


def test_passphrase_set_before_normalisation_still_opens_and_is_rewrapped(data_dir, monkeypatch):
    """A slot made from the raw (NFD) bytes, as before this change, opens and becomes NFC."""
    monkeypatch.setattr(kdf, "nfc", lambda text: text)  # the old behaviour while creating
    created = journals.create_journal(data_dir, "Before", DECOMPOSED)
    jid = created.journal.journal_id
    created.journal.close()
    monkeypatch.undo()
    paths = journal_paths(data_dir, jid)
    before = json.loads(paths.keys.read_text())["slots"]["passphrase"]["salt"]
    journals.unlock(data_dir, jid, DECOMPOSED).close()
    after = json.loads(paths.keys.read_text())["slots"]["passphrase"]["salt"]
    assert after != before  # rewrapped
    journals.unlock(data_dir, jid, COMPOSED).close()  # now the composed form opens it too
    with pytest.raises(WrongPassphrase):
        journals.unlock(data_dir, jid, "cafe au lait a Malmo")
