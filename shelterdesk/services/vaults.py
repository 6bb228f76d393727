"""Creating, unlocking and locking a vault; the shelter profile."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from ..domain import passphrase as strength
from ..domain.enums import Role
from ..domain.errors import (
    AuthenticationError,
    NotFound,
    ShelterDeskError,
    UnlockThrottled,
    ValidationError,
)
from ..domain.messages import msg
from ..domain.models import ShelterProfileData, StaffMember
from ..domain.serialize import from_plain, to_plain
from ..domain.validation import check_texts
from ..storage import lockout, scratch
from ..storage.keyslots import (
    MIN_KDF as MIN_KDF,  # re-exported: the Argon2 floor, for tests and the demo
)
from ..storage.keyslots import RECOVERY, KdfParams
from ..storage.repos import meta as meta_repo
from ..storage.repos import staff as staff_repo
from ..storage.secrets import to_buffer, wipe
from ..storage.vault import SLOTS_FILE, Throttle, Vault
from . import vault_health
from .agencies import seed_directory
from .clock import Clock, SystemClock
from .recovery_code import new_code, normalise
from .session import (
    ANCHOR_MISSING,
    ANCHORED,
    LETTER_ROLES,
    SCRATCH_PREFIX,
    Session,
    default_state_dir,
    scratch_dir,
)

WIPED = msg("Vault", "Every staff passphrase was wiped after too many wrong attempts, so no passphrase opens this "
            "vault now. An administrator can open it with the recovery code from the printed recovery kit "
            "(“Use the recovery code”) and then set new passphrases.")
USERNAME_HELP = msg("Vault", "A user name has 2 to 32 lower-case letters, digits, dots, dashes or underscores.")


class UnlockRefused(AuthenticationError):
    """A refusal whose message says what to do (an account disabled, every passphrase wiped, a recovery code
    used by someone who is not an administrator), unlike a wrong passphrase, which says nothing more."""


def vault_exists(directory: Path | str) -> bool:
    """Whether `directory` holds a vault (its key-slot file)."""
    return (Path(directory) / SLOTS_FILE).exists()


def unlock_wait_seconds(directory: Path | str, clock: Clock | None = None) -> float:
    """Seconds until the next unlock attempt is allowed (after repeated wrong passphrases)."""
    return Throttle(Path(directory), _epoch(clock or SystemClock())).wait_seconds()


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not (2 <= len(name) <= 32) or not all(c.isascii() and (c.isalnum() or c in "._-") for c in name):
        raise ValidationError({"username": USERNAME_HELP})
    return name


def create_vault(directory: Path | str, admin_username: str, passphrase: str, *, display_name: str = "",
                 shelter_name: str = "", clock: Clock | None = None, kdf: KdfParams | None = None,
                 state_dir: Path | None = None) -> tuple[Session, str]:
    """Create a vault with its first administrator. Returns the session and the recovery code to print."""
    clock = clock or SystemClock()
    username = check_username(admin_username)
    strength.check(passphrase, (username, display_name))
    vault = Vault.create(directory, username, passphrase, kdf)
    try:
        code = new_code()
        admin = StaffMember(username=username, display_name=display_name or username, role=Role.ADMINISTRATOR)
        session = Session(vault, admin, clock, Path(state_dir) if state_dir else default_state_dir())
        secret = to_buffer(normalise(code))
        try:
            with vault.write() as conn:
                vault.set_slot(conn, RECOVERY, "", secret)
                staff_repo.insert(conn, admin, clock.now())
                meta_repo.put(conn, "shelter_profile", json.dumps(to_plain(ShelterProfileData(name=shelter_name))))
                seed_directory(conn)
                session.log(conn, "vault.create", "vault", vault.vault_id)
                meta_repo.put(conn, ANCHORED, "1")
        finally:
            wipe(secret)
        session.save_anchor()
    except BaseException:
        vault.close()
        raise
    return session, code


def unlock(directory: Path | str, username: str, passphrase: str | bytearray, *, clock: Clock | None = None,
           state_dir: Path | None = None) -> Session:
    clock = clock or SystemClock()
    name = username.strip().lower()
    vault = _open(directory, name, passphrase, recovery=False, clock=clock)
    try:
        member = staff_repo.get(vault.connection(), name)
    except NotFound:
        vault.close()
        raise AuthenticationError(msg("Vault", "The user name or passphrase is not right.")) from None
    except BaseException:  # a damaged vault says so (VaultCorrupt), never "wrong passphrase"
        vault.close()
        raise
    if member.disabled:
        vault.close()
        raise UnlockRefused(msg("Vault", "This staff account is disabled. Ask an administrator."))
    session = Session(vault, member, clock, Path(state_dir) if state_dir else default_state_dir())
    _check_on_unlock(session)
    with vault.write() as conn:
        session.log(conn, "session.unlock", "staff", name, _unlock_detail(session))
        meta_repo.put(conn, ANCHORED, "1")
    session.save_anchor()  # now, not only at lock: a session that is killed still leaves its anchor
    return session


def _check_on_unlock(session: Session) -> None:
    scratch.clean_orphans(scratch_dir(), SCRATCH_PREFIX)  # left by a backup or check that was killed
    session.check_anchor()
    session.warnings = ([ANCHOR_MISSING] if session.anchor_missing else []) + vault_health.problems(session)


def _unlock_detail(session: Session) -> str:
    found = ["rollback suspected"] if session.rollback_suspected else []
    if session.anchor_missing:
        found.append("anchor missing")
    if len(session.warnings) > session.anchor_missing:
        found.append(f"{len(session.warnings) - session.anchor_missing} vault file finding(s)")
    return "; ".join(found)


def unlock_with_recovery(directory: Path | str, code: str, administrator: str, *, clock: Clock | None = None,
                         state_dir: Path | None = None) -> Session:
    """Open with the recovery code as `administrator`, who must then set a new passphrase."""
    clock = clock or SystemClock()
    vault = _open(directory, "", normalise(code), recovery=True, clock=clock)
    try:
        member = staff_repo.get(vault.connection(), administrator.strip().lower())
        if member.role != Role.ADMINISTRATOR:
            raise UnlockRefused(msg("Vault", "The recovery code can only be used by an administrator."))
    except Exception:
        vault.close()
        raise
    member.must_change_passphrase = True
    session = Session(vault, member, clock, Path(state_dir) if state_dir else default_state_dir())
    _check_on_unlock(session)
    with vault.write() as conn:
        staff_repo.update(conn, member)
        session.log(conn, "session.recovery_unlock", "staff", member.username, _unlock_detail(session))
        meta_repo.put(conn, ANCHORED, "1")
    session.save_anchor()
    return session


def _open(directory: Path | str, name: str, secret: str | bytearray, *, recovery: bool, clock: Clock) -> Vault:
    """Vault.open, plus the optional wipe of the staff slots after too many wrong attempts."""
    try:
        return Vault.open(directory, name, secret, recovery=recovery, clock=_epoch(clock))
    except UnlockThrottled:
        raise
    except AuthenticationError:
        folder = Path(directory)
        limit = lockout.wipe_after(folder)
        if limit is not None and Throttle(folder, _epoch(clock)).failures() >= limit:
            with contextlib.suppress(OSError, ShelterDeskError):  # the refusal stands either way
                lockout.wipe_staff_slots(folder)
        if not recovery and lockout.staff_slots_wiped(folder):
            raise UnlockRefused(WIPED) from None
        raise


def _epoch(clock: Clock):
    epoch = getattr(clock, "epoch", None)
    if epoch is not None:
        return epoch
    import time

    return time.time


def shelter_profile(session: Session) -> ShelterProfileData:
    raw = session.vault.meta("shelter_profile")
    return from_plain(ShelterProfileData, json.loads(raw)) if raw else ShelterProfileData()


def set_shelter_profile(session: Session, profile: ShelterProfileData) -> None:
    session.require(LETTER_ROLES)
    if not profile.name.strip():
        raise ValidationError({"name": msg("Vault", "Enter the shelter's name; it heads every letter.")})
    check_texts(profile)
    with session.vault.write() as conn:
        meta_repo.put(conn, "shelter_profile", json.dumps(to_plain(profile)))
        session.log(conn, "profile.update", "vault", session.vault.vault_id)
