"""Key-derivation parameters, their fixed bounds, and passphrase normalisation.

The app always uses Argon2id with 64 MiB, 3 passes, 4 lanes. The parameters are stored in
each key slot and in each backup's copy of it. Those files are read before anything is
authenticated, so parameters outside `BOUNDS` are refused as damage before Argon2 runs: a
crafted file must not make the app allocate 2 TiB or skip the work (time cost 0).

Tests lower the cost by patching `NEW_SLOT_PARAMS` and `BOUNDS` (tests/weak_kdf.py); the
shipped app has no switch for it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32

    def to_json(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Argon2Params:
        """Parameters from a key slot; ValueError when missing, not integers or out of bounds."""
        values = {}
        for name, default in (("time_cost", None), ("memory_kib", None), ("parallelism", None), ("hash_len", 32)):
            raw = data.get(name, default)
            if type(raw) is not int:  # bool and float are not accepted either
                raise ValueError(f"kdf {name}")
            values[name] = raw
        params = cls(**values)
        BOUNDS.check(params)
        return params


@dataclass(frozen=True)
class Bounds:
    """What a slot may ask for: memory 16 MiB–1 GiB, 1–10 passes, 1–16 lanes, a 32-byte key."""

    min_memory_kib: int = 16 * 1024
    max_memory_kib: int = 1024 * 1024
    min_time: int = 1
    max_time: int = 10
    min_parallelism: int = 1
    max_parallelism: int = 16

    def check(self, params: Argon2Params) -> None:
        if not self.min_memory_kib <= params.memory_kib <= self.max_memory_kib:
            raise ValueError("kdf memory out of bounds")
        if not self.min_time <= params.time_cost <= self.max_time:
            raise ValueError("kdf time out of bounds")
        if not self.min_parallelism <= params.parallelism <= self.max_parallelism:
            raise ValueError("kdf parallelism out of bounds")
        if params.hash_len != 32:
            raise ValueError("kdf hash length")


APP_PARAMS = Argon2Params()
#: What new slots get; module-level so the test suite can patch in a cheap cost.
NEW_SLOT_PARAMS = APP_PARAMS
BOUNDS = Bounds()


def params_for_new_slot() -> Argon2Params:
    return NEW_SLOT_PARAMS


def nfc(passphrase: str) -> str:
    """The form a passphrase is derived from: the same text typed on any keyboard or system
    (composed "é" or "e" + combining accent) gives the same key."""
    return unicodedata.normalize("NFC", passphrase)


def derive(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    """Argon2id over the passphrase exactly as given (callers decide on normalisation)."""
    from argon2.low_level import Type, hash_secret_raw

    BOUNDS.check(params)
    key: bytes = hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=params.hash_len,
        type=Type.ID,
    )
    return key
