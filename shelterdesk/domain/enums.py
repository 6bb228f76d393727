"""Closed vocabularies of the register. Values are stored in the vault: never rename one."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    COORDINATOR = "coordinator"
    CASEWORKER = "caseworker"
    READONLY = "readonly"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    INTERSEX = "intersex"
    UNKNOWN = "unknown"


class CaseStatus(StrEnum):
    INTAKE = "intake"
    SHELTERED = "sheltered"
    AWAITING_REPATRIATION = "awaiting_repatriation"
    REPATRIATED = "repatriated"
    TRANSFERRED = "transferred"
    LEFT = "left"
    CLOSED = "closed"


ACTIVE_CASE_STATUSES = frozenset(
    {CaseStatus.INTAKE, CaseStatus.SHELTERED, CaseStatus.AWAITING_REPATRIATION}
)
# States that end a stay: the "days in the shelter" count stops at discharge, nothing is overdue.
END_OF_STAY_STATUSES = frozenset(set(CaseStatus) - ACTIVE_CASE_STATUSES)


class DocumentType(StrEnum):
    PASSPORT = "passport"
    NATIONAL_ID = "national_id"
    TRAVEL_DOCUMENT = "travel_document"
    BIRTH_CERTIFICATE = "birth_certificate"
    WORK_PERMIT = "work_permit"
    OTHER = "other"


class DocumentStatus(StrEnum):
    IN_HAND = "in_hand"
    HELD_BY_EMPLOYER = "held_by_employer"
    LOST = "lost"
    WITH_POLICE = "with_police"
    COPY_ONLY = "copy_only"
    NONE = "none"


class TravelDocumentStatus(StrEnum):
    NOT_NEEDED = "not_needed"
    NOT_STARTED = "not_started"
    REQUESTED = "requested"
    INTERVIEWED = "interviewed"
    ISSUED = "issued"
    COLLECTED = "collected"


class ExitPermitStatus(StrEnum):
    NOT_STARTED = "not_started"
    APPLIED = "applied"
    FINE_WAIVER_REQUESTED = "fine_waiver_requested"
    GRANTED = "granted"
    REFUSED = "refused"


class ExploitationType(StrEnum):
    FORCED_CRIMINALITY = "forced_criminality"  # online scam compounds
    FORCED_LABOUR = "forced_labour"
    SEXUAL_EXPLOITATION = "sexual_exploitation"
    DOMESTIC_SERVITUDE = "domestic_servitude"
    DEBT_BONDAGE = "debt_bondage"
    FORCED_MARRIAGE = "forced_marriage"
    OTHER = "other"


class TraffickingIndicator(StrEnum):
    """ILO indicators of forced labour, as recorded from the person's account."""

    DECEPTION = "deception"
    RESTRICTION_OF_MOVEMENT = "restriction_of_movement"
    ISOLATION = "isolation"
    PHYSICAL_VIOLENCE = "physical_violence"
    INTIMIDATION_AND_THREATS = "intimidation_and_threats"
    RETENTION_OF_DOCUMENTS = "retention_of_documents"
    WITHHOLDING_OF_WAGES = "withholding_of_wages"
    DEBT_BONDAGE = "debt_bondage"
    ABUSIVE_CONDITIONS = "abusive_conditions"
    EXCESSIVE_OVERTIME = "excessive_overtime"
    ABUSE_OF_VULNERABILITY = "abuse_of_vulnerability"


class Vulnerability(StrEnum):
    MINOR = "minor"
    PREGNANT = "pregnant"
    INJURED = "injured"
    DISABILITY = "disability"


class ConsentKind(StrEnum):
    EMBASSY = "embassy"
    AGENCY = "agency"
    POLICE = "police"
    PROVIDER = "provider"
    STATISTICS = "statistics"
    TRANSFER = "transfer"  # handing the whole case to another shelter


class NeedCategory(StrEnum):
    SHELTER = "shelter"
    FOOD = "food"
    MEDICAL = "medical"
    PSYCHOSOCIAL = "psychosocial"
    LEGAL = "legal"
    TRAVEL_DOCUMENT = "travel_document"
    REPATRIATION = "repatriation"
    FAMILY_CONTACT = "family_contact"
    FINE_WAIVER = "fine_waiver"
    CASH = "cash"
    INTERPRETATION = "interpretation"
    PROTECTION = "protection"


class NeedPriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class NeedStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    MET = "met"
    CANNOT_BE_MET = "cannot_be_met"


OPEN_NEED_STATUSES = frozenset({NeedStatus.OPEN, NeedStatus.IN_PROGRESS, NeedStatus.ON_HOLD})


class AgencyKind(StrEnum):
    EMBASSY = "embassy"
    AGENCY = "agency"  # anti-trafficking: national police unit, IOM, NGOs
    POLICE = "police"
    PROVIDER = "provider"  # medical, legal, psychosocial


class ReferralPriority(StrEnum):
    EMERGENCY = "emergency"  # 24 hours
    URGENT = "urgent"  # 72 hours
    NORMAL = "normal"


class ReferralStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


# Referrals whose answer is still awaited from the agency.
WAITING_REFERRAL_STATUSES = frozenset(
    {ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED}
)
