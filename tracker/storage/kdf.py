"""Key-derivation parameters.

The app always uses Argon2id with 64 MiB, 3 passes, 4 lanes. The test suite may lower the
cost by setting TRACKER_TEST_ONLY_WEAK_KDF=1 (DESIGN.md: "tests may lower the Argon2id cost
through a clearly named test-only setting"). The parameters are stored in each key slot, so
a slot made with either cost opens with the right one.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any

TEST_ONLY_WEAK_KDF_ENV = "TRACKER_TEST_ONLY_WEAK_KDF"


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Argon2Params:
        return cls(
            time_cost=int(data["time_cost"]),
            memory_kib=int(data["memory_kib"]),
            parallelism=int(data["parallelism"]),
            hash_len=int(data.get("hash_len", 32)),
        )


APP_PARAMS = Argon2Params()
_WEAK_TEST_PARAMS = Argon2Params(time_cost=1, memory_kib=8, parallelism=1)


def params_for_new_slot() -> Argon2Params:
    if os.environ.get(TEST_ONLY_WEAK_KDF_ENV) == "1":
        return _WEAK_TEST_PARAMS
    return APP_PARAMS


def derive(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=params.hash_len,
        type=Type.ID,
    )
