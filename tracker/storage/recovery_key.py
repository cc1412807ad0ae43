"""Recovery keys: 160 random bits written as 8 groups of 4 easy-to-read characters.

Crockford's base32 alphabet leaves out I, L, O and U, so a key copied by hand from paper
survives the usual mix-ups (O/0, I/1/L), which `normalise` maps back.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_GROUPS = 8
_GROUP_LEN = 4
_BITS = _GROUPS * _GROUP_LEN * 5  # 160
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def new_recovery_key() -> str:
    value = secrets.randbits(_BITS)
    chars = []
    for _ in range(_GROUPS * _GROUP_LEN):
        chars.append(ALPHABET[value & 31])
        value >>= 5
    text = "".join(chars)
    return "-".join(text[i : i + _GROUP_LEN] for i in range(0, len(text), _GROUP_LEN))


def normalise(text: str) -> str | None:
    """Canonical grouped form, or None if it cannot be a recovery key."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_CONFUSABLE)
    if len(cleaned) != _GROUPS * _GROUP_LEN or any(ch not in ALPHABET for ch in cleaned):
        return None
    return "-".join(cleaned[i : i + _GROUP_LEN] for i in range(0, len(cleaned), _GROUP_LEN))


def key_bytes(text: str) -> bytes:
    canonical = normalise(text)
    if canonical is None:
        raise ValueError("not a recovery key")
    return canonical.replace("-", "").encode("ascii")
