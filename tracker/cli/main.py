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
        module = importlib.import_module(module_name)
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
    except Exception as exc:  # noqa: BLE001 - a bug: report it without any diary content
        print(bug_report_text(exc), file=sys.stderr)
        return 1


def bug_report_text(exc: BaseException) -> str:
    """Exception types and file:line:function frames only.

    Exception messages are left out on purpose: database errors quote values, and values
    are diary content.
    """
    import platform
    import traceback

    lines = [
        "tracker: an unexpected problem happened. This is a bug, not something you did;",
        "nothing already saved was lost. Please report it with the lines below.",
        f"Treatment Journey {__version__}, Python {platform.python_version()}, {platform.system()}",
    ]
    seen = exc
    while seen is not None:
        lines.append(f"{type(seen).__module__}.{type(seen).__qualname__}")
        for frame in traceback.extract_tb(seen.__traceback__):
            lines.append(f"  {frame.filename.rsplit('site-packages/', 1)[-1]}:{frame.lineno} in {frame.name}")
        seen = seen.__cause__ or seen.__context__
        if seen is not None:
            lines.append("caused by:")
    return "\n".join(lines)
