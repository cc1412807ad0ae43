"""File names inside a shared journal's folder, and what a directory listing holds.

Names reveal only computer ids and sequence numbers:

    treatment-journey-<journal_id>/keys
    treatment-journey-<journal_id>/snapshot-<computer_id>-<n, 8 digits>
    treatment-journey-<journal_id>/<computer_id>/<seq, 8 digits>.bundle

Sync services rename a file they could not reconcile instead of overwriting it. Those
copies are recognised (the seq is parsed from them) so the caller can skip a seq it has
already applied, or read the copy when the original is missing; reading checks the file's
own header against the seq and folder either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT_PREFIX = "treatment-journey-"
KEYS_NAME = "keys"
TEMP_PREFIX = ".tmp-"
BUNDLE_SUFFIX = ".bundle"
SEQ_DIGITS = 8
MAX_SEQ = 10**SEQ_DIGITS - 1

COMPUTER_ID = re.compile(r"[0-9a-f]{16}")
MEMBER_ID = re.compile(r"[0-9a-f]{16}")
_SEQ = r"(?P<seq>\d{8})"
_BUNDLE = re.compile(_SEQ + r"\.bundle")
_CONFLICT_COPIES = (
    # Syncthing: 00000003.sync-conflict-20261203-101010-ABCDEFG.bundle
    re.compile(_SEQ + r"\.sync-conflict-\d{8}-\d{6}-[0-9A-Z]{7}\.bundle"),
    # Dropbox, Nextcloud, ownCloud: 00000003 (conflicted copy 2026-12-03).bundle,
    # 00000003 (Case Conflict).bundle, 00000003 (Jo's conflicted copy 2026-12-03 101010).bundle
    re.compile(_SEQ + r" \([^()/\\]{1,200}\)\.bundle"),
    # Nextcloud before 3.x: 00000003_conflict-20261203-101010.bundle
    re.compile(_SEQ + r"_conflict-\d{8}-\d{6}\.bundle"),
    # OneDrive: 00000003-LAPTOP-JO.bundle
    re.compile(_SEQ + r"-[0-9A-Za-z][0-9A-Za-z_-]{0,62}\.bundle"),
)
_SNAPSHOT = re.compile(r"snapshot-(?P<computer>[0-9a-f]{16})-(?P<n>\d{8})")


def valid_computer_id(value: object) -> bool:
    return isinstance(value, str) and COMPUTER_ID.fullmatch(value) is not None


def valid_member_id(value: object) -> bool:
    return isinstance(value, str) and MEMBER_ID.fullmatch(value) is not None


def root_name(journal_id: str) -> str:
    return ROOT_PREFIX + journal_id


def bundle_name(seq: int) -> str:
    return f"{seq:0{SEQ_DIGITS}d}{BUNDLE_SUFFIX}"


def snapshot_name(computer_id: str, n: int) -> str:
    return f"snapshot-{computer_id}-{n:0{SEQ_DIGITS}d}"


def check_number(value: int, what: str) -> None:
    """Sequence and snapshot numbers are 1…99999999 (they are 8 digits in file names)."""
    if type(value) is not int or not 1 <= value <= MAX_SEQ:
        raise ValueError(f"{what} must be an integer from 1 to {MAX_SEQ}")


@dataclass(frozen=True, order=True)
class BundleRef:
    """One change file in the folder. Sorted by computer, seq, originals before conflict copies."""

    computer_id: str
    seq: int
    is_conflict_copy: bool
    path: Path


@dataclass(frozen=True, order=True)
class SnapshotRef:
    n: int
    computer_id: str
    path: Path


def parse_bundle_name(name: str) -> tuple[int, bool] | None:
    """(seq, is_conflict_copy) for a change file's name; None for anything else."""
    if name.startswith(TEMP_PREFIX):
        return None
    match = _BUNDLE.fullmatch(name)
    if match is not None:
        seq = int(match.group("seq"))
        return (seq, False) if seq >= 1 else None
    for pattern in _CONFLICT_COPIES:
        match = pattern.fullmatch(name)
        if match is not None:
            seq = int(match.group("seq"))
            return (seq, True) if seq >= 1 else None
    return None


def parse_snapshot_name(name: str) -> tuple[str, int] | None:
    match = _SNAPSHOT.fullmatch(name)
    if match is None:
        return None
    n = int(match.group("n"))
    return (match.group("computer"), n) if n >= 1 else None


def bundle_ref_for(path: Path) -> BundleRef | None:
    """The ref a path stands for, from its folder and name alone; None when it is not one."""
    parsed = parse_bundle_name(path.name)
    if parsed is None or not valid_computer_id(path.parent.name):
        return None
    return BundleRef(computer_id=path.parent.name, seq=parsed[0], is_conflict_copy=parsed[1], path=path)
