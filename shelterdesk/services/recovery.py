"""The recovery kit, recovery-code unlocks, and the optional wipe after wrong passphrases."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..storage import lockout
from ..storage.atomic import write_private
from ..storage.keyslots import RECOVERY, KeySlotFile
from ..storage.secrets import to_buffer, wipe
from .clock import Clock
from .recovery_code import new_code, normalise
from .session import ADMIN_ROLES, Session
from .staff import StaffService, rekey_detail
from .vaults import shelter_profile, unlock_with_recovery


def replace_recovery_code(session: Session, code: str | None = None) -> str:
    """A new recovery code (`code`, or a fresh one). The vault is re-keyed: the old code, even with an
    old copy of the key-slot file, opens only the old database file, which the re-key deletes."""
    session.require(ADMIN_ROLES)
    vault = session.vault
    code = code or new_code()
    secret = to_buffer(normalise(code))

    def new_recovery_slot(slots: KeySlotFile) -> None:
        slots.add_slot(RECOVERY, "", secret, vault.data_key(), vault.slot_kdf())

    try:
        dropped = vault.rekey(new_recovery_slot)
    finally:
        wipe(secret)
    with vault.write() as conn:
        session.log(conn, "recovery.new_code", "vault", vault.vault_id)
        session.log(conn, "vault.rekey", "vault", vault.vault_id, rekey_detail("new recovery code", dropped))
    return code


def kit_pdf(session: Session, code: str) -> bytes:
    """The one-page recovery kit for `code` (print it; a saved PDF is readable by anyone)."""
    session.require(ADMIN_ROLES)
    # reportlab loads on demand, not at start-up.
    from ..letters.recovery_kit import render_recovery_kit

    return render_recovery_kit(code, shelter_name=shelter_profile(session).name, vault_id=session.vault.vault_id,
                               made_on=session.clock.today(), made_by=session.actor.display_name)


def new_recovery_kit(session: Session, out: Path | str) -> Path:
    """Replace the recovery code and write its kit to `out` (mode 0600). Returns the path."""
    out = Path(out).expanduser()
    if out.is_dir() or not out.parent.is_dir():
        raise ValidationError({"file": msg("Recovery", "Choose a file name in an existing folder for the recovery "
                                                       "kit.")})
    # The kit is on disk before the code takes effect: a failed write must not leave a code nobody saw.
    code = new_code()
    write_private(out, kit_pdf(session, code))
    try:
        replace_recovery_code(session, code)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return out


def recover(directory: Path | str, code: str, administrator: str, new_passphrase: str, *,
            clock: Clock | None = None, state_dir: Path | None = None) -> Session:
    """Unlock with the recovery code and set the administrator's new passphrase in one go.

    The code has now been seen, so the caller should offer a new recovery kit.
    """
    session = unlock_with_recovery(directory, code, administrator, clock=clock, state_dir=state_dir)
    try:
        StaffService(session).set_first_passphrase(new_passphrase)
    except BaseException:
        session.close()
        raise
    return session


def wipe_after(session: Session) -> int | None:
    return lockout.wipe_after(session.vault.directory)


def set_wipe_after(session: Session, failures: int | None) -> None:
    """Wipe every staff key slot after `failures` wrong attempts in a row (None: off, the default).

    After a wipe only the recovery kit (or a backup) opens the vault.
    """
    session.require(ADMIN_ROLES)
    if failures is not None and not 3 <= int(failures) <= 100:
        raise ValidationError({"failures": msg("Recovery", "Choose between 3 and 100 wrong attempts, or turn the "
                                                           "setting off.")})
    lockout.set_wipe_after(session.vault.directory, None if failures is None else int(failures))
    with session.vault.write() as conn:
        session.log(conn, "settings.wipe_after", "vault", session.vault.vault_id,
                    "off" if failures is None else f"{int(failures)} failures")
