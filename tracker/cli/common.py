"""Shared command-line helpers: data dir, choosing a journal, reading the passphrase."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from tracker.domain.errors import JournalNotFound, KnownError
from tracker.storage.paths import resolve_data_dir

PASSPHRASE_ENV = "TRACKER_PASSPHRASE"


class UsageError(KnownError):
    exit_code = 2


#: Direction overrides and isolates can make a name display as something else. Joiners
#: (U+200C/U+200D) stay: Persian names and emoji need them.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """A name as it may be printed to a terminal: control characters (escape sequences that
    move the cursor, retitle the window or hide text; line breaks; bidi overrides) are
    shown as \\x1b-style escapes instead of being obeyed."""
    import unicodedata

    out = []
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in _BIDI_CONTROLS:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def add_journal_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--journal", help="journal id or name (default: the only journal in the folder)")
    parser.add_argument(
        "--passphrase-file",
        help=f"read the passphrase from this file (else from ${PASSPHRASE_ENV})",
    )


def data_dir(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


def read_passphrase(args: argparse.Namespace) -> str:
    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise UsageError(f"Cannot read the passphrase file: {exc.strerror}.") from exc
    value = os.environ.get(PASSPHRASE_ENV)
    if value is None:
        raise UsageError(f"Give the passphrase in ${PASSPHRASE_ENV} or with --passphrase-file.")
    return value


def choose_journal(args: argparse.Namespace) -> str:
    from tracker.services.journals import list_journals

    journals = list_journals(data_dir(args))
    wanted = getattr(args, "journal", None)
    if wanted:
        for info in journals:
            if wanted in (info.journal_id, info.display_name):
                return info.journal_id
        raise JournalNotFound()
    if len(journals) == 1:
        return journals[0].journal_id
    if not journals:
        raise JournalNotFound("There is no journal in this folder yet.")
    raise UsageError("There are several journals here; choose one with --journal.")


def open_journal(args: argparse.Namespace):
    from tracker.services.journals import unlock

    return unlock(data_dir(args), choose_journal(args), read_passphrase(args))
