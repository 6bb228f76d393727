"""Referral letters: consent gate, field selection, rendering, storage in the vault, disclosure register.

A letter leaves the vault as plaintext (printed or saved), so every letter
issued is kept inside the vault and recorded in the disclosure register with
the fields it carried, the consent it relied on (or the override reason) and
the SHA-256 of the PDF. Re-printing records a new disclosure.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from pypdf import PdfReader, PdfWriter

from .. import letters
from ..domain.disclosure import ALLOWED_BY_CONSENT, FIELD_BY_KEY, FIELDS, default_picked
from ..domain.enums import AgencyKind, NeedCategory, ReferralStatus
from ..domain.errors import ConsentRequired, NotFound, ShelterDeskError, ValidationError
from ..domain.models import Agency, Consent, Disclosure, Need, Referral, Survivor
from ..storage.repos import agencies as agencies_repo
from ..storage.repos import letters as letters_repo
from ..storage.repos import needs as needs_repo
from ..storage.repos import referrals as referrals_repo
from ..storage.repos import staff as staff_repo
from ..storage.repos import survivors as survivors_repo
from ..storage.repos.survivors import CaseQuery
from .agencies import CONSENT_FOR_AGENCY
from .referrals import consent_for
from .session import LETTER_ROLES, Session
from .vaults import shelter_profile

# The template a recipient kind gets when none is named, refined by the open needs.
_BY_NEED = {
    NeedCategory.TRAVEL_DOCUMENT: "embassy_travel_document",
    NeedCategory.FINE_WAIVER: "embassy_exit_permit",
    NeedCategory.REPATRIATION: "embassy_repatriation",
    NeedCategory.MEDICAL: "provider_medical",
    NeedCategory.LEGAL: "provider_legal",
    NeedCategory.PSYCHOSOCIAL: "provider_psychosocial",
    NeedCategory.PROTECTION: "agency_protection_services",
}
_DEFAULT = {
    "embassy": "embassy_nationality_verification",
    "agency": "agency_victim_identification",
    "police": "agency_victim_identification",
    "provider": "provider_medical",
}
RECIPIENT_KINDS = ("embassy", "agency", "provider")
_TEMPLATE_KIND = {AgencyKind.EMBASSY: "embassy", AgencyKind.AGENCY: "agency", AgencyKind.POLICE: "agency",
                  AgencyKind.PROVIDER: "provider"}


@dataclass
class LetterRequest:
    survivor_id: int
    agency_id: int
    template_id: str = ""  # "" = chosen from the agency kind and the open needs
    language: str = ""  # second language; "" = the agency's letter language when a translation ships
    fields: list[str] | None = None  # None = the consented defaults
    referral_id: int | None = None  # None = the open referral to this agency, or a new one
    override_reason: str = ""
    attachments: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FieldChoice:
    key: str
    label: str
    value: str  # shown in the picker (on screen only)
    allowed: bool  # by the consent kind
    preselected: bool


@dataclass(frozen=True)
class IssuedLetter:
    letter_id: int
    disclosure_id: int
    reference: str
    pdf: bytes
    sha256: str
    fields: tuple[str, ...]


@dataclass
class BatchResult:
    issued: list[tuple[str, IssuedLetter]] = field(default_factory=list)  # (case number, letter)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (case number, reason)
    cancelled: bool = False

    def combined_pdf(self) -> bytes:
        """All issued letters in one PDF (each keeps its own page numbering)."""
        writer = PdfWriter()
        for _, item in self.issued:
            writer.append(PdfReader(io.BytesIO(item.pdf)))
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()


def _glyph_problem(content: letters.LetterContent) -> None:
    missing = letters.missing_glyphs(content.texts())
    if missing:
        shown = " ".join(f"U+{ord(c):04X}" for c in missing[:8])
        raise ShelterDeskError(
            f"Some characters cannot be printed with the fonts ShelterDesk ships ({shown}). "
            "Edit those fields (for example, transliterate the name) and try again; nothing was printed."
        )


class LetterService:
    def __init__(self, session: Session):
        self.s = session

    # -- choices for the letter dialog -------------------------------------------
    def templates_for(self, agency_id: int) -> list[letters.TemplateInfo]:
        agency = agencies_repo.get(self.s.conn, agency_id)
        kind = _TEMPLATE_KIND[agency.kind]
        return [t for t in letters.list_templates() if t.recipient_kind == kind]

    def default_template(self, survivor_id: int, agency_id: int) -> str:
        agency = agencies_repo.get(self.s.conn, agency_id)
        kind = _TEMPLATE_KIND[agency.kind]
        for need in needs_repo.for_survivor(self.s.conn, survivor_id):
            template = _BY_NEED.get(need.category)
            if need.status in ("open", "in_progress") and template and template.startswith(kind):
                return template
        return _DEFAULT[agency.kind.value]

    def languages(self, template_id: str, agency: Agency, requested: str = "") -> tuple[str, ...]:
        info = next((t for t in letters.list_templates() if t.id == template_id), None)
        if info is None:
            raise ValidationError({"template": f"There is no letter template “{template_id}”."})
        second = requested or agency.letter_language
        if requested and requested != "en" and requested not in info.languages:
            shipped = ", ".join(info.languages)
            raise ValidationError({"language": f"This letter has no {requested} translation (it has: {shipped})."})
        return ("en", second) if second and second != "en" and second in info.languages else ("en",)

    def field_choices(self, survivor_id: int, agency_id: int) -> list[FieldChoice]:
        survivor = survivors_repo.get(self.s.conn, survivor_id)
        kind = CONSENT_FOR_AGENCY[agencies_repo.get(self.s.conn, agency_id).kind]
        allowed, picked = ALLOWED_BY_CONSENT[kind], set(default_picked(kind))
        return [FieldChoice(f.key, f.label, f.value(survivor), f.key in allowed, f.key in picked)
                for f in FIELDS if f.value(survivor)]

    def consent(self, survivor_id: int, agency_id: int) -> Consent | None:
        agency = agencies_repo.get(self.s.conn, agency_id)
        return consent_for(self.s.conn, survivor_id, agency.kind, self.s.clock.today())

    # -- composing -----------------------------------------------------------------
    def _referral_for(self, conn, req: LetterRequest, template_id: str, consent: Consent | None) -> Referral:
        if req.referral_id is not None:
            ref = referrals_repo.get(conn, req.referral_id)
            if ref.survivor_id != req.survivor_id or ref.agency_id != req.agency_id:
                raise ValidationError({"referral": "This referral is for another case or agency."})
            return ref
        open_refs = [r for r in referrals_repo.for_survivor(conn, req.survivor_id)
                     if r.agency_id == req.agency_id and r.status not in
                     (ReferralStatus.DECLINED, ReferralStatus.COMPLETED, ReferralStatus.WITHDRAWN)]
        if open_refs:
            return open_refs[-1]
        ref = Referral(survivor_id=req.survivor_id, agency_id=req.agency_id, reason="",
                       created_by=self.s.actor.username, consent_id=consent.id if consent else None,
                       override_reason=req.override_reason.strip() if consent is None else "")
        referrals_repo.insert(conn, ref, self.s.clock.now())
        self.s.log(conn, "referral.create", "survivor", req.survivor_id, f"{ref.reference} for letter {template_id}")
        return ref

    def _content(self, survivor: Survivor, agency: Agency, ref: Referral, template_id: str,
                 langs: tuple[str, ...], picked: list[str], consent: Consent | None, override: str,
                 attachments: list[str]) -> letters.LetterContent:
        conn = self.s.conn
        profile = shelter_profile(self.s)
        needs: list[Need] = [needs_repo.get(conn, n) for n in ref.need_ids] or [
            n for n in needs_repo.for_survivor(conn, survivor.id) if n.status in ("open", "in_progress")]
        me = staff_repo.get(conn, self.s.actor.username)
        recorder = consent.recorded_by if consent else ""
        if recorder:
            with contextlib.suppress(NotFound):
                recorder = staff_repo.get(conn, recorder).display_name
        fields = tuple(letters.DisclosedField(k, FIELD_BY_KEY[k].value(survivor)) for k in picked
                       if FIELD_BY_KEY[k].value(survivor))
        contact = letters.Contact(me.display_name, me.title, me.phone, me.email)
        return letters.LetterContent(
            template_id=template_id, languages=langs,
            shelter=letters.ShelterProfile(profile.name or "Shelter", profile.address, profile.phone, profile.email,
                                           profile.logo_png),
            reference=ref.reference, issued_on=self.s.clock.today(),
            addressee=letters.Addressee(agency.name, agency.address, agency.contact_person),
            family_name=survivor.family_name, given_names=survivor.given_names, native_name=survivor.native_name,
            case_number=survivor.case_number, fields=fields,
            needs=tuple(_need_line(n) for n in needs), reason=ref.reason,
            consent=letters.ConsentStatement(consent.given_on if consent else None, recorder,
                                             consent.interpreter if consent else "",
                                             "" if consent else override.strip()),
            case_worker=contact, signatory=contact, attachments=tuple(attachments),
        )

    def _prepare(self, conn, req: LetterRequest) -> tuple[letters.LetterContent, Referral, Consent | None]:
        survivor = survivors_repo.get(conn, req.survivor_id)
        agency = agencies_repo.get(conn, req.agency_id)
        template_id = req.template_id
        if not template_id or template_id in RECIPIENT_KINDS:
            if template_id and template_id != _TEMPLATE_KIND[agency.kind]:
                raise ValidationError({"template": f"A {template_id} letter cannot go to “{agency.name}”, "
                                       f"which is listed as {agency.kind.value}."})
            template_id = self.default_template(req.survivor_id, req.agency_id)
        langs = self.languages(template_id, agency, req.language)
        consent = consent_for(conn, req.survivor_id, agency.kind, self.s.clock.today())
        kind = CONSENT_FOR_AGENCY[agency.kind]
        if consent is None and not req.override_reason.strip():
            raise ConsentRequired(
                f"There is no valid {kind.value} consent for this person, so no letter can go to "
                f"this recipient. Record their consent, or override with a written reason."
            )
        allowed = ALLOWED_BY_CONSENT[kind]
        picked = default_picked(kind) if req.fields is None else list(req.fields)
        refused = [k for k in picked if k not in allowed]
        if refused:
            raise ValidationError({"fields": "Consent for this recipient does not cover: "
                                   + ", ".join(FIELD_BY_KEY[k].label if k in FIELD_BY_KEY else k for k in refused)})
        ref = self._referral_for(conn, req, template_id, consent)
        content = self._content(survivor, agency, ref, template_id, langs, picked, consent,
                                req.override_reason, req.attachments)
        return content, ref, consent

    def preview(self, req: LetterRequest) -> bytes:
        """Render without storing or recording anything: the transaction is rolled back."""
        self.s.require(LETTER_ROLES)
        try:
            with self.s.vault.write() as conn:
                content, _ref, _consent = self._prepare(conn, req)
                _glyph_problem(content)
                raise _Rollback(_render(content))
        except _Rollback as done:
            return done.pdf

    def issue(self, req: LetterRequest) -> IssuedLetter:
        """Render, keep the letter in the vault and record the disclosure, all in one transaction."""
        self.s.require(LETTER_ROLES)
        with self.s.vault.write() as conn:
            content, ref, consent = self._prepare(conn, req)
            _glyph_problem(content)
            pdf = _render(content)
            digest = hashlib.sha256(pdf).hexdigest()
            keys = [f.key for f in content.fields]
            letter_id = letters_repo.insert_letter(conn, req.survivor_id, ref.id, req.agency_id, content.template_id,
                                                   list(content.languages), pdf, digest, self.s.actor.username,
                                                   self.s.clock.now())
            disclosure = letters_repo.insert_disclosure(conn, Disclosure(
                survivor_id=req.survivor_id, recipient=content.addressee.name, fields=keys,
                disclosed_by=self.s.actor.username, kind="letter", agency_id=req.agency_id, letter_id=letter_id,
                consent_id=consent.id if consent else None,
                override_reason="" if consent else req.override_reason.strip(), sha256=digest,
                at=self.s.clock.now()))
            detail = f"letter {letter_id} {content.template_id} {ref.reference} fields {','.join(keys)}"
            if consent is None:
                detail += " consent overridden"
            self.s.log(conn, "letter.issue", "survivor", req.survivor_id, detail)
        return IssuedLetter(letter_id, disclosure.id, ref.reference, pdf, digest, tuple(keys))

    def reprint(self, letter_id: int) -> bytes:
        """The stored PDF again, recording a new disclosure with the original's fields and consent."""
        self.s.require(LETTER_ROLES)
        with self.s.vault.write() as conn:
            pdf = letters_repo.letter_pdf(conn, letter_id)
            first = next((d for d in letters_repo.disclosures(conn) if d.letter_id == letter_id), None)
            if first is None:
                raise NotFound("This letter has no disclosure record; it cannot be re-printed.")
            letters_repo.insert_disclosure(conn, Disclosure(
                survivor_id=first.survivor_id, recipient=first.recipient, fields=first.fields,
                disclosed_by=self.s.actor.username, kind="reprint", agency_id=first.agency_id, letter_id=letter_id,
                consent_id=first.consent_id, override_reason=first.override_reason,
                sha256=hashlib.sha256(pdf).hexdigest(), at=self.s.clock.now()))
            self.s.log(conn, "letter.reprint", "survivor", first.survivor_id, f"letter {letter_id}")
        return pdf

    def letters_for(self, survivor_id: int) -> list[tuple]:
        return letters_repo.letters_for(self.s.conn, survivor_id)

    def disclosures(self, survivor_id: int | None = None) -> list[Disclosure]:
        return letters_repo.disclosures(self.s.conn, survivor_id)

    # -- batches ---------------------------------------------------------------------
    def batch(self, query: CaseQuery, template_id: str, *, agency_id: int | None = None, language: str = "",
              fields: list[str] | None = None, limit: int = 5000,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> BatchResult:
        """Letters for every case matching `query`. Cases without consent or an embassy are skipped, with why."""
        self.s.require(LETTER_ROLES)
        cases = self._matching_cases(query, limit)
        result = BatchResult()
        for i, (sid, case_number, nationalities) in enumerate(cases):
            if cancelled and cancelled():
                result.cancelled = True
                break
            target = agency_id
            if target is None:
                embassies = [a for code in nationalities for a in agencies_repo.list_all(self.s.conn, "embassy", code)]
                if not embassies:
                    result.skipped.append((case_number, "no embassy in the directory for this nationality"))
                    continue
                target = embassies[0].id
            try:
                issued = self.issue(LetterRequest(sid, target, template_id, language, fields))
            except (ConsentRequired, ValidationError, ShelterDeskError) as e:
                result.skipped.append((case_number, str(e)))
            else:
                result.issued.append((case_number, issued))
            if progress:
                progress(i + 1, len(cases))
        return result

    def _matching_cases(self, query: CaseQuery, limit: int) -> list[tuple[int, str, list[str]]]:
        rows = survivors_repo.search(self.s.conn, query, self.s.clock.today(), 0, limit)
        return [(r.id, r.case_number, r.nationalities) for r in rows]


class _Rollback(Exception):
    def __init__(self, pdf: bytes):
        self.pdf = pdf


def _render(content: letters.LetterContent) -> bytes:
    try:
        return letters.render_letter(content)
    except letters.LetterError as e:
        raise ShelterDeskError(f"The letter could not be made: {e}") from None


def _need_line(n: Need) -> str:
    text = n.category.value.replace("_", " ").capitalize()
    if n.description:
        text += f": {n.description}"
    return f"{text} ({n.priority.value})"

