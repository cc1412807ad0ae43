"""The shared folder's `keys` file: members, their wrapped private keys, and the sealed epoch keys.

Content (canonical JSON: sorted keys, no spaces, ASCII), then the `mac` over it:

    format, version (2), journal_id
    members: {member_id: {public_key, added_at,
                          private_key: {kdf, params, salt, nonce, wrapped},   Argon2id(passphrase) + AES-GCM
                          profile: {nonce, sealed}}}                          name and person gid, AES-GCM
    epochs:  {"<n>": {created_at, commit, link, seals: {member_id: {ephemeral, nonce, sealed}}}}
    revoked: {computer_id: {epoch, last_seq}}      computers of removed people (see "Writers" below)
    cutoffs: {computer_id: {"<epoch>": first_seq}} the remover's computer moved to <epoch> at first_seq
    mac:     HMAC-SHA256(HKDF(newest epoch key, info=b"keys-file"), canonical content)

How the parts hold each other up (what someone who can write the folder cannot do):

- `mac`: only a holder of the newest epoch key can add a member, swap a public key or edit
  an epoch without every current member noticing.
- `commit` = HKDF(epoch key, per journal and epoch) is public; a seal that opens to any
  other key (anyone can seal *something* to a public key) is refused.
- `link` of epoch n>1 = HMAC under HKDF(key of epoch n-1, "epoch-link") over its commit: a
  new epoch can only be made by someone who held the previous one, so an outsider cannot
  invent a newest epoch (sealed to everyone) and sign the file with it. A member who was
  removed can check the link and so tell "I was removed" from "the file was tampered with".
- a member's wrapped private key has associated data binding the journal, the member id,
  the public key and epoch 1's commit: a key list rebuilt around a copied slot does not open.
- names and person gids are encrypted under a key from the newest epoch's key (AAD binds the
  epoch), and sealed again under the new key at every removal, so the folder holds no names and
  a removed person cannot read the names of people added after them.
- a reader's own epoch keys must all still be in the file and open to the same keys, so an
  older copy of the file put back (from before a removal) is refused.

Writers. Bundles are sealed with a shared epoch key, not signed per person, so a removed
person's old keys still *seal* files that the others can open. What stops them being applied:

- `revoked`: at a removal the remover lists the removed person's computers (as the journal's
  `sharing.computer.<id>` settings know them) with the last bundle number of each that it had
  applied or saw in the folder. Readers refuse any later bundle from those computers, and every
  snapshot written by one.
- `cutoffs`: the remover's own computer writes under the new epoch from the next bundle on;
  readers refuse a bundle of that computer from that number on under an older epoch (so a
  removed person cannot take the remover's next number with the old key).
- `SharedFolder.read_bundle` also refuses a bundle under an older epoch than the same
  computer's previous bundle: a computer never goes back to an older key.

Left open, by design: a removed person still holds the old epoch keys; they could make a
false "next epoch" that a computer which has not yet seen the real one would accept, and they
could write under a computer id nobody has seen yet (or one whose first bundle had not reached
the remover), under the old key. Remove them from the sync service too (the app says so when
removing). Per-person signing keys would close the second gap.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from typing import Any

from tracker.storage import aead, kdf
from tracker.storage.sync_folder.names import valid_computer_id, valid_member_id

FORMAT = "treatment-journey-sync-keys"
VERSION = 2
KEY_BYTES = 32
NONCE_BYTES = aead.NONCE_BYTES
#: A few members and epochs take a few KiB; anything far larger is not ours.
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_MEMBERS = 64
MAX_EPOCHS = 10_000
MAX_TEXT = 1000
MAX_COMPUTERS = 1000
#: Bundle numbers are 8 digits in file names (names.MAX_SEQ).
_MAX_SEQ = 10**8 - 1


class Tampered(ValueError):
    """The file is well formed but fails an authenticity check."""


class Removed(ValueError):
    """The file, checked as far as this member can, no longer includes them."""


def canonical(data: object) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("base64 text")
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if size is not None and len(data) != size:
        raise ValueError("field size")
    return data


def _hkdf(key: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(key)


# -- keys ----------------------------------------------------------------------------------


def new_key_pair() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 keys."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.generate()
    return _raw_private(private), _raw_public(private)


def public_of(private_raw: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return _raw_public(X25519PrivateKey.from_private_bytes(private_raw))


def _raw_private(private: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    raw: bytes = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return raw


def _raw_public(private: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    raw: bytes = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return raw


def epoch_commit(journal_id: str, epoch: int, epoch_key: bytes) -> bytes:
    return _hkdf(epoch_key, f"tj-sync/{journal_id}/epoch-commit/{epoch}".encode())


def epoch_link(journal_id: str, epoch: int, commit: bytes, previous_key: bytes) -> bytes:
    message = canonical({"journal_id": journal_id, "epoch": epoch, "commit": b64(commit)})
    return hmac.new(_hkdf(previous_key, b"epoch-link"), message, hashlib.sha256).digest()


def file_mac(content: dict[str, Any], newest_key: bytes) -> bytes:
    return hmac.new(_hkdf(newest_key, b"keys-file"), canonical(content), hashlib.sha256).digest()


def _seal_aad(journal_id: str, epoch: int, member_id: str) -> bytes:
    return canonical({"purpose": "epoch-key", "journal_id": journal_id, "epoch": epoch, "member_id": member_id})


def seal_epoch_key(journal_id: str, epoch: int, member_id: str, public: bytes, epoch_key: bytes) -> dict[str, str]:
    """Ephemeral X25519 with the member's public key → HKDF-SHA256 → AES-256-GCM."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    kek = _hkdf(shared, b"tj-sync epoch seal", salt=ephemeral_public + public)
    nonce, sealed = aead.seal(kek, epoch_key, _seal_aad(journal_id, epoch, member_id))
    return {"ephemeral": b64(ephemeral_public), "nonce": b64(nonce), "sealed": b64(sealed)}


def open_epoch_key(journal_id: str, epoch: int, member_id: str, private: bytes, seal: dict[str, Any]) -> bytes | None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    me = X25519PrivateKey.from_private_bytes(private)
    ephemeral_public = unb64(seal["ephemeral"], 32)
    try:
        shared = me.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:
        return None  # a low-order point: crafted, never made by us
    kek = _hkdf(shared, b"tj-sync epoch seal", salt=ephemeral_public + _raw_public(me))
    key = aead.open_sealed(kek, unb64(seal["nonce"], NONCE_BYTES), unb64(seal["sealed"]), _seal_aad(journal_id, epoch, member_id))
    return key if key is not None and len(key) == KEY_BYTES else None


def _wrap_aad(journal_id: str, member_id: str, public: bytes, genesis_commit: bytes) -> bytes:
    return canonical({
        "purpose": "member-private-key", "journal_id": journal_id, "member_id": member_id,
        "public_key": b64(public), "genesis": b64(genesis_commit),
    })


def wrap_private_key(
    journal_id: str, member_id: str, public: bytes, genesis_commit: bytes, private: bytes, passphrase: str
) -> dict[str, Any]:
    params = kdf.params_for_new_slot()
    salt = os.urandom(16)
    kek = kdf.derive(kdf.nfc(passphrase), salt, params)
    nonce, wrapped = aead.seal(kek, private, _wrap_aad(journal_id, member_id, public, genesis_commit))
    return {"kdf": "argon2id", "params": params.to_json(), "salt": b64(salt), "nonce": b64(nonce), "wrapped": b64(wrapped)}


def unwrap_private_key(
    journal_id: str, member_id: str, public: bytes, genesis_commit: bytes, slot: dict[str, Any], passphrase: str
) -> bytes | None:
    params = kdf.Argon2Params.from_json(slot["params"])  # bounds checked again before Argon2 runs
    kek = kdf.derive(kdf.nfc(passphrase), unb64(slot["salt"], 16), params)
    return aead.open_sealed(kek, unb64(slot["nonce"], NONCE_BYTES), unb64(slot["wrapped"]),
                      _wrap_aad(journal_id, member_id, public, genesis_commit))


def _profile_key(epoch_key: bytes) -> bytes:
    return _hkdf(epoch_key, b"member-profile")


def _profile_aad(journal_id: str, member_id: str, epoch: int) -> bytes:
    return canonical({"purpose": "member-profile", "journal_id": journal_id, "member_id": member_id, "epoch": epoch})


def seal_profile(journal_id: str, member_id: str, epoch: int, epoch_key: bytes, name: str,
                 person_gid: str) -> dict[str, str]:
    """Name and person gid under the key of `epoch` (always the file's newest)."""
    plain = canonical({"name": name, "person_gid": person_gid})
    nonce, sealed = aead.seal(_profile_key(epoch_key), plain, _profile_aad(journal_id, member_id, epoch))
    return {"nonce": b64(nonce), "sealed": b64(sealed)}


def open_profile(journal_id: str, member_id: str, epoch: int, epoch_key: bytes,
                 profile: dict[str, Any]) -> tuple[str, str]:
    """(name, person_gid); Tampered when the profile does not open with the key of `epoch`."""
    plain = aead.open_sealed(_profile_key(epoch_key), unb64(profile["nonce"], NONCE_BYTES), unb64(profile["sealed"]),
                       _profile_aad(journal_id, member_id, epoch))
    if plain is None:
        raise Tampered("member profile")
    data = json.loads(plain.decode("ascii"))
    return str(data["name"]), str(data["person_gid"])


# -- the file ------------------------------------------------------------------------------


@dataclass
class KeysFile:
    """The parsed file. `members` and `epochs` hold the JSON objects as stored."""

    journal_id: str
    members: dict[str, dict[str, Any]]
    epochs: dict[int, dict[str, Any]]
    #: computer id -> {"epoch": the epoch made by the removal, "last_seq": its last accepted bundle}
    revoked: dict[str, dict[str, int]] = field(default_factory=dict)
    #: computer id -> {"<epoch>": first bundle number sealed under that epoch or a newer one}
    cutoffs: dict[str, dict[str, int]] = field(default_factory=dict)
    mac: bytes = b""

    @property
    def newest_epoch(self) -> int:
        return max(self.epochs)

    def genesis_commit(self) -> bytes:
        return unb64(self.epochs[1]["commit"], KEY_BYTES)

    def content(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "journal_id": self.journal_id,
            "members": self.members,
            "epochs": {str(epoch): entry for epoch, entry in self.epochs.items()},
            "revoked": self.revoked,
            "cutoffs": self.cutoffs,
        }

    def revoked_after(self, computer_id: str, seq: int) -> bool:
        """Bundle `seq` of a removed person's computer, after the removal: refused whatever its key."""
        revoked = self.revoked.get(computer_id)
        return revoked is not None and seq > revoked["last_seq"]

    def cutoff_refusal(self, computer_id: str, seq: int, epoch: int) -> str | None:
        """Why bundle `seq` of `computer_id` must not be sealed under `epoch` (its computer had
        moved to a newer epoch by then); None when it may."""
        for cut_epoch, first_seq in self.cutoffs.get(computer_id, {}).items():
            if seq >= first_seq and epoch < int(cut_epoch):
                return f"epoch {epoch} after its computer moved to epoch {cut_epoch}"
        return None

    def snapshot_refused(self, computer_id: str) -> bool:
        """Snapshots of a removed person's computer are never joined from (one may have been
        written with the old key after the removal, with any number)."""
        return computer_id in self.revoked

    def sign(self, newest_key: bytes) -> None:
        self.mac = file_mac(self.content(), newest_key)

    def to_bytes(self) -> bytes:
        return canonical({**self.content(), "mac": b64(self.mac)}) + b"\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeysFile:
        """Parse and check the shape and bounds (nothing secret needed); ValueError when damaged."""
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError("keys file size")
        data = json.loads(raw.decode("ascii"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("keys file format")
        if data.get("version") != VERSION:
            raise ValueError("keys file version")
        if set(data) != {"format", "version", "journal_id", "members", "epochs", "revoked", "cutoffs", "mac"}:
            raise ValueError("keys file fields")
        members, epochs_raw = data["members"], data["epochs"]
        if not isinstance(members, dict) or not 0 < len(members) <= MAX_MEMBERS:
            raise ValueError("members")
        for member_id, member in members.items():
            _check_member(member_id, member)
        if not isinstance(epochs_raw, dict) or not 0 < len(epochs_raw) <= MAX_EPOCHS:
            raise ValueError("epochs")
        epochs: dict[int, dict[str, Any]] = {}
        for key, entry in epochs_raw.items():
            if not isinstance(key, str) or not key.isdigit() or str(int(key)) != key:
                raise ValueError("epoch number")
            epochs[int(key)] = _check_epoch(int(key), entry, members)
        if sorted(epochs) != list(range(1, len(epochs) + 1)):
            raise ValueError("epochs not 1..n")
        journal_id = data["journal_id"]
        if not isinstance(journal_id, str):
            raise ValueError("journal id")
        newest = len(epochs)
        return cls(journal_id=journal_id, members=members, epochs=dict(sorted(epochs.items())),
                   revoked=_check_revoked(data["revoked"], newest), cutoffs=_check_cutoffs(data["cutoffs"], newest),
                   mac=unb64(data["mac"], 32))


def _is_count(value: object, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high


def _check_revoked(revoked: object, newest_epoch: int) -> dict[str, dict[str, int]]:
    if not isinstance(revoked, dict) or len(revoked) > MAX_COMPUTERS:
        raise ValueError("revoked")
    for computer_id, entry in revoked.items():
        if (not valid_computer_id(computer_id) or not isinstance(entry, dict) or set(entry) != {"epoch", "last_seq"}
                or not _is_count(entry["epoch"], 2, newest_epoch) or not _is_count(entry["last_seq"], 0, _MAX_SEQ)):
            raise ValueError("revoked computer")
    return revoked


def _check_cutoffs(cutoffs: object, newest_epoch: int) -> dict[str, dict[str, int]]:
    if not isinstance(cutoffs, dict) or len(cutoffs) > MAX_COMPUTERS:
        raise ValueError("cutoffs")
    for computer_id, entry in cutoffs.items():
        if not valid_computer_id(computer_id) or not isinstance(entry, dict) or len(entry) > MAX_EPOCHS:
            raise ValueError("cutoff computer")
        for epoch, first_seq in entry.items():
            if (not isinstance(epoch, str) or not epoch.isdigit() or str(int(epoch)) != epoch
                    or not _is_count(int(epoch), 2, newest_epoch) or not _is_count(first_seq, 1, _MAX_SEQ + 1)):
                raise ValueError("cutoff")
    return cutoffs


def _check_member(member_id: object, member: object) -> None:
    if not valid_member_id(member_id) or not isinstance(member, dict):
        raise ValueError("member")
    if set(member) != {"public_key", "added_at", "private_key", "profile"}:
        raise ValueError("member fields")
    unb64(member["public_key"], 32)
    if not isinstance(member["added_at"], str) or len(member["added_at"]) > 64:
        raise ValueError("added_at")
    slot = member["private_key"]
    if not isinstance(slot, dict) or slot.get("kdf") != "argon2id" or not isinstance(slot.get("params"), dict):
        raise ValueError("private key slot")
    # Bounds before any Argon2 work: a crafted file cannot ask for 2 TiB or 0 passes.
    kdf.Argon2Params.from_json(slot["params"])
    unb64(slot["salt"], 16)
    unb64(slot["nonce"], NONCE_BYTES)
    unb64(slot["wrapped"])
    profile = member["profile"]
    if not isinstance(profile, dict):
        raise ValueError("profile")
    unb64(profile["nonce"], NONCE_BYTES)
    if len(unb64(profile["sealed"])) > 4 * MAX_TEXT:
        raise ValueError("profile size")


def _check_epoch(epoch: int, entry: object, members: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(entry, dict) or set(entry) != {"created_at", "commit", "link", "seals"}:
        raise ValueError("epoch fields")
    if not isinstance(entry["created_at"], str) or len(entry["created_at"]) > 64:
        raise ValueError("created_at")
    unb64(entry["commit"], KEY_BYTES)
    if (epoch == 1) != (entry["link"] is None):
        raise ValueError("epoch link")
    if entry["link"] is not None:
        unb64(entry["link"], 32)
    seals = entry["seals"]
    if not isinstance(seals, dict):
        raise ValueError("seals")
    for member_id, seal in seals.items():
        if member_id not in members or not isinstance(seal, dict) or set(seal) != {"ephemeral", "nonce", "sealed"}:
            raise ValueError("seal")
        unb64(seal["ephemeral"], 32)
        unb64(seal["nonce"], NONCE_BYTES)
        unb64(seal["sealed"], KEY_BYTES + 16)
    return entry


def epoch_keys_for(
    keys_file: KeysFile, member_id: str, private: bytes, known: dict[int, bytes]
) -> dict[int, bytes]:
    """Every epoch key this member holds after reading `keys_file`, once the file has passed every
    check this member can make. Tampered or Removed otherwise.

    `known` holds the epoch keys the member had before (empty on first unlock).
    """
    jid = keys_file.journal_id
    if member_id not in keys_file.members:
        _explain_absence(keys_file, known)
    member = keys_file.members[member_id]
    if not hmac.compare_digest(unb64(member["public_key"], 32), public_of(private)):
        raise Tampered("public key swapped")
    keys: dict[int, bytes] = {}
    for epoch, entry in keys_file.epochs.items():
        seal = entry["seals"].get(member_id)
        if seal is None:
            continue
        key = open_epoch_key(jid, epoch, member_id, private, seal)
        if key is None or not hmac.compare_digest(epoch_commit(jid, epoch, key), unb64(entry["commit"])):
            raise Tampered(f"seal of epoch {epoch}")
        keys[epoch] = key
    for epoch, key in known.items():
        if epoch not in keys or not hmac.compare_digest(keys[epoch], key):
            raise Tampered(f"epoch {epoch} missing or changed")  # e.g. an older copy of the file put back
    _check_links(keys_file, keys)
    if keys_file.newest_epoch not in keys:
        raise Tampered("newest epoch not sealed to a current member")
    if not hmac.compare_digest(file_mac(keys_file.content(), keys[keys_file.newest_epoch]), keys_file.mac):
        raise Tampered("mac")
    return keys


def _check_links(keys_file: KeysFile, keys: dict[int, bytes]) -> None:
    for epoch, entry in keys_file.epochs.items():
        previous = keys.get(epoch - 1)
        if epoch == 1 or previous is None:
            continue
        expected = epoch_link(keys_file.journal_id, epoch, unb64(entry["commit"]), previous)
        if not hmac.compare_digest(expected, unb64(entry["link"])):
            raise Tampered(f"link of epoch {epoch}")


def _explain_absence(keys_file: KeysFile, known: dict[int, bytes]) -> None:
    """A member missing from the file: removed (the next epoch was made by a holder of the one
    before) or tampered with. Always raises."""
    if not known or keys_file.newest_epoch <= max(known):
        raise Tampered("member missing without a newer epoch")
    for epoch, key in known.items():
        if epoch not in keys_file.epochs or not hmac.compare_digest(
            epoch_commit(keys_file.journal_id, epoch, key), unb64(keys_file.epochs[epoch]["commit"])
        ):
            raise Tampered(f"epoch {epoch} missing or changed")
    _check_links(keys_file, known)
    raise Removed("member removed")
