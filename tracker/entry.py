"""Process entry point: the GUI by default, the command line when a subcommand is given.

Kept tiny and import-light so the unlock window paints fast: Qt, SQLAlchemy and
matplotlib are only imported by the branch that needs them.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from tracker.cli.commands import is_subcommand

    if args and is_subcommand(args[0]):
        from tracker.cli.main import run_cli

        return run_cli(args)
    from tracker.ui.app import run_gui

    return run_gui(args)
