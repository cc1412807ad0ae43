"""tracker restore: restore a backup into the data folder.

A journal that is not in the folder yet is restored as a new journal; an existing one is
replaced, after the backup has been fully checked, with the current files kept aside in
`replaced-<time>/` inside the journal's folder. The secret is the passphrase the backup was
made with (from $TRACKER_PASSPHRASE or --passphrase-file) or, with --recovery-key-file, its
recovery key. Exit 3: wrong passphrase or key; 4: damaged or not a backup; 5: the journal is
open in Treatment Journey (one writer at a time: nothing is replaced under an open journal).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tracker.cli.common import UsageError, data_dir, printable, read_passphrase
from tracker.domain.errors import BackupRejected

HELP = "restore an encrypted backup (as a new journal, or replacing the current one, which is kept aside)"
EXIT_DAMAGED = 4


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the backup file (.tjbackup)")
    parser.add_argument("--passphrase-file", help="read the backup's passphrase from this file")
    parser.add_argument("--recovery-key-file", help="use the recovery key in this file instead of the passphrase")


def _secret(args: argparse.Namespace) -> tuple[str, bool]:
    if args.recovery_key_file:
        try:
            return Path(args.recovery_key_file).read_text(encoding="utf-8").strip(), True
        except OSError as exc:
            raise UsageError(f"Cannot read the recovery key file: {exc.strerror}.") from exc
    return read_passphrase(args), False


def run(args: argparse.Namespace) -> int:
    from tracker.services import backup
    from tracker.storage import backup_file
    from tracker.storage.paths import journal_paths

    folder = data_dir(args)
    path = Path(args.path).expanduser()
    secret, use_recovery = _secret(args)
    try:
        header = backup_file.read_header(path)
        if journal_paths(folder, header.journal_id).folder.is_dir():
            aside = backup.restore_backup(folder, header.journal_id, path, secret, use_recovery_key=use_recovery)
            print(f"Restored “{printable(header.display_name)}” ({header.journal_id}) from the backup.")
            if aside is not None:
                print(f"The journal as it was before is kept in {aside}")
        else:
            journal_id = backup.restore_as_new_journal(folder, path, secret, use_recovery_key=use_recovery)
            print(f"Restored “{printable(header.display_name)}” ({journal_id}) as a new journal.")
    except BackupRejected as exc:
        print(f"tracker: {exc.message}", file=sys.stderr)
        return EXIT_DAMAGED
    return 0
