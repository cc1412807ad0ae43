"""tracker sync: bring a shared journal up to date with its shared folder, or show its status
(for people who do not use the window, and for tests). Sharing and joining are done in the app."""

from __future__ import annotations

import argparse
import sys

from tracker.cli.common import add_journal_args, open_journal, printable

HELP = "sync a shared journal with its shared folder now, or show its sharing status"


def configure(parser: argparse.ArgumentParser) -> None:
    add_journal_args(parser)
    parser.add_argument("action", nargs="?", choices=("now", "status"), default="now",
                        help="now (default): write this computer's changes and apply the others'; "
                             "status: show the folder, computers and people")


def run(args: argparse.Namespace) -> int:
    from tracker.domain.clock import SystemClock
    from tracker.services import sync

    journal = open_journal(args)
    try:
        clock = SystemClock()
        if args.action == "status":
            status = sync.sync_status(journal, clock)
            if not status.shared:
                print("not shared")
                return 0
            print(f"folder\t{status.folder}\t{'ok' if status.folder_ok else 'missing or unreadable'}")
            print(f"last sync\t{status.last_sync.isoformat() if status.last_sync else 'never'}")
            for c in status.computers:
                when = c.last_received.isoformat() if c.last_received else "never"
                me = " (this computer)" if c.is_this_computer else ""
                print(f"computer\t{c.computer_id}\t{printable(c.label)}{me}\tnumber {c.last_seq}\t{when}"
                      f"\twaiting {c.waiting}")
            for p in status.people:
                print(f"person\t{p.member_id}\t{printable(p.name)}{' (me)' if p.is_me else ''}")
            problems = status.problems
        else:
            report = sync.sync_now(journal, clock)
            print(f"written {report.written}\tapplied {report.applied}\twaiting {report.waiting}")
            problems = report.problems
    finally:
        journal.close()
    for problem in problems:
        print(f"tracker: {problem.message}", file=sys.stderr)
    return problems[0].exit_code if problems else 0
