"""tracker import: make a NEW journal from a JSON export; prints its recovery key once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tracker.cli.common import data_dir, printable, read_passphrase
from tracker.domain.errors import ImportRejected

HELP = "import a JSON export as a new journal (passphrase from $TRACKER_PASSPHRASE or --passphrase-file)"
EXIT_DAMAGED = 4


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the JSON export to import")
    parser.add_argument("--name", help="name for the new journal (default: the name in the file)")
    parser.add_argument("--passphrase-file", help="read the new journal's passphrase from this file")


def run(args: argparse.Namespace) -> int:
    from tracker.services.importer import import_json

    passphrase = read_passphrase(args)
    try:
        result = import_json(data_dir(args), Path(args.path).expanduser(), passphrase, name=args.name)
    except ImportRejected as exc:
        print(f"tracker: {exc.message}", file=sys.stderr)
        if exc.detail:
            print(f"tracker: what was wrong: {exc.detail}", file=sys.stderr)  # names and numbers, no content
        return EXIT_DAMAGED
    journal = result.journal
    try:
        print(f"Imported {result.rows} records into the new journal “{printable(journal.display_name)}” ({journal.journal_id}).")
        print()
        print("Your recovery key (shown only this once; write it down and keep it safe):")
        print(f"    {result.recovery_key}")
        print("It opens the journal if you forget the passphrase.")
    finally:
        journal.close()
    return 0
