"""tracker triage-check FILE.json: run clinical vignettes through the app's alert rules, no journal needed.

Prints one JSON object per line: {"id": ..., "level": "emergency|call_now|contact_today|mention|none",
"rules": [...]}. Bad input exits 2 naming the vignette and the field. See services/alert_vignettes.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from tracker.cli.common import UsageError

HELP = "check clinical vignettes (JSON) against the alert rules; prints one JSON line per vignette"


def configure(parser) -> None:
    parser.add_argument("file", help="a JSON list of vignettes")


def run(args) -> int:
    from tracker.services.alert_vignettes import run_all

    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"Cannot read {args.file}: {exc.strerror}.") from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise UsageError(f"{args.file} is not valid JSON: {exc}.") from exc
    for outcome in run_all(data):
        print(json.dumps(outcome.as_json(), ensure_ascii=False))
    return 0
