"""The encrypted file format of change bundles and snapshots.

    b"TJSYNC1\\n"          magic
    header line           canonical JSON + b"\\n": journal_id, computer_id, epoch, kind
                          ("bundle" with seq, or "snapshot" with n). No content.
    nonce                 12 random bytes
    ciphertext            AES-256-GCM(zlib(payload)), key HKDF(epoch key, info=b"bundle"),
                          associated data = the header line, so the header cannot be edited

The reader knows what the header must say from the file's name and folder, and refuses any
difference before decrypting: a file renamed to another seq, moved into another computer's
folder, or copied from another journal's folder is refused, as is every truncation and
bit flip (the GCM tag). Decompression stops at `MAX_PAYLOAD` bytes, so a small crafted file
cannot expand into memory without bound; a real five-year snapshot is tens of MiB.

Everything is one pass over memory: compress, then encrypt, with no plain or merely
compressed bytes ever written to disk.
"""

from __future__ import annotations

import json
import os
import zlib
from dataclasses import dataclass

MAGIC = b"TJSYNC1\n"
NONCE_BYTES = 12
TAG_BYTES = 16
#: A header line is ~150 bytes; anything much longer is not ours.
MAX_HEADER = 1024
#: What one bundle or snapshot may hold once decompressed (module-level so tests can lower it).
MAX_PAYLOAD = 256 * 1024 * 1024
KIND_BUNDLE = "bundle"
KIND_SNAPSHOT = "snapshot"
_ZLIB_LEVEL = 6


class EnvelopeError(ValueError):
    """The file is not an intact envelope for the place it was found; the short reason is for support."""


@dataclass(frozen=True)
class Header:
    journal_id: str
    computer_id: str
    epoch: int
    kind: str  # KIND_BUNDLE or KIND_SNAPSHOT
    number: int  # seq for a bundle, n for a snapshot

    def to_line(self) -> bytes:
        field = "seq" if self.kind == KIND_BUNDLE else "n"
        data: dict[str, object] = {
            "journal_id": self.journal_id,
            "computer_id": self.computer_id,
            "epoch": self.epoch,
            "kind": self.kind,
            field: self.number,
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii") + b"\n"

    @classmethod
    def from_line(cls, line: bytes) -> Header:
        try:
            data = json.loads(line.decode("ascii"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise EnvelopeError("header json") from exc
        if not isinstance(data, dict):
            raise EnvelopeError("header shape")
        kind = data.get("kind")
        field = {KIND_BUNDLE: "seq", KIND_SNAPSHOT: "n"}.get(kind if isinstance(kind, str) else "")
        if field is None or set(data) != {"journal_id", "computer_id", "epoch", "kind", field}:
            raise EnvelopeError("header fields")
        journal_id, computer_id, epoch, number = data["journal_id"], data["computer_id"], data["epoch"], data[field]
        if not isinstance(journal_id, str) or not isinstance(computer_id, str):
            raise EnvelopeError("header ids")
        if type(epoch) is not int or type(number) is not int:
            raise EnvelopeError("header numbers")
        header = cls(journal_id=journal_id, computer_id=computer_id, epoch=epoch, kind=str(kind), number=number)
        if header.to_line() != line:
            raise EnvelopeError("header not canonical")  # one header, one byte string: the AAD
        return header


def content_key(epoch_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"bundle").derive(epoch_key)


def seal(header: Header, epoch_key: bytes, payload: bytes) -> bytes:
    """The whole file's bytes for `payload` (compressed, then encrypted)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(payload) > MAX_PAYLOAD:
        raise ValueError("payload larger than a shared folder file may hold")
    line = header.to_line()
    nonce = os.urandom(NONCE_BYTES)
    ciphertext = AESGCM(content_key(epoch_key)).encrypt(nonce, zlib.compress(payload, _ZLIB_LEVEL), line)
    return MAGIC + line + nonce + ciphertext


def read_header(data: bytes) -> tuple[Header, int]:
    """The plain header and where the nonce starts; EnvelopeError when the shape is wrong."""
    if not data.startswith(MAGIC):
        raise EnvelopeError("magic")
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if end < 0:
        raise EnvelopeError("header line")
    header = Header.from_line(data[len(MAGIC) : end + 1])
    return header, end + 1


def open_sealed(data: bytes, body_start: int, header: Header, epoch_key: bytes) -> bytes:
    """Decrypt and decompress; EnvelopeError on any damage or a payload over MAX_PAYLOAD."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    body = data[body_start:]
    if len(body) < NONCE_BYTES + TAG_BYTES:
        raise EnvelopeError("short body")
    try:
        compressed = AESGCM(content_key(epoch_key)).decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:], header.to_line())
    except InvalidTag as exc:
        raise EnvelopeError("tag") from exc
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(compressed, MAX_PAYLOAD + 1)
    except zlib.error as exc:
        raise EnvelopeError("zlib") from exc
    if len(payload) > MAX_PAYLOAD or inflater.unconsumed_tail:
        raise EnvelopeError("payload too large")
    if not inflater.eof or inflater.unused_data:
        raise EnvelopeError("zlib stream")
    return payload
