"""The records of the register as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .enums import (
    AgencyKind,
    CaseStatus,
    ConsentKind,
    DocumentStatus,
    DocumentType,
    ExitPermitStatus,
    ExploitationType,
    NeedCategory,
    NeedPriority,
    NeedStatus,
    ReferralPriority,
    ReferralStatus,
    Role,
    Sex,
    TraffickingIndicator,
    TravelDocumentStatus,
    Vulnerability,
)

# Nationality values besides ISO 3166 alpha-2 codes.
STATELESS = "stateless"
UNKNOWN_NATIONALITY = "unknown"


@dataclass
class IdentityDocument:
    doc_type: DocumentType = DocumentType.PASSPORT
    number: str = ""
    issuing_country: str = ""
    expiry: date | None = None
    status: DocumentStatus = DocumentStatus.IN_HAND


@dataclass
class Immigration:
    entry_date: date | None = None
    visa_type: str = ""
    visa_expiry: date | None = None
    overstay_days: int | None = None
    overstay_fine: str = ""  # amount with currency, as the immigration office states it
    exit_permit_status: ExitPermitStatus = ExitPermitStatus.NOT_STARTED


@dataclass
class TraffickingProfile:
    exploitation_types: list[ExploitationType] = field(default_factory=list)
    recruitment_channel: str = ""  # e.g. social media job advert, friend, agent
    recruitment_platform: str = ""  # e.g. Facebook, Telegram
    compound_location: str = ""
    held_from: date | None = None
    held_until: date | None = None
    means_of_control: list[str] = field(default_factory=list)
    how_left: str = ""
    referred_in_by: str = ""
    indicators: list[TraffickingIndicator] = field(default_factory=list)
    police_report: str = ""  # report or complaint number, if the person chose to report


@dataclass
class ShelterStay:
    admission_date: date | None = None
    discharge_date: date | None = None
    discharge_destination: str = ""


@dataclass
class NextOfKin:
    name: str = ""
    relation: str = ""
    phone: str = ""
    safe_to_contact: bool = False


@dataclass
class Survivor:
    family_name: str = ""
    given_names: str = ""
    native_name: str = ""
    aliases: list[str] = field(default_factory=list)
    preferred_name: str = ""
    sex: Sex = Sex.UNKNOWN
    gender: str = ""
    date_of_birth: date | None = None
    estimated_age: int | None = None
    dob_estimated: bool = False
    place_of_birth: str = ""
    # Consulates verify nationality against civil records, which list parents.
    father_name: str = ""
    mother_name: str = ""
    nationalities: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    interpreter_needed: bool = False
    phone: str = ""
    documents: list[IdentityDocument] = field(default_factory=list)
    immigration: Immigration = field(default_factory=Immigration)
    embassy_case_number: str = ""
    travel_document_status: TravelDocumentStatus = TravelDocumentStatus.NOT_STARTED
    home_address: str = ""
    # Where the person last lived in Cambodia, as the consulate's records need it;
    # not where they were held (that is trafficking.compound_location, sensitive).
    last_address_cambodia: str = ""
    next_of_kin: NextOfKin = field(default_factory=NextOfKin)
    trafficking: TraffickingProfile = field(default_factory=TraffickingProfile)
    stay: ShelterStay = field(default_factory=ShelterStay)
    vulnerabilities: list[Vulnerability] = field(default_factory=list)
    fit_to_fly: str = ""  # as a doctor stated it, e.g. "fit to fly, 2026-11-20, Dr …"
    medical_notes: str = ""  # only what the person agreed may be shared
    status: CaseStatus = CaseStatus.INTAKE
    notes: str = ""
    # Set by the vault.
    id: int | None = None
    case_number: str = ""
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def display_name(self) -> str:
        latin = " ".join(p for p in (self.family_name, self.given_names) if p)
        return latin or self.native_name

    def passport_numbers(self) -> list[str]:
        return [d.number for d in self.documents if d.number]


@dataclass
class Consent:
    survivor_id: int
    kind: ConsentKind
    given_on: date
    recorded_by: str = ""
    interpreter: str = ""
    expires_on: date | None = None
    withdrawn_on: date | None = None
    notes: str = ""
    id: int | None = None

    def is_valid(self, on: date) -> bool:
        if self.given_on > on:
            return False
        if self.withdrawn_on is not None and self.withdrawn_on <= on:
            return False
        return not (self.expires_on is not None and self.expires_on < on)


@dataclass
class Need:
    survivor_id: int
    category: NeedCategory
    priority: NeedPriority = NeedPriority.NORMAL
    status: NeedStatus = NeedStatus.OPEN
    description: str = ""
    responsible: str = ""  # staff username
    due_date: date | None = None
    outcome: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def is_overdue(self, today: date) -> bool:
        from .enums import OPEN_NEED_STATUSES

        return self.due_date is not None and self.due_date < today and self.status in OPEN_NEED_STATUSES


@dataclass
class Agency:
    kind: AgencyKind
    name: str
    nationalities: list[str] = field(default_factory=list)  # countries an embassy serves
    address: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    letter_language: str = "en"
    notes: str = ""
    id: int | None = None


@dataclass
class Referral:
    survivor_id: int
    agency_id: int
    reason: str = ""
    priority: ReferralPriority = ReferralPriority.NORMAL
    status: ReferralStatus = ReferralStatus.DRAFT
    need_ids: list[int] = field(default_factory=list)
    follow_up_due: date | None = None
    outcome: str = ""
    consent_id: int | None = None
    override_reason: str = ""
    created_by: str = ""
    reference: str = ""
    id: int | None = None
    created_at: datetime | None = None
    sent_on: date | None = None
    acknowledged_on: date | None = None
    closed_on: date | None = None

    def is_overdue(self, today: date) -> bool:
        from .enums import WAITING_REFERRAL_STATUSES

        return (
            self.follow_up_due is not None
            and self.follow_up_due < today
            and self.status in WAITING_REFERRAL_STATUSES
        )


@dataclass
class Disclosure:
    survivor_id: int | None  # None: a register-level export (many people, none named)
    recipient: str  # agency name as printed
    fields: list[str]
    disclosed_by: str
    kind: str = "letter"  # letter | export
    agency_id: int | None = None
    letter_id: int | None = None
    consent_id: int | None = None
    override_reason: str = ""
    sha256: str = ""
    at: datetime | None = None
    id: int | None = None


@dataclass
class StaffMember:
    username: str
    display_name: str
    role: Role
    disabled: bool = False
    must_change_passphrase: bool = False
    phone: str = ""
    email: str = ""
    title: str = ""
    id: int | None = None


@dataclass
class ShelterProfileData:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_png: bytes | None = None


@dataclass
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    detail: str
