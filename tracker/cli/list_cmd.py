"""tracker list: the journals in the data folder (names only; nothing is decrypted)."""

from __future__ import annotations

from tracker.cli.common import data_dir, printable

HELP = "list the journals in the data folder"


def configure(parser) -> None:
    pass


def run(args) -> int:
    from tracker.services.journals import list_journals

    for info in list_journals(data_dir(args)):
        name = printable(info.display_name) if info.display_name is not None else "(key file damaged)"
        print(f"{info.journal_id}\t{name}")
    return 0
