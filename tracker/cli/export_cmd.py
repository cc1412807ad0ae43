"""tracker export: write the journal out in an open format (not encrypted: a warning is printed)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from tracker.cli.common import UsageError, add_journal_args, open_journal

HELP = "export the journal as pdf, csv (folder or .zip), json (complete, re-importable), ics or fhir"
FORMATS = ("pdf", "csv", "json", "ics", "fhir")
LANGS = ("en", "es", "fa")
#: Formats with words in a language (the others are data for programs).
WORDED = ("pdf", "csv")


def configure(parser: argparse.ArgumentParser) -> None:
    add_journal_args(parser)
    parser.add_argument("--format", required=True, choices=FORMATS, help="what kind of file to write")
    parser.add_argument("--out", required=True, help="file to write (for csv: a folder, or a name ending in .zip)")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first day to include (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last day to include (YYYY-MM-DD)")
    parser.add_argument("--lang", choices=LANGS,
                        help="language of the PDF and of the CSV headers (default: the app's language setting)")
    parser.add_argument("--machine-headers", action="store_true",
                        help="csv: write stable machine-readable column keys as the header row (the same in every language)")


def _day(text: str | None, flag: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"{flag} needs a date written as YYYY-MM-DD, for example 2026-03-10.") from exc


def run(args: argparse.Namespace) -> int:
    from tracker.services.exports import NOT_ENCRYPTED_WARNING

    date_from = _day(args.date_from, "--from")
    date_to = _day(args.date_to, "--to")
    if date_from and date_to and date_from > date_to:
        raise UsageError("--from must be on or before --to.")
    if args.format == "json" and (date_from or date_to):
        raise UsageError("A JSON export is always complete, so it can be imported again; leave out --from and --to.")
    if args.format == "ics" and (date_from or date_to):
        raise UsageError("A calendar export always holds the planned doses and appointments from today for a year; "
                         "leave out --from and --to.")
    if args.lang and args.format not in WORDED:
        raise UsageError("--lang applies to the pdf and csv formats only.")
    if args.machine_headers and args.format != "csv":
        raise UsageError("--machine-headers applies to the csv format only.")
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    if args.format in WORDED:
        _install_language(args)
    journal = open_journal(args)
    try:
        written = _export(args.format, journal, out, date_from, date_to, machine_headers=args.machine_headers)
    finally:
        journal.close()
    print(f"tracker: warning: {NOT_ENCRYPTED_WARNING}", file=sys.stderr)
    print(written)
    return 0


def _install_language(args: argparse.Namespace) -> None:
    """Install the Qt translators for --lang (else the app's saved language, else the
    system's) before anything is rendered: the PDF and CSV words are looked up as they are
    made, and a right-to-left locale without its translation would lay English out mirrored."""
    from tracker.cli.common import data_dir
    from tracker.render.export_pdf import ensure_gui_application
    from tracker.render.i18n import install_translators, preferred_language

    app = ensure_gui_application()
    install_translators(app, preferred_language(data_dir(args), args.lang))


def _export(fmt: str, journal, out: Path, date_from: date | None, date_to: date | None, *,
            machine_headers: bool = False) -> Path:
    from tracker.services.local_zone import system_clock

    clock = system_clock()
    if fmt == "json":
        from tracker.services.exports.json_export import export_json

        return export_json(journal, out, clock=clock)
    if fmt == "csv":
        from tracker.render.csv_words import csv_words
        from tracker.services.exports.csv_export import export_csv

        return export_csv(journal, out, date_from=date_from, date_to=date_to, words=csv_words(),
                          machine_headers=machine_headers)
    if fmt == "fhir":
        from tracker.services.exports.fhir_export import export_fhir

        return export_fhir(journal, out, clock=clock, date_from=date_from, date_to=date_to)
    if fmt == "ics":
        from tracker.services.calendar_ics import build_ics
        from tracker.storage.atomic import atomic_write_bytes

        atomic_write_bytes(out, build_ics(journal, clock, days_ahead=365))
        return out
    from tracker.render.export_pdf import export_pdf

    return Path(export_pdf(journal, clock, out, date_from=date_from, date_to=date_to))
