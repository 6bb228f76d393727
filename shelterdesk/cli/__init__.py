"""shelterdesk-cli: the command-line front end over the services.

Exit codes (a contract other tools script against):
    0 done; 1 refused or failed; 2 usage; 3 wrong user or passphrase;
    4 vault missing, corrupt, tampered, in use or of a newer version.
An expected error prints its message, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence

from .. import paths
from ..domain.errors import ShelterDeskError
from ..hardening import disable_core_dumps
from . import (
    arguments,
    commands_attachments,
    commands_backup,
    commands_cases,
    commands_exports,
    commands_import,
    commands_letters,
    commands_profile,
    commands_retention,
    commands_transfer,
    commands_vault,
)
from .context import CliContext, CliUsageError

# Each module adds its sub-commands with register(subparsers).
COMMAND_MODULES = (commands_vault, commands_cases, commands_letters, commands_attachments, commands_retention,
                   commands_transfer, commands_backup, commands_profile, commands_exports, commands_import)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shelterdesk-cli",
        description="ShelterDesk: encrypted case register and referral letters (command line).",
    )
    parser.add_argument("--vault", metavar="DIR", help="vault folder (default: the platform data folder, "
                        "or $SHELTERDESK_HOME/vault)")
    parser.add_argument("--user", help="staff user name (default: $SHELTERDESK_USER)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse: 0 for --help, 2 for usage errors
        return int(e.code or 0)
    ctx = CliContext(args)
    umask = os.umask(0o077)  # every file and folder the CLI creates is its owner's only (no effect on Windows)
    # SIGTERM (logout, shutdown, kill) ends the command like Ctrl+C: the transaction rolls back and the
    # vault is locked below, instead of the process vanishing mid-command.
    previous_term = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        arguments.check_text_arguments(args)
        paths.ensure_private_dir(paths.home())  # also repairs a home left open by an older version
        return int(args.func(args, ctx) or 0)
    except CliUsageError as e:
        print(f"shelterdesk-cli: {e}", file=sys.stderr)
        return 2
    except ShelterDeskError as e:
        print(f"shelterdesk-cli: {e}", file=sys.stderr)
        return e.exit_code
    except OSError as e:  # a file or folder the system refused; the message names it, without a traceback
        where = f" ({e.filename})" if e.filename else ""
        print(f"shelterdesk-cli: {e.strerror or e}{where}. Nothing more was done.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("shelterdesk-cli: interrupted; nothing half-saved (each change is one transaction).", file=sys.stderr)
        return 1
    finally:
        ctx.close()
        os.umask(umask)
        signal.signal(signal.SIGTERM, previous_term)


if __name__ == "__main__":
    sys.exit(main())
