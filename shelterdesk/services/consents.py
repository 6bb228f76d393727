"""Consent per recipient kind: given, expired, withdrawn."""

from __future__ import annotations

from datetime import date

from ..domain.enums import ConsentKind
from ..domain.errors import NotFound, ValidationError
from ..domain.messages import msg
from ..domain.models import Consent
from ..domain.validation import check_texts
from ..storage.repos import consents as repo
from ..storage.repos import survivors as survivors_repo
from .session import WRITE_ROLES, Session

# The kinds as a sentence names them ("no valid embassy consent").
_KIND_WORDS = {
    ConsentKind.EMBASSY: msg("Consents", "embassy"),
    ConsentKind.AGENCY: msg("Consents", "agency"),
    ConsentKind.POLICE: msg("Consents", "police"),
    ConsentKind.PROVIDER: msg("Consents", "provider"),
    ConsentKind.STATISTICS: msg("Consents", "statistics"),
    ConsentKind.TRANSFER: msg("Consents", "transfer"),
}


class ConsentService:
    def __init__(self, session: Session):
        self.s = session

    def record(self, survivor_id: int, kind: ConsentKind | str, *, given_on: date | None = None,
               interpreter: str = "", expires_on: date | None = None, notes: str = "") -> Consent:
        self.s.require(WRITE_ROLES)
        try:
            kind = ConsentKind(kind)
        except ValueError:
            raise ValidationError({"kind": msg("Consents", "Choose embassy, agency, police, provider or "
                                                           "statistics.")}) from None
        given_on = given_on or self.s.clock.today()
        if given_on > self.s.clock.today():
            raise ValidationError({"given_on": msg("Consents", "Consent cannot be dated in the future.")})
        if expires_on is not None and expires_on < given_on:
            raise ValidationError({"expires_on": msg("Consents", "The expiry is before the date consent was given.")})
        consent = Consent(survivor_id=survivor_id, kind=kind, given_on=given_on,
                          recorded_by=self.s.actor.username, interpreter=interpreter.strip(),
                          expires_on=expires_on, notes=notes)
        check_texts(consent)
        with self.s.vault.write() as conn:
            survivors_repo.get(conn, survivor_id)
            repo.insert(conn, consent)
            self.s.log(conn, "consent.give", "survivor", survivor_id, f"consent {consent.id} {kind.value}")
        return consent

    def withdraw(self, survivor_id: int, kind: ConsentKind | str) -> list[Consent]:
        """Withdraw every valid consent of this kind, as of today."""
        self.s.require(WRITE_ROLES)
        kind = ConsentKind(kind)
        today = self.s.clock.today()
        with self.s.vault.write() as conn:
            valid = [c for c in repo.for_survivor(conn, survivor_id) if c.kind == kind and c.is_valid(today)]
            if not valid:
                raise NotFound(msg("Consents", "There is no valid {kind} consent to withdraw.",
                                   kind=_KIND_WORDS[kind]))
            for c in valid:
                assert c.id is not None  # read back from the vault
                repo.set_withdrawn(conn, c.id, today)
                c.withdrawn_on = today
                self.s.log(conn, "consent.withdraw", "survivor", survivor_id, f"consent {c.id} {kind.value}")
        return valid

    def for_survivor(self, survivor_id: int) -> list[Consent]:
        return repo.for_survivor(self.s.conn, survivor_id)

    def valid(self, survivor_id: int, kind: ConsentKind, on: date | None = None) -> Consent | None:
        on = on or self.s.clock.today()
        found = [c for c in repo.for_survivor(self.s.conn, survivor_id) if c.kind == kind and c.is_valid(on)]
        return found[-1] if found else None
