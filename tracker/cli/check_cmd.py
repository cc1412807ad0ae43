"""tracker check: open a journal and verify it (exit 0 healthy, 1 problems, 3 wrong passphrase, 4 damaged)."""

from __future__ import annotations

import sys

from tracker.cli.common import add_journal_args, open_journal

HELP = "check a journal's integrity (exit 0 if healthy, 1 if problems were found)"


def configure(parser) -> None:
    add_journal_args(parser)


def run(args) -> int:
    from tracker.services.integrity import check

    journal = open_journal(args)
    try:
        result = check(journal)
    finally:
        journal.close()
    if result.ok:
        print(f"ok: journal is healthy (schema {result.schema_revision})")
        return 0
    for problem in result.problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 1
