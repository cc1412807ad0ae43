"""Subcommand registry: name -> module with `configure(parser)` and `run(args) -> int`."""

from __future__ import annotations

COMMANDS: dict[str, str] = {
    "demo": "tracker.cli.demo_cmd",
    "check": "tracker.cli.check_cmd",
    "list": "tracker.cli.list_cmd",
    "export": "tracker.cli.export_cmd",
    "import": "tracker.cli.import_cmd",
    "backup": "tracker.cli.backup_cmd",
    "restore": "tracker.cli.restore_cmd",
    "triage-check": "tracker.cli.triage_cmd",
    "sync": "tracker.cli.sync_cmd",
}

HELP_FLAGS = {"-h", "--help", "--version"}


def is_subcommand(word: str) -> bool:
    return word in COMMANDS or word in HELP_FLAGS
