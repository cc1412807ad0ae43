"""AES-256-GCM with a fresh random 96-bit nonce: the one seal/open the key files use (the
journal's key slots and the shared folder's key list). A wrong key, nonce, associated data or
a changed byte opens as None, never as garbage."""

from __future__ import annotations

import os

NONCE_BYTES = 12


def seal(key: bytes, plain: bytes, aad: bytes) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plain, aad)


def open_sealed(key: bytes, nonce: bytes, sealed: bytes, aad: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(nonce, sealed, aad)
    except InvalidTag:
        return None
