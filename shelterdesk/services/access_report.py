"""The person's own copy: a subject-access report of everything held about them.

Coordinators and administrators print it (like letters). It leaves the vault
as a plaintext PDF, so it is entered in the disclosure register (recipient:
the person) with its SHA-256, and in the audit log.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from .. import letters
from ..domain.disclosure import FIELDS
from ..domain.errors import ShelterDeskError, ValidationError
from ..domain.messages import carried, msg
from ..domain.models import Disclosure, Survivor
from ..storage.repos import agencies as agencies_repo
from ..storage.repos import attachments as attachments_repo
from ..storage.repos import consents as consents_repo
from ..storage.repos import letters as letters_repo
from ..storage.repos import needs as needs_repo
from ..storage.repos import referrals as referrals_repo
from ..storage.repos import survivors as survivors_repo
from .files import save_outside_vault
from .session import LETTER_ROLES, Session
from .vaults import shelter_profile

if TYPE_CHECKING:
    from ..letters.access_report import AccessReport


def _pdf() -> ModuleType:
    """The report's renderer: reportlab loads with the first report, not when the app starts."""
    from ..letters import access_report

    return access_report

RECIPIENT = "The person (their own copy)"
_NAMES = ("family_name", "given_names", "native_name")


def _words(value: str) -> str:
    return value.replace("_", " ")


def _identity(s: Survivor) -> tuple[tuple[str, str], ...]:
    rows = []
    for spec in FIELDS:
        value = spec.value(s)
        if spec.key == "next_of_kin":  # their own copy shows it whether or not contacting them is safe
            value = " — ".join(p for p in (s.next_of_kin.name, s.next_of_kin.relation, s.next_of_kin.phone) if p)
        rows.append((spec.key, value))
    return tuple(rows)


class AccessReportService:
    def __init__(self, session: Session):
        self.s = session

    def languages(self) -> tuple[str, ...]:
        return _pdf().report_languages()

    def default_language(self, survivor_id: int) -> str:
        """The first of the person's languages the report ships in, else English."""
        spoken = survivors_repo.get(self.s.conn, survivor_id).languages
        return next((code for code in spoken if code in _pdf().report_languages()), "en")

    def make(self, survivor_id: int, language: str = "") -> bytes:
        """Render the report and record its disclosure; the PDF bytes are returned, not stored."""
        self.s.require(LETTER_ROLES)
        language = language or self.default_language(survivor_id)
        if language not in _pdf().report_languages():
            raise ValidationError({"language": msg("SubjectAccess", "The report has no “{language}” translation; "
                                                   "choose one of {languages}.", language=language,
                                                   languages=", ".join(_pdf().report_languages()))})
        with self.s.vault.write() as conn:
            s = survivors_repo.get(conn, survivor_id)
            report = self._content(conn, survivor_id, s, language)
            try:
                pdf = _pdf().render_access_report(report)
            except letters.LetterError as e:
                raise ShelterDeskError(msg("SubjectAccess", "The report could not be made: {reason}",
                                           reason=carried(e))) from None
            digest = hashlib.sha256(pdf).hexdigest()
            letters_repo.insert_disclosure(conn, Disclosure(
                survivor_id=survivor_id, recipient=RECIPIENT, fields=[k for k, v in report.identity if v],
                disclosed_by=self.s.actor.username, kind="access_report", sha256=digest, at=self.s.clock.now()))
            self.s.log(conn, "access_report.issue", "survivor", survivor_id, f"language {language}")
        return pdf

    def save(self, survivor_id: int, path: Path | str, language: str = "") -> str:
        """Make the report and write it (owner-only, NOT encrypted); returns its SHA-256."""
        target = Path(path).expanduser()
        if target.suffix.lower() != ".pdf":
            raise ValidationError({"out": msg("SubjectAccess", "Give a file name ending in .pdf.")})
        if not target.parent.is_dir():
            raise ValidationError({"out": msg("SubjectAccess", "The folder {folder} does not exist.",
                                              folder=str(target.parent))})
        pdf = self.make(survivor_id, language)
        save_outside_vault(target, pdf)
        return hashlib.sha256(pdf).hexdigest()

    def _content(self, conn, sid: int, s: Survivor, language: str) -> AccessReport:
        agency_names: dict[int, str] = {}

        def agency(agency_id: int | None) -> str:
            if agency_id is None:
                return ""
            if agency_id not in agency_names:
                agency_names[agency_id] = agencies_repo.get(conn, agency_id).name
            return agency_names[agency_id]

        needs = tuple(
            ", ".join(p for p in (_words(n.category.value).capitalize(), _words(n.status.value), n.description,
                                  n.outcome) if p)
            for n in needs_repo.for_survivor(conn, sid))
        referrals = tuple(
            f"{r.reference}: {agency(r.agency_id)} — {_words(r.status.value)}"
            + "".join(f"; {p}" for p in (r.reason, r.outcome) if p)
            for r in referrals_repo.for_survivor(conn, sid))
        disclosed = tuple((d.at.date() if d.at else self.s.clock.today(), d.recipient, tuple(k for k in d.fields if k in letters.FIELD_KEYS))
                          for d in letters_repo.disclosures(conn, sid) if d.kind == "letter")
        consents = tuple((_words(c.kind.value), c.given_on, c.expires_on, c.withdrawn_on)
                         for c in consents_repo.for_survivor(conn, sid))
        attachments = tuple(f"{_words(a.kind.value).capitalize()}: {a.name} ({a.added_at.date().isoformat()})"
                            for a in attachments_repo.for_survivor(conn, sid))
        return _pdf().AccessReport(
            language=language, shelter_name=shelter_profile(self.s).name or "Shelter", case_number=s.case_number,
            issued_on=self.s.clock.today(), names=tuple((k, getattr(s, k)) for k in _NAMES),
            identity=_identity(s), needs=needs, referrals=referrals, letters=disclosed, consents=consents,
            attachments=attachments, notes=s.notes)
