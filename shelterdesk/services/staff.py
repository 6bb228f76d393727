"""Staff accounts and their passphrases (key slots)."""

from __future__ import annotations

import builtins

from ..domain import passphrase as strength
from ..domain.enums import Role
from ..domain.errors import AuthenticationError, ShelterDeskError, ValidationError
from ..domain.messages import msg
from ..domain.models import StaffMember
from ..domain.validation import check_texts
from ..storage.keyslots import STAFF
from ..storage.repos import staff as repo
from ..storage.secrets import to_buffer, wipe
from . import vault_health
from .session import ADMIN_ROLES, Session
from .vaults import check_username


def rekey_detail(reason: str, dropped: list[tuple[str, str]]) -> str:
    """The audit detail of a re-key: why, and which slots unknown to the vault lost access."""
    if not dropped:
        return reason
    names = ", ".join(name or kind for kind, name in dropped)
    return f"{reason}; slots not recorded in the vault left out: {names}"


class StaffService:
    def __init__(self, session: Session):
        self.s = session

    def list(self) -> list[StaffMember]:
        return repo.list_all(self.s.conn)

    def slot_status(self) -> dict[str, str]:
        """username -> UNKNOWN / ALTERED / MISSING (storage.slot_binding) for each key slot that is not right."""
        return vault_health.staff_slot_status(self.s)

    def get(self, username: str) -> StaffMember:
        return repo.get(self.s.conn, username)

    def add(self, username: str, role: Role | str, initial_passphrase: str, *, display_name: str = "",
            phone: str = "", email: str = "", title: str = "") -> StaffMember:
        """Add a member with a one-time passphrase they must change at first unlock."""
        self.s.require(ADMIN_ROLES)
        name = check_username(username)
        try:
            role = Role(role)
        except ValueError:
            raise ValidationError({"role": msg("Staff", "Choose administrator, coordinator, caseworker or readonly.")}) \
                from None
        if self.s.vault.slots.find(STAFF, name) is not None:
            raise ValidationError({"username": msg("Staff", "There is already a staff member called “{name}”.",
                                                   name=name)})
        check_texts(display_name=display_name, phone=phone, email=email, title=title)
        strength.check(initial_passphrase, (name, display_name))
        member = StaffMember(username=name, display_name=display_name.strip() or name, role=role,
                             must_change_passphrase=True, phone=phone, email=email, title=title)
        with self.s.vault.write() as conn:
            repo.insert(conn, member, self.s.clock.now())
            self._set_slot(conn, name, initial_passphrase)
            self.s.log(conn, "staff.add", "staff", name, f"role {role.value}")
        return member

    def _set_slot(self, conn, username: str, passphrase: str) -> None:
        secret = to_buffer(passphrase)
        try:
            self.s.vault.set_slot(conn, STAFF, username, secret)
        finally:
            wipe(secret)

    def _active_admins(self, conn) -> builtins.list[str]:  # `list` here is the method above
        return [m.username for m in repo.list_all(conn) if m.role == Role.ADMINISTRATOR and not m.disabled]

    def set_role(self, username: str, role: Role | str) -> StaffMember:
        self.s.require(ADMIN_ROLES)
        role = Role(role)
        with self.s.vault.write() as conn:
            member = repo.get(conn, username)
            if member.role == Role.ADMINISTRATOR and role != Role.ADMINISTRATOR and \
                    self._active_admins(conn) == [member.username]:
                raise ShelterDeskError(msg("Staff", "This is the last administrator; make someone else "
                                           "administrator first."))
            old, member.role = member.role, role
            repo.update(conn, member)
            self.s.log(conn, "staff.role", "staff", username, f"{old.value}->{role.value}")
        return member

    def update_profile(self, member: StaffMember) -> StaffMember:
        """Display name and contact details (shown in letters). Members may edit their own."""
        if member.username != self.s.actor.username:
            self.s.require(ADMIN_ROLES)
        check_texts(member)
        with self.s.vault.write() as conn:
            stored = repo.get(conn, member.username)
            stored.display_name = member.display_name.strip() or stored.display_name
            stored.phone, stored.email, stored.title = member.phone, member.email, member.title
            repo.update(conn, stored)
            self.s.log(conn, "staff.profile", "staff", member.username)
        return stored

    def set_disabled(self, username: str, disabled: bool) -> StaffMember:
        self.s.require(ADMIN_ROLES)
        with self.s.vault.write() as conn:
            member = repo.get(conn, username)
            if disabled and member.username == self.s.actor.username:
                raise ShelterDeskError(msg("Staff", "You cannot disable your own account."))
            if disabled and member.role == Role.ADMINISTRATOR and self._active_admins(conn) == [username]:
                raise ShelterDeskError(msg("Staff", "This is the last administrator; it cannot be disabled."))
            member.disabled = disabled
            repo.update(conn, member)
            self.s.log(conn, "staff.disable" if disabled else "staff.enable", "staff", username)
        return member

    def remove(self, username: str) -> None:
        """Delete the member's key slot and re-key the vault, so their old passphrase opens nothing."""
        self.s.require(ADMIN_ROLES)
        conn = self.s.conn
        member = repo.get(conn, username)
        if member.username == self.s.actor.username:
            raise ShelterDeskError(msg("Staff", "You cannot remove your own account."))
        if member.role == Role.ADMINISTRATOR and self._active_admins(conn) == [username]:
            raise ShelterDeskError(msg("Staff", "This is the last administrator; it cannot be removed."))
        # Re-key first: if it fails (disk full) nothing changed and the removal can simply be retried.
        dropped = self.s.vault.rekey(lambda slots: slots.remove_slot(STAFF, username))
        with self.s.vault.write() as conn:
            repo.delete(conn, username)
            self.s.log(conn, "staff.remove", "staff", username)
            self.s.log(conn, "vault.rekey", "vault", self.s.vault.vault_id,
                       rekey_detail(f"after removing {username}", dropped))

    def change_passphrase(self, current: str, new: str) -> None:
        """Change your own passphrase (the current one is checked against your slot)."""
        me = self.s.actor.username
        if new == current:
            raise ValidationError({"passphrase": msg("Staff", "Choose a passphrase different from the current one.")})
        strength.check(new, (me, self.s.actor.display_name))
        secret = to_buffer(current)
        try:
            wipe(self.s.vault.slots.unwrap(STAFF, me, secret))
        except AuthenticationError:
            raise AuthenticationError(msg("Staff", "The current passphrase is not right.")) from None
        finally:
            wipe(secret)
        self._set_new_passphrase(new)

    def _set_new_passphrase(self, new: str) -> None:
        me = self.s.actor.username
        with self.s.vault.write() as conn:
            self._set_slot(conn, me, new)
            member = repo.get(conn, me)
            member.must_change_passphrase = False
            repo.update(conn, member)
            self.s.log(conn, "staff.passphrase", "staff", me)
        self.s.actor.must_change_passphrase = False

    def set_first_passphrase(self, new: str) -> None:
        """After an initial passphrase or a recovery unlock: set your own without the old one."""
        if not self.s.actor.must_change_passphrase:
            raise ShelterDeskError(msg("Staff", "Use “change passphrase”, which asks for the current one."))
        strength.check(new, (self.s.actor.username, self.s.actor.display_name))
        self._set_new_passphrase(new)
