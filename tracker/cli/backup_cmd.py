"""tracker backup: write one encrypted backup file (only the passphrase or recovery key opens it)."""

from __future__ import annotations

import argparse
from pathlib import Path

from tracker.cli.common import UsageError, add_journal_args, open_journal

HELP = "write an encrypted backup of a journal to PATH (a file or folder; default: the journal's backups folder)"


def configure(parser: argparse.ArgumentParser) -> None:
    add_journal_args(parser)
    parser.add_argument("path", nargs="?", help="backup file or folder to write it into")


def run(args: argparse.Namespace) -> int:
    from tracker.services.backup import backup_now

    dest = Path(args.path).expanduser() if args.path else None
    if dest is not None and not dest.is_dir() and not dest.parent.is_dir():
        raise UsageError(f"The folder {dest.parent} does not exist.")
    journal = open_journal(args)
    try:
        info = backup_now(journal, dest)
    finally:
        journal.close()
    print(info.path)
    return 0
