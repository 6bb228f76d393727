"""Errors that carry a message a person can act on.

Services raise these; the CLI maps them to exit codes and the UI shows them as
messages. Messages never contain survivor data.
"""

from __future__ import annotations

from collections.abc import Mapping


class ShelterDeskError(Exception):
    """Base of every expected error. `str(error)` is the message for a person."""

    exit_code = 1


class ValidationError(ShelterDeskError):
    """One or more fields are not acceptable. `errors` maps field name to message."""

    def __init__(self, errors: Mapping[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class NotFound(ShelterDeskError):
    pass


class PermissionDenied(ShelterDeskError):
    pass


class PassphraseChangeRequired(PermissionDenied):
    """The member still has the one-time passphrase an administrator set; nothing else is allowed yet."""


class IllegalTransition(ShelterDeskError):
    pass


class ConsentRequired(ShelterDeskError):
    pass


class DuplicateSuspected(ShelterDeskError):
    """Raised when intake finds possible duplicates and the caller did not confirm."""

    def __init__(self, message: str, candidates: list):
        self.candidates = candidates
        super().__init__(message)


class ConflictError(ShelterDeskError):
    """The record changed since it was loaded (someone else saved first)."""


class AuthenticationError(ShelterDeskError):
    """Wrong user name or passphrase (deliberately does not say which)."""

    exit_code = 3


class UnlockThrottled(AuthenticationError):
    def __init__(self, message: str, wait_seconds: float):
        self.wait_seconds = wait_seconds
        super().__init__(message)


class VaultError(ShelterDeskError):
    """The vault cannot be used: missing, damaged, tampered, in use, newer version."""

    exit_code = 4


class VaultMissing(VaultError):
    pass


class VaultExists(ShelterDeskError):
    pass


class VaultCorrupt(VaultError):
    pass


class VaultTampered(VaultCorrupt):
    pass


class VaultInUse(VaultError):
    pass


class VaultNewerVersion(VaultError):
    pass


class NotAVault(VaultCorrupt):
    """A plaintext SQLite file or some other file that is not a ShelterDesk vault."""


class StorageFull(ShelterDeskError):
    """The disk is full; nothing was changed."""
