"""What every CLI command needs: where the vault is, who is working, a session."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from .. import paths
from ..domain.errors import ShelterDeskError
from ..services.registry import Services
from ..services.session import ROLLBACK_WARNING
from ..services.vaults import unlock


class CliUsageError(ShelterDeskError):
    exit_code = 2


class CliContext:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        self._services: Services | None = None

    @property
    def vault_dir(self) -> Path:
        return Path(self.args.vault).expanduser() if self.args.vault else paths.default_vault_dir()

    def username(self) -> str:
        user = self.args.user or _utf8_env("SHELTERDESK_USER") or ""
        if not user:
            raise CliUsageError("Give the staff user name with --user or SHELTERDESK_USER.")
        return user

    def services(self) -> Services:
        """Unlock the vault (once per command)."""
        if self._services is None:
            user = self.username()
            session = unlock(self.vault_dir, user, passphrase_from_env_or_prompt(f"Passphrase for {user}: "))
            if session.rollback_suspected:
                print(f"shelterdesk-cli: warning: {ROLLBACK_WARNING}", file=sys.stderr)
            for warning in session.warnings:
                print(f"shelterdesk-cli: warning: {warning}", file=sys.stderr)
            self._services = Services.for_session(session)
        return self._services

    def adopt(self, services: Services) -> Services:
        """Use a session opened another way (e.g. a vault just created) and lock it at the end."""
        self.close()
        self._services = services
        return services

    def abandon(self) -> None:
        """Lock without recording the audit head as the last known state (after a failed verify)."""
        if self._services is not None:
            self._services.session.vault.close()
            self._services = None

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None


def _utf8_env(name: str) -> str | None:
    """An environment variable's value, refused with a message when it is not valid UTF-8."""
    value = os.environ.get(name)
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise CliUsageError(f"{name} is not valid UTF-8 text; set it again from a UTF-8 terminal.") from None
    return value


def passphrase_from_env_or_prompt(prompt: str, env: str = "SHELTERDESK_PASSPHRASE") -> str:
    value = _utf8_env(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliUsageError(f"No passphrase: set {env} or run in a terminal to be asked.")
    return getpass.getpass(prompt)


def new_passphrase(env: str = "SHELTERDESK_NEW_PASSPHRASE", who: str = "the new member") -> str:
    """A new passphrase from the environment, else asked twice without echo."""
    value = _utf8_env(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliUsageError(f"No passphrase: set {env} or run in a terminal to be asked.")
    first = getpass.getpass(f"New passphrase for {who}: ")
    if getpass.getpass("Type it again: ") != first:
        raise CliUsageError("The two passphrases differ; nothing was changed.")
    return first


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))
