"""tracker check: open a journal and verify it.

Exit 0 healthy; 3 wrong passphrase; 4 damaged (a page that does not authenticate, a broken
structure or link: restore the newest backup); 5 the journal is open in Treatment Journey.
"""

from __future__ import annotations

import sys

from tracker.cli.common import add_journal_args, open_journal
from tracker.domain.errors import JournalDamaged

HELP = "check a journal's integrity (exit 0 if healthy, 4 if it is damaged)"


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
    print(f"tracker: {JournalDamaged.message}", file=sys.stderr)
    return JournalDamaged.exit_code
