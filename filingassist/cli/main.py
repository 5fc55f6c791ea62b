"""Entry point of the ``filingassist`` command.

Each command family lives in its own module with a ``register(subparsers)`` function
that adds its sub-commands; every sub-command sets ``func(args, ctx) -> int``.

Exit codes are the same everywhere: 0 ok, 1 the application or package has errors,
2 usage or unreadable input.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sqlite3
import sys
from collections.abc import Sequence

from filingassist import __version__
from filingassist.cli.context import CliContext
from filingassist.errors import FilingError, InputError, UsageError, ValidationFailed

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

#: Modules that contribute sub-commands, in help order.
COMMAND_MODULES = (
    "filingassist.cli.drafts",
    "filingassist.cli.bulk",
    "filingassist.cli.counter",
    "filingassist.cli.demo",
    "filingassist.cli.packages",
    "filingassist.cli.pack",
    "filingassist.cli.refdata",
    "filingassist.cli.respond",
    "filingassist.cli.rules",
    "filingassist.cli.sync",
    "filingassist.cli.tabular",
    "filingassist.cli.update",
    "filingassist.cli.upgrade",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="filingassist",
        description="Offline filing assistant for patent, trademark and Madrid applications.",
    )
    parser.add_argument("--version", action="version", version=f"filingassist {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation headless; exit 0 if sound"
    )
    parser.add_argument(
        "--counter",
        action="store_true",
        help="open the desktop app in office counter mode (guided filing for walk-in filers)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return _open_desktop()
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    if args.self_test:
        return _self_test()
    if args.counter and not getattr(args, "func", None):
        return _open_desktop(counter=True)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    ctx = CliContext(json_output=bool(getattr(args, "json", False)))
    try:
        return int(args.func(args, ctx))
    except ValidationFailed as exc:
        ctx.error(str(exc))
        return EXIT_FINDINGS
    except (InputError, UsageError) as exc:
        ctx.error(str(exc))
        return EXIT_USAGE
    except FilingError as exc:
        ctx.error(str(exc))
        return EXIT_FINDINGS
    except (sqlite3.Error, OSError) as exc:  # full disk, unwritable folder: no traceback
        from filingassist.cli import failures

        ctx.error(failures.describe(exc))
        return EXIT_USAGE
    finally:
        ctx.close()


def _open_desktop(counter: bool = False) -> int:
    """No arguments (or ``--counter``): open the desktop app (the only place the CLI
    touches ``ui``); an administrator's counter configuration can impose counter mode."""
    try:
        gui = importlib.import_module("ui.app")
    except ImportError as exc:
        print(f"filingassist: the desktop app is not available ({exc})", file=sys.stderr)
        return EXIT_USAGE
    return int(gui.run(counter=counter))


def _self_test() -> int:
    """``--self-test``: the core steps, plus the desktop ones when Qt loads."""
    from filingassist import selftest

    try:
        gui = importlib.import_module("ui.selftest")
    except ImportError as exc:
        return selftest.run([("desktop (Qt)", selftest.unavailable(f"Qt does not load ({exc})"))])
    return int(gui.main())
