"""The agency directory: embassies, anti-trafficking agencies, police and service providers."""

from __future__ import annotations

import builtins
import json

from .. import paths
from ..domain.enums import AgencyKind, ConsentKind
from ..domain.errors import ShelterDeskError, ValidationError
from ..domain.messages import carried, msg
from ..domain.models import Agency
from ..domain.serialize import from_plain
from ..domain.validation import country_code, language_code, text_errors
from ..storage.repos import agencies as repo
from .session import LETTER_ROLES, Session

CONSENT_FOR_AGENCY = {
    AgencyKind.EMBASSY: ConsentKind.EMBASSY,
    AgencyKind.AGENCY: ConsentKind.AGENCY,
    AgencyKind.POLICE: ConsentKind.POLICE,
    AgencyKind.PROVIDER: ConsentKind.PROVIDER,
}


def shipped_directory() -> list[Agency]:
    doc = json.loads((paths.resources_dir() / "agencies" / "directory.json").read_text("utf-8"))
    return [from_plain(Agency, a) for a in doc["agencies"]]


def seed_directory(conn) -> None:
    for agency in shipped_directory():
        repo.insert(conn, agency)


def _validate(a: Agency) -> Agency:
    errors = text_errors(a)
    a.name = a.name.strip()
    if not a.name:
        errors["name"] = msg("Agencies", "Enter the agency's name.")
    try:
        a.kind = AgencyKind(a.kind)
    except ValueError:
        errors["kind"] = msg("Agencies", "Choose embassy, agency, police or provider.")
    try:
        a.nationalities = list(dict.fromkeys(country_code(c) for c in a.nationalities))
    except ValueError as e:
        errors["nationalities"] = carried(e)
    try:
        a.letter_language = language_code(a.letter_language or "en")
    except ValueError as e:
        errors["letter_language"] = carried(e)
    if errors:
        raise ValidationError(errors)
    return a


class AgencyService:
    def __init__(self, session: Session):
        self.s = session

    def list(self, kind: str | None = None, nationality: str | None = None) -> list[Agency]:
        return repo.list_all(self.s.conn, kind, nationality)

    def get(self, agency_id: int) -> Agency:
        return repo.get(self.s.conn, agency_id)

    def embassies_for(self, nationality: str) -> builtins.list[Agency]:  # `list` here is the method above
        return self.list(AgencyKind.EMBASSY.value, nationality)

    def save(self, agency: Agency) -> Agency:
        self.s.require(LETTER_ROLES)
        _validate(agency)
        with self.s.vault.write() as conn:
            if agency.id is None:
                repo.insert(conn, agency)
                self.s.log(conn, "agency.add", "agency", agency.id)
            else:
                repo.update(conn, agency)
                self.s.log(conn, "agency.update", "agency", agency.id)
        return agency

    def delete(self, agency_id: int) -> None:
        self.s.require(LETTER_ROLES)
        with self.s.vault.write() as conn:
            if repo.in_use(conn, agency_id):
                raise ShelterDeskError(msg("Agencies", "This agency has referrals, so it cannot be deleted. Rename "
                                                       "it instead."))
            repo.delete(conn, agency_id)
            self.s.log(conn, "agency.delete", "agency", agency_id)
