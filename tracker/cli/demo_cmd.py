"""tracker demo: create a journal filled with a made-up two-year history, for trying the app.

    TRACKER_PASSPHRASE='a long demo passphrase' tracker demo [--years 2] [--name "Demo"] [--seed 1]

Everything in it is invented (lines of treatment, doses, symptoms, results, a radiotherapy
course with a steroid course that steps down, a pleural drain); it ends
yesterday, so today's doses are still open to tick. Prints the journal id and its
recovery key. The passphrase comes from $TRACKER_PASSPHRASE or --passphrase-file.
"""

from __future__ import annotations

import shutil
import sys
from datetime import date, timedelta

from tracker.cli.common import UsageError, data_dir, printable, read_passphrase

HELP = "create a journal filled with a made-up history, for trying the app out"
MAX_YEARS = 20


def configure(parser) -> None:
    parser.add_argument("--years", type=float, default=2.0, help="how many years of history (default 2, at most 20)")
    parser.add_argument("--name", default="Demo", help='the journal\'s name (default "Demo")')
    parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same history (default 1)")
    parser.add_argument("--passphrase-file", help="read the passphrase from this file (else from $TRACKER_PASSPHRASE)")


def _progress(done: int, total: int, label: str) -> None:
    if sys.stderr.isatty():
        print(f"\r  {100 * done // max(total, 1):3d} %", end="", file=sys.stderr, flush=True)


def run(args) -> int:
    from tracker.services.journals import create_journal
    from tracker.services.synthetic import generate

    if not 0 < args.years <= MAX_YEARS:
        raise UsageError(f"--years must be more than 0 and at most {MAX_YEARS}.")
    passphrase = read_passphrase(args)
    folder = data_dir(args)
    created = create_journal(folder, args.name, passphrase)
    journal = created.journal
    print(f"Filling \"{printable(journal.display_name)}\" with {args.years:g} years of made-up history...", file=sys.stderr)
    try:
        summary = generate(journal, years=args.years, seed=args.seed, end=date.today() - timedelta(days=1),
                           progress=_progress)
    except BaseException:
        # A half-filled demo is no use to anyone: remove it, then report the error.
        journal.close()
        shutil.rmtree(journal.paths.folder, ignore_errors=True)
        raise
    journal.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"journal id: {journal.journal_id}")
    print(f"recovery key: {created.recovery_key}")
    print(
        f"made up: {summary.lines} lines of treatment, {summary.dose_events} doses, {summary.logs} diary logs "
        f"({summary.symptom_entries} symptoms rated), {summary.lab_results} blood results, "
        f"{summary.appointments} appointments, {summary.local_treatments} radiotherapy courses or procedures",
        file=sys.stderr,
    )
    print("Keep the recovery key if you want to try 'unlock with recovery key'. This journal holds no real data.",
          file=sys.stderr)
    return 0
