"""Argument parsing and the exit-code contract: 0 done, 2 usage, 3 wrong passphrase, 4 damaged."""

from __future__ import annotations

import argparse
import importlib
import sys

from tracker import __version__
from tracker.cli.commands import COMMANDS
from tracker.domain.errors import KnownError

EXIT_OK, EXIT_USAGE, EXIT_WRONG_PASSPHRASE, EXIT_DAMAGED = 0, 2, 3, 4


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tracker",
        description="Treatment Journey command line. Without a command, the app window opens.",
    )
    parser.add_argument("--version", action="version", version=f"Treatment Journey {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # command not built yet
            raise
        sub = subparsers.add_parser(name, help=module.HELP, description=module.HELP)
        sub.add_argument("--data-dir", help="folder holding the journals (default: the app's data folder)")
        module.configure(sub)
        sub.set_defaults(_run=module.run)
    return parser


def run_cli(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args._run(args) or 0)
    except KnownError as exc:
        print(f"tracker: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("tracker: interrupted", file=sys.stderr)
        return 130
