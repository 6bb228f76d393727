"""Referral letters: consent gate, field selection, rendering, storage in the vault, disclosure register.

A letter leaves the vault as plaintext (printed or saved), so every letter
issued is kept inside the vault and recorded in the disclosure register with
the fields it carried, the consent it relied on (or the override reason) and
the SHA-256 of the PDF. Re-printing records a new disclosure.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .. import letters
from ..domain.disclosure import ALLOWED_BY_CONSENT, FIELD_BY_KEY, FIELDS, FieldSpec, default_picked
from ..domain.enums import (
    OPEN_NEED_STATUSES,
    AgencyKind,
    NeedCategory,
    ReferralPriority,
    ReferralStatus,
)
from ..domain.errors import (
    ConsentRequired,
    NotFound,
    PermissionDenied,
    ShelterDeskError,
    ValidationError,
    VaultError,
)
from ..domain.messages import carried, joined, msg
from ..domain.models import Agency, Consent, Disclosure, Need, Referral, Survivor
from ..domain.queries import CaseQuery
from ..domain.validation import check_texts
from ..domain.vocabulary import label_message
from ..storage.repos import agencies as agencies_repo
from ..storage.repos import attachments as attachments_repo
from ..storage.repos import letters as letters_repo
from ..storage.repos import needs as needs_repo
from ..storage.repos import referrals as referrals_repo
from ..storage.repos import staff as staff_repo
from ..storage.repos import survivors as survivors_repo
from .agencies import CONSENT_FOR_AGENCY
from .files import OutputNotWritten, PendingOutput, published_after
from .referrals import CONSENT_WORDS, FOLLOW_UP, consent_for
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
    "provider": "provider_medical",
}
RECIPIENT_KINDS = ("embassy", "agency", "provider")
# Police get the anti-trafficking agency letters (formal victim identification).
TEMPLATE_KIND = {AgencyKind.EMBASSY: "embassy", AgencyKind.AGENCY: "agency", AgencyKind.POLICE: "agency",
                 AgencyKind.PROVIDER: "provider"}
_CLOSED_REFERRAL = (ReferralStatus.DECLINED, ReferralStatus.COMPLETED, ReferralStatus.WITHDRAWN)
# A recipient kind inside a sentence ("a provider letter", "listed as police").
_KIND_WORDS = {
    "embassy": msg("Recipient kinds", "embassy"),
    "agency": msg("Recipient kinds", "agency"),
    "police": msg("Recipient kinds", "police"),
    "provider": msg("Recipient kinds", "provider"),
}


@dataclass
class LetterRequest:
    survivor_id: int
    agency_id: int
    template_id: str = ""  # "" or a recipient kind = chosen from the open needs; else a template id
    language: str = ""  # second language; "" = the agency's letter language when a translation ships
    fields: list[str] | None = None  # None = the consented defaults
    referral_id: int | None = None  # None = the open referral to this agency, or a new one
    override_reason: str = ""  # used only when there is no valid consent (coordinators and administrators)
    attachments: list[str] = field(default_factory=list)
    photo_attachment_id: int | None = None  # a stored photo; embassy letters with a valid consent only


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


@dataclass(frozen=True)
class StoredLetter:
    letter_id: int
    referral_id: int | None
    agency_id: int | None
    template_id: str
    sha256: str
    created_by: str
    created_at: datetime


@dataclass(frozen=True)
class DraftLetter:
    """A batch letter rendered but not yet stored or recorded (combined output: see `finish_combined`)."""
    case_number: str
    request: LetterRequest
    content: letters.LetterContent
    pdf: bytes
    new_references: int  # referral numbers it took (a new draft referral), so later drafts skip them


@dataclass
class BatchResult:
    issued: list[tuple[str, IssuedLetter]] = field(default_factory=list)  # (case number, letter)
    drafts: list[DraftLetter] = field(default_factory=list)  # combined output: rendered, recorded at the end
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (case number, reason: a message)
    cancelled: bool = False
    stopped: str = ""  # why the batch stopped early (a letter file could not be written), else empty

    def combined_pdf(self) -> bytes:
        """All issued letters in one PDF, byte-for-byte the stored ones (each keeps its own page numbers)."""
        if not self.issued:
            raise ShelterDeskError(msg("Letters", "No letter was issued, so there is nothing to combine."))
        return _combine([item.pdf for _, item in self.issued])


class PrintingRefused(ShelterDeskError):
    """The letter holds characters no shipped font can draw; nothing was printed or stored."""


def _check_glyphs(content: letters.LetterContent) -> None:
    missing = letters.missing_glyphs(content.texts())
    if missing:
        shown = " ".join(f"U+{ord(c):04X}" for c in missing[:8])
        raise PrintingRefused(msg(
            "Letters", "Some characters cannot be printed with the fonts ShelterDesk ships ({characters}), for "
            "example an emoji. Edit those fields (remove the symbol, or transliterate the name) and try again; "
            "nothing was printed.", characters=shown))


def _disclosed(spec: FieldSpec, survivor: Survivor) -> letters.DisclosedField:
    """A field as the letter prints it: vocabulary as [term.*] keys, a qualifier apart from the value."""
    qualifier = spec.qualifier(survivor) if spec.qualifier else ""
    return letters.DisclosedField(spec.key, spec.value(survivor), spec.terms(survivor) if spec.terms else (),
                                  qualifier)


def _shown(spec: FieldSpec, survivor: Survivor) -> str:
    """A field's value as the picker shows it (English), with its qualifier."""
    qualifier = spec.qualifier(survivor) if spec.qualifier else ""
    value = spec.value(survivor)
    return f"{value} ({letters.term(qualifier, 'en')})" if qualifier and value else value


def _check_picked(wanted: Collection[str], survivor: Survivor) -> None:
    """Refuse fields asked for by name that do not exist or hold nothing for this person.

    Each gets its own reason: a consent refusal for a field that is simply
    empty sent people to the consent records for nothing.
    """
    unknown = sorted(k for k in wanted if k not in FIELD_BY_KEY)
    if unknown:
        raise ValidationError({"fields": msg("Letters", "There is no such field: {unknown}. The fields are: {fields}.",
                                             unknown=", ".join(unknown), fields=", ".join(f.key for f in FIELDS))})
    empty = [f.label for f in FIELDS if f.key in wanted and not f.value(survivor)]
    if empty:
        raise ValidationError({"fields": msg("Letters", "Nothing is recorded for this person in: {fields}. Fill it in "
                                             "on the case file first, or leave the field out of the letter.",
                                             fields=joined(", ", empty))})


class LetterService:
    def __init__(self, session: Session):
        self.s = session

    # -- choices for the letter dialog -------------------------------------------
    def templates_for(self, agency_id: int) -> list[letters.TemplateInfo]:
        """The templates that may go to this agency (by its kind)."""
        kind = TEMPLATE_KIND[agencies_repo.get(self.s.conn, agency_id).kind]
        return [t for t in letters.list_templates() if t.recipient_kind == kind]

    def default_template(self, survivor_id: int, agency_id: int) -> str:
        """The template for this agency's kind that fits the person's first open need."""
        kind = TEMPLATE_KIND[agencies_repo.get(self.s.conn, agency_id).kind]
        for need in needs_repo.for_survivor(self.s.conn, survivor_id):
            template = _BY_NEED.get(need.category)
            if need.status in OPEN_NEED_STATUSES and template and template.startswith(kind + "_"):
                return template
        return _DEFAULT[kind]

    def languages(self, template_id: str) -> tuple[str, ...]:
        """The languages a template ships in ("en" first)."""
        return _template_info(template_id).languages

    def default_language(self, template_id: str, agency_id: int) -> str:
        """The agency's letter language if the template ships it, else "en" (English only)."""
        wanted = agencies_repo.get(self.s.conn, agency_id).letter_language
        return wanted if wanted in self.languages(template_id) else "en"

    def field_choices(self, survivor_id: int, agency_id: int) -> list[FieldChoice]:
        """Every field with a value for this person: allowed by the consent kind? pre-selected?"""
        survivor = survivors_repo.get(self.s.conn, survivor_id)
        kind = CONSENT_FOR_AGENCY[agencies_repo.get(self.s.conn, agency_id).kind]
        allowed, picked = ALLOWED_BY_CONSENT[kind], set(default_picked(kind))
        out = []
        for f in FIELDS:
            value = _shown(f, survivor)
            if value:
                out.append(FieldChoice(f.key, f.label, value, f.key in allowed, f.key in picked))
        return out

    def consent(self, survivor_id: int, agency_id: int) -> Consent | None:
        """The valid consent a letter to this agency would rely on, or None."""
        agency = agencies_repo.get(self.s.conn, agency_id)
        return consent_for(self.s.conn, survivor_id, agency.kind, self.s.clock.today())

    def warnings(self, agency_id: int) -> list[str]:
        """What a letter to this agency will lack, said before it is issued (not a refusal)."""
        agency = agencies_repo.get(self.s.conn, agency_id)
        out: list[str] = []
        if not agency.address.strip():
            out.append(msg("Letters", "The directory has no postal address for {agency}, so the letter will carry "
                           "only its name. Add the address under Agencies if the letter is to be posted or "
                           "delivered.", agency=agency.name))
        profile = shelter_profile(self.s)
        if not (profile.address.strip() and (profile.phone.strip() or profile.email.strip())):
            out.append(msg("Letters", "The shelter profile has no address or no phone or email, so the letterhead "
                           "will not say how to reach the shelter. An administrator can add them in the shelter "
                           "profile."))
        return out

    def can_issue(self) -> bool:
        return self.s.can(LETTER_ROLES)

    # -- composing -----------------------------------------------------------------
    def _template_for(self, req: LetterRequest, agency: Agency) -> str:
        kind = TEMPLATE_KIND[agency.kind]
        wanted = req.template_id.strip()
        if not wanted or wanted in RECIPIENT_KINDS:
            if wanted and wanted != kind:
                raise ValidationError({"template": msg("Letters", "A {wanted} letter cannot go to this recipient, "
                                                       "which is listed as {kind}.", wanted=_KIND_WORDS[wanted],
                                                       kind=_KIND_WORDS[agency.kind])})
            return self.default_template(req.survivor_id, req.agency_id)
        info = _template_info(wanted)
        if info.recipient_kind != kind:
            raise ValidationError({"template": msg("Letters", "The template “{template}” is for {wanted} "
                                                   "recipients; this recipient is listed as {kind}.",
                                                   template=wanted, wanted=_KIND_WORDS[info.recipient_kind],
                                                   kind=_KIND_WORDS[agency.kind])})
        return wanted

    def _languages(self, template_id: str, agency: Agency, requested: str) -> tuple[str, ...]:
        shipped = self.languages(template_id)
        requested = requested.strip().lower()
        if requested and requested not in shipped:
            raise ValidationError({"language": msg("Letters", "This letter has no “{language}” translation (it "
                                                   "has: {languages}).", language=requested,
                                                   languages=", ".join(shipped))})
        second = requested or (agency.letter_language if agency.letter_language in shipped else "en")
        return ("en",) if second == "en" else ("en", second)

    def _referral_for(self, conn, req: LetterRequest, template_id: str, consent: Consent | None) -> Referral:
        if req.referral_id is not None:
            ref = referrals_repo.get(conn, req.referral_id)
            if ref.survivor_id != req.survivor_id or ref.agency_id != req.agency_id:
                raise ValidationError({"referral": msg("Letters", "This referral is for another case or agency.")})
            return ref
        open_refs = [r for r in referrals_repo.for_survivor(conn, req.survivor_id)
                     if r.agency_id == req.agency_id and r.status not in _CLOSED_REFERRAL]
        if open_refs:
            return open_refs[-1]
        # The letter needs a reference number: it opens a draft referral, as `refer` would.
        today = self.s.clock.today()
        ref = Referral(survivor_id=req.survivor_id, agency_id=req.agency_id, reason="",
                       created_by=self.s.actor.username, consent_id=consent.id if consent else None,
                       override_reason=req.override_reason.strip() if consent is None else "",
                       follow_up_due=today + FOLLOW_UP[ReferralPriority.NORMAL])
        referrals_repo.insert(conn, ref, self.s.clock.now())
        self.s.log(conn, "referral.create", "survivor", req.survivor_id,
                   f"{ref.reference} agency {req.agency_id} for letter {template_id}"
                   + (" consent overridden" if consent is None else ""))
        return ref

    def _content(self, conn, survivor: Survivor, agency: Agency, ref: Referral, template_id: str,
                 langs: tuple[str, ...], picked: list[str], consent: Consent | None, override: str,
                 attachments: list[str]) -> letters.LetterContent:
        profile = shelter_profile(self.s)
        needs: list[Need] = [needs_repo.get(conn, n) for n in ref.need_ids] or [
            n for n in needs_repo.for_survivor(conn, ref.survivor_id) if n.status in OPEN_NEED_STATUSES]
        me = staff_repo.get(conn, self.s.actor.username)
        recorder = consent.recorded_by if consent else ""
        if recorder:
            with contextlib.suppress(NotFound):
                recorder = staff_repo.get(conn, recorder).display_name
        fields = tuple(_disclosed(FIELD_BY_KEY[k], survivor) for k in picked if FIELD_BY_KEY[k].value(survivor))
        contact = letters.Contact(me.display_name, me.title, me.phone, me.email)
        return letters.LetterContent(
            template_id=template_id, languages=langs,
            shelter=letters.ShelterProfile(profile.name or "Shelter", profile.address, profile.phone, profile.email,
                                           profile.logo_png),
            reference=ref.reference, issued_on=self.s.clock.today(),
            addressee=letters.Addressee(agency.name, agency.address, agency.contact_person),
            family_name=survivor.family_name, given_names=survivor.given_names, native_name=survivor.native_name,
            case_number=survivor.case_number, fields=fields,
            needs=tuple(letters.NeedLine(f"need_{n.category.value}", f"priority_{n.priority.value}",
                                         n.description) for n in needs), reason=ref.reason,
            consent=letters.ConsentStatement(consent.given_on if consent else None, recorder,
                                             consent.interpreter if consent else "",
                                             "" if consent else override.strip()),
            case_worker=contact, signatory=contact,
            attachments=tuple(a.strip() for a in attachments if a.strip()),
        )

    def _prepare(self, conn, req: LetterRequest) -> tuple[letters.LetterContent, Referral, Consent | None]:
        survivor = survivors_repo.get(conn, req.survivor_id)
        agency = agencies_repo.get(conn, req.agency_id)
        template_id = self._template_for(req, agency)
        langs = self._languages(template_id, agency, req.language)
        consent = consent_for(conn, req.survivor_id, agency.kind, self.s.clock.today())
        kind = CONSENT_FOR_AGENCY[agency.kind]
        if consent is None and not req.override_reason.strip():
            raise ConsentRequired(msg(
                "Letters", "There is no valid {kind} consent for this person (none recorded, withdrawn or expired), "
                "so no letter can go to this recipient. Record their consent, or (coordinators and administrators) "
                "override with a written reason, which is kept in the disclosure register.",
                kind=CONSENT_WORDS[kind]))
        allowed = ALLOWED_BY_CONSENT[kind]
        wanted = default_picked(kind) if req.fields is None else set(req.fields)
        if req.fields is not None:
            _check_picked(wanted, survivor)
        refused = sorted(k for k in wanted if k not in allowed)
        if refused:
            raise ValidationError({"fields": msg("Letters", "{kind} consent does not cover: {fields}",
                                                 kind=label_message(kind),
                                                 fields=joined(", ", (FIELD_BY_KEY[k].label for k in refused)))})
        picked = [f.key for f in FIELDS if f.key in wanted]  # printed in the register's order
        ref = self._referral_for(conn, req, template_id, consent)
        content = self._content(conn, survivor, agency, ref, template_id, langs, picked, consent,
                                req.override_reason, req.attachments)
        if req.photo_attachment_id is not None:
            content = dataclasses.replace(content, photo=_photo(conn, req, agency.kind, consent))
        _check_glyphs(content)
        return content, ref, consent

    def preview(self, req: LetterRequest) -> bytes:
        """Render without storing or recording anything (the transaction is rolled back). On screen only."""
        self.s.require(LETTER_ROLES)
        check_texts(req)
        try:
            with self.s.vault.write() as conn:
                content, _ref, _consent = self._prepare(conn, req)
                raise _Rollback(_render(content))
        except _Rollback as done:
            return done.pdf

    def issue(self, req: LetterRequest, save_as: Callable[[str], Path] | None = None) -> IssuedLetter:
        """Render, keep the letter in the vault and record the disclosure, all in one transaction.

        With `save_as` (given the referral's reference, it returns the file's path) the PDF is
        written first and put in place once the record has committed: a failed write is never
        recorded as a disclosure.
        """
        self.s.require(LETTER_ROLES)
        check_texts(req)
        outputs: list[PendingOutput] = []
        with published_after(outputs), self.s.vault.write() as conn:
            content, ref, consent = self._prepare(conn, req)
            pdf = _render(content)
            if save_as is not None:
                outputs.append(PendingOutput(save_as(ref.reference)))
                outputs[0].stage(pdf)
            issued = self._record(conn, req, content, ref, consent, pdf)
        return issued

    def _record(self, conn, req: LetterRequest, content: letters.LetterContent, ref: Referral,
                consent: Consent | None, pdf: bytes) -> IssuedLetter:
        """Keep the rendered letter in the vault and enter it in the disclosure register (inside `conn`'s
        transaction)."""
        digest = hashlib.sha256(pdf).hexdigest()
        keys = [f.key for f in content.fields] + (["photo"] if content.photo else [])
        now = self.s.clock.now()
        letter_id = letters_repo.insert_letter(conn, req.survivor_id, ref.id, req.agency_id, content.template_id,
                                               list(content.languages), pdf, digest, self.s.actor.username, now)
        disclosure = letters_repo.insert_disclosure(conn, Disclosure(
            survivor_id=req.survivor_id, recipient=content.addressee.name, fields=keys,
            disclosed_by=self.s.actor.username, kind="letter", agency_id=req.agency_id, letter_id=letter_id,
            consent_id=consent.id if consent else None,
            override_reason="" if consent else req.override_reason.strip(), sha256=digest, at=now))
        detail = f"letter {letter_id} {content.template_id} {ref.reference} fields {','.join(keys)}"
        if consent is None:
            detail += " consent overridden"
        self.s.log(conn, "letter.issue", "survivor", req.survivor_id, detail)
        assert disclosure.id is not None  # set by the insert
        return IssuedLetter(letter_id, disclosure.id, ref.reference, pdf, digest, tuple(keys))

    def reprint(self, letter_id: int, override_reason: str = "", save_to: Path | None = None) -> bytes:
        """The stored PDF again, recording a new disclosure (written to `save_to` first, as in `issue`).

        Consent is checked again: a letter whose consent has since been
        withdrawn or has expired is not re-printed without an override reason.
        """
        self.s.require(LETTER_ROLES)
        outputs = [PendingOutput(save_to)] if save_to is not None else []
        with published_after(outputs), self.s.vault.write() as conn:
            pdf = letters_repo.letter_pdf(conn, letter_id)
            for out in outputs:
                out.stage(pdf)
            first = next((d for d in letters_repo.disclosures(conn) if d.letter_id == letter_id), None)
            if first is None or first.agency_id is None or first.survivor_id is None:
                raise NotFound(msg("Letters", "This letter has no disclosure record; it cannot be re-printed."))
            agency = agencies_repo.get(conn, first.agency_id)
            consent = consent_for(conn, first.survivor_id, agency.kind, self.s.clock.today())
            if consent is None and not override_reason.strip():
                raise ConsentRequired(msg(
                    "Letters", "The {kind} consent this letter relied on is no longer valid (withdrawn or expired). "
                    "Record consent again, or override with a written reason.",
                    kind=CONSENT_WORDS[CONSENT_FOR_AGENCY[agency.kind]]))
            letters_repo.insert_disclosure(conn, Disclosure(
                survivor_id=first.survivor_id, recipient=first.recipient, fields=first.fields,
                disclosed_by=self.s.actor.username, kind="reprint", agency_id=first.agency_id, letter_id=letter_id,
                consent_id=consent.id if consent else None,
                override_reason="" if consent else override_reason.strip(),
                sha256=hashlib.sha256(pdf).hexdigest(), at=self.s.clock.now()))
            self.s.log(conn, "letter.reprint", "survivor", first.survivor_id,
                       f"letter {letter_id}" + (" consent overridden" if consent is None else ""))
        return pdf

    def letters_for(self, survivor_id: int) -> list[StoredLetter]:
        return [StoredLetter(r[0], r[1], r[2], r[3], r[5], r[6], datetime.fromisoformat(r[7]))
                for r in letters_repo.letters_for(self.s.conn, survivor_id)]

    def disclosures(self, survivor_id: int | None = None) -> list[Disclosure]:
        return letters_repo.disclosures(self.s.conn, survivor_id)

    # -- batches ---------------------------------------------------------------------
    def batch_cases(self, query: CaseQuery) -> list[tuple[int, str, list[str]]]:
        """(id, case number, nationalities) of every case the filter matches, in case-number order."""
        out: list[tuple[int, str, list[str]]] = []
        while True:
            rows = survivors_repo.search(self.s.conn, query, self.s.clock.today(), len(out), 500)
            out += [(r.id, r.case_number, r.nationalities) for r in rows]
            if len(rows) < 500:
                return out

    def batch_recipient(self, nationalities: list[str], agency_id: int | None) -> int | None:
        """The agency a batch letter goes to: the one given, else the embassy serving a nationality."""
        if agency_id is not None:
            return agency_id
        for code in nationalities:
            embassies = agencies_repo.list_all(self.s.conn, AgencyKind.EMBASSY.value, code)
            if embassies:
                return embassies[0].id
        return None

    def check_batch(self, template_id: str, agency_id: int | None) -> None:
        """Refuse a batch that cannot work for any case (before the first letter)."""
        self.s.require(LETTER_ROLES)
        if agency_id is not None:
            self._template_for(LetterRequest(0, agency_id, template_id), agencies_repo.get(self.s.conn, agency_id))
            return
        kind = template_id if template_id in ("", *RECIPIENT_KINDS) else _template_info(template_id).recipient_kind
        if kind not in ("", "embassy"):
            raise ValidationError({"agency": msg("Letters", "Choose the {kind} the letters go to; only embassy "
                                                 "letters find their recipient from the nationality.",
                                                 kind=_KIND_WORDS[kind])})

    def batch_one(self, survivor_id: int, case_number: str, nationalities: list[str], template_id: str,
                  agency_id: int | None, language: str, fields: list[str] | None, result: BatchResult,
                  folder: Path | None = None, combined: bool = False) -> None:
        """Issue one batch letter into `result`, or record why it was skipped. Vault failures propagate.

        With `folder`, the letter is also saved there as CASE_REFERENCE.pdf (see `issue`); a failed
        write stops the batch (OutputNotWritten) with nothing recorded for that letter. With `combined`,
        the letter is only rendered into `result.drafts`; `finish_combined` stores and records them all.
        """
        target = self.batch_recipient(nationalities, agency_id)
        if target is None:
            result.skipped.append((case_number, msg("Letters", "no embassy in the directory serves this nationality")))
            return
        req = LetterRequest(survivor_id, target, template_id or "embassy", language, fields)
        try:
            if combined:
                result.drafts.append(self._draft(case_number, req, result.drafts))
                return
            issued = self.issue(req, None if folder is None else lambda ref: folder / batch_file_name(case_number, ref))
        except (VaultError, PermissionDenied, OutputNotWritten):
            raise
        except ShelterDeskError as e:
            result.skipped.append((case_number, carried(e)))
        else:
            result.issued.append((case_number, issued))

    def _draft(self, case_number: str, req: LetterRequest, before: list[DraftLetter]) -> DraftLetter:
        """Render a batch letter as it will be issued after the `before` drafts, storing nothing."""
        self.s.require(LETTER_ROLES)
        check_texts(req)
        year = self.s.clock.now().year
        try:
            with self.s.vault.write() as conn:
                referrals_repo.skip_references(conn, year, sum(d.new_references for d in before))
                used = referrals_repo.references_used(conn, year)
                content, _ref, _consent = self._prepare(conn, req)
                raise _Drafted(DraftLetter(case_number, req, content, _render(content),
                                           referrals_repo.references_used(conn, year) - used))
        except _Drafted as done:
            return done.draft

    def finish_combined(self, result: BatchResult, path: Path) -> None:
        """Store and record every drafted letter in one transaction, with one PDF holding them all.

        The PDF is written beside `path` before the commit and put in place after it: if it cannot be
        written, nothing is recorded (OutputNotWritten) and the drafts stay unissued. A letter whose
        case changed since its draft is rendered again.
        """
        self.s.require(LETTER_ROLES)
        if not result.drafts:
            return
        output = PendingOutput(path)
        issued: list[tuple[str, IssuedLetter]] = []
        with published_after([output]):
            with self.s.vault.write() as conn:
                for draft in result.drafts:
                    content, ref, consent = self._prepare(conn, draft.request)
                    pdf = draft.pdf if content == draft.content else _render(content)
                    issued.append((draft.case_number, self._record(conn, draft.request, content, ref, consent, pdf)))
                output.stage(_combine([letter.pdf for _, letter in issued]))
            result.issued += issued  # committed; the file goes in place next
            result.drafts = []

    def batch(self, query: CaseQuery, template_id: str, *, agency_id: int | None = None, language: str = "",
              fields: list[str] | None = None,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None, folder: Path | None = None,
              combined: Path | None = None) -> BatchResult:
        """Letters for every case matching `query`.

        `agency_id=None` sends each letter to the embassy serving the person's
        nationality. Cases without consent or without an embassy are skipped,
        with the reason. Without `combined`, each letter is issued (stored, recorded)
        on its own, and letters issued before a cancel stay issued. With `combined`
        (the one PDF's path), letters are rendered case by case and those rendered
        before a cancel are all issued at the end together with that file: if it
        cannot be written, none is recorded (`stopped` says why).
        """
        self.check_batch(template_id, agency_id)
        cases = self.batch_cases(query)
        result = BatchResult()
        for i, (sid, case_number, nationalities) in enumerate(cases):
            if cancelled and cancelled():
                result.cancelled = True
                break
            try:
                self.batch_one(sid, case_number, nationalities, template_id, agency_id, language, fields, result,
                               folder, combined is not None)
            except OutputNotWritten as e:  # the letters before it are written and recorded; stop here
                result.stopped = carried(e)
                break
            if progress:
                progress(i + 1, len(cases))
        if combined is not None:
            try:
                self.finish_combined(result, combined)
            except OutputNotWritten as e:
                result.stopped = carried(e)
        return result


def batch_file_name(case_number: str, reference: str) -> str:
    """CASE_REFERENCE.pdf with anything but letters, digits, dot, dash and underscore replaced."""
    return "_".join(re.sub(r"[^A-Za-z0-9._-]+", "_", part) for part in (case_number, reference)) + ".pdf"


class _Rollback(Exception):
    def __init__(self, pdf: bytes):
        self.pdf = pdf


class _Drafted(Exception):
    def __init__(self, draft: DraftLetter):
        self.draft = draft


def _combine(pdfs: list[bytes]) -> bytes:
    """The PDFs one after another in one file, each byte-for-byte as given (its own page numbers)."""
    # pypdf loads on demand: the unlock screen must not wait for it.
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(PdfReader(io.BytesIO(pdf)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _template_info(template_id: str) -> letters.TemplateInfo:
    info = next((t for t in letters.list_templates() if t.id == template_id), None)
    if info is None:
        raise ValidationError({"template": msg("Letters", "There is no letter template “{template}”.",
                                               template=template_id)})
    return info


def _render(content: letters.LetterContent) -> bytes:
    try:
        return letters.render_letter(content)
    except letters.LetterError as e:
        raise ShelterDeskError(msg("Letters", "The letter could not be made: {why}", why=carried(e))) from None


def _photo(conn, req: LetterRequest, agency_kind: AgencyKind, consent: Consent | None) -> bytes:
    """The stored photo for the letter: only to an embassy, only under the person's valid consent."""
    if agency_kind != AgencyKind.EMBASSY or consent is None:
        raise ConsentRequired(msg("Letters", "A photo goes only on a letter to an embassy, and only with the "
                                  "person's valid embassy consent (an override does not cover a photo)."))
    assert req.photo_attachment_id is not None
    attachment = attachments_repo.get(conn, req.photo_attachment_id)
    if attachment.survivor_id != req.survivor_id or not attachment.media_type.is_image:
        raise ValidationError({"photo": msg("Letters", "Choose a photo or image scan stored with this person's "
                                            "case.")})
    return attachments_repo.content(conn, attachment.id)

