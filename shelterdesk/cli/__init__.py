"""shelterdesk-cli: the command-line front end over the services.

Exit codes (a contract other tools script against):
    0 done; 1 refused or failed; 2 usage; 3 wrong user or passphrase;
    4 vault missing, corrupt, tampered, in use or of a newer version.
An expected error prints its message, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..domain.errors import ShelterDeskError
from ..hardening import disable_core_dumps
from . import (
    commands_attachments,
    commands_backup,
    commands_cases,
    commands_letters,
    commands_retention,
    commands_transfer,
    commands_vault,
)
from .context import CliContext, CliUsageError

# Each module adds its sub-commands with register(subparsers).
COMMAND_MODULES = (commands_vault, commands_cases, commands_letters, commands_attachments, commands_retention,
                   commands_transfer, commands_backup)


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
    try:
        return int(args.func(args, ctx) or 0)
    except CliUsageError as e:
        print(f"shelterdesk-cli: {e}", file=sys.stderr)
        return 2
    except ShelterDeskError as e:
        print(f"shelterdesk-cli: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("shelterdesk-cli: interrupted; nothing half-saved (each change is one transaction).", file=sys.stderr)
        return 1
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
