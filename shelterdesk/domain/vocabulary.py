"""The one home of the labels for every closed vocabulary (the enum values in domain/enums.py).

The screens show them translated, the CLI in English; letters keep their own
bilingual tables (resources/letters/labels.toml) because a letter's language is
not the screen's. `QT_TRANSLATE_NOOP` only marks the texts for Qt's lupdate
(domain/translatable.py); this module imports no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from .messages import Message
from .translatable import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]  # (context, English text) -> text shown


def _english(_context: str, text: str) -> str:
    return text


LABELS: dict[str, str] = {
    # Role
    "administrator": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    "coordinator": QT_TRANSLATE_NOOP("Labels", "Coordinator"),
    "caseworker": QT_TRANSLATE_NOOP("Labels", "Case worker"),
    "readonly": QT_TRANSLATE_NOOP("Labels", "Read only"),
    # Sex
    "female": QT_TRANSLATE_NOOP("Labels", "Female"),
    "male": QT_TRANSLATE_NOOP("Labels", "Male"),
    "intersex": QT_TRANSLATE_NOOP("Labels", "Intersex"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
    # CaseStatus
    "intake": QT_TRANSLATE_NOOP("Labels", "Intake"),
    "sheltered": QT_TRANSLATE_NOOP("Labels", "Sheltered"),
    "awaiting_repatriation": QT_TRANSLATE_NOOP("Labels", "Awaiting repatriation"),
    "repatriated": QT_TRANSLATE_NOOP("Labels", "Repatriated"),
    "transferred": QT_TRANSLATE_NOOP("Labels", "Transferred"),
    "left": QT_TRANSLATE_NOOP("Labels", "Left"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    # DocumentType
    "passport": QT_TRANSLATE_NOOP("Labels", "Passport"),
    "national_id": QT_TRANSLATE_NOOP("Labels", "National ID card"),
    "travel_document": QT_TRANSLATE_NOOP("Labels", "Travel document"),
    "birth_certificate": QT_TRANSLATE_NOOP("Labels", "Birth certificate"),
    "work_permit": QT_TRANSLATE_NOOP("Labels", "Work permit"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    # DocumentStatus
    "in_hand": QT_TRANSLATE_NOOP("Labels", "In hand"),
    "held_by_employer": QT_TRANSLATE_NOOP("Labels", "Held by employer or syndicate"),
    "lost": QT_TRANSLATE_NOOP("Labels", "Lost"),
    "with_police": QT_TRANSLATE_NOOP("Labels", "With police"),
    "copy_only": QT_TRANSLATE_NOOP("Labels", "Copy only"),
    "none": QT_TRANSLATE_NOOP("Labels", "None"),
    # TravelDocumentStatus
    "not_needed": QT_TRANSLATE_NOOP("Labels", "Not needed"),
    "not_started": QT_TRANSLATE_NOOP("Labels", "Not started"),
    "requested": QT_TRANSLATE_NOOP("Labels", "Requested"),
    "interviewed": QT_TRANSLATE_NOOP("Labels", "Interviewed"),
    "issued": QT_TRANSLATE_NOOP("Labels", "Issued"),
    "collected": QT_TRANSLATE_NOOP("Labels", "Collected"),
    # ExitPermitStatus
    "applied": QT_TRANSLATE_NOOP("Labels", "Applied"),
    "fine_waiver_requested": QT_TRANSLATE_NOOP("Labels", "Fine waiver requested"),
    "granted": QT_TRANSLATE_NOOP("Labels", "Granted"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused"),
    # ExploitationType
    "forced_criminality": QT_TRANSLATE_NOOP("Labels", "Forced criminality (online scams)"),
    "forced_labour": QT_TRANSLATE_NOOP("Labels", "Forced labour"),
    "sexual_exploitation": QT_TRANSLATE_NOOP("Labels", "Sexual exploitation"),
    "domestic_servitude": QT_TRANSLATE_NOOP("Labels", "Domestic servitude"),
    "debt_bondage": QT_TRANSLATE_NOOP("Labels", "Debt bondage"),
    "forced_marriage": QT_TRANSLATE_NOOP("Labels", "Forced marriage"),
    # TraffickingIndicator (ILO); debt_bondage is labelled above
    "deception": QT_TRANSLATE_NOOP("Labels", "Deception about the job"),
    "restriction_of_movement": QT_TRANSLATE_NOOP("Labels", "Restriction of movement"),
    "isolation": QT_TRANSLATE_NOOP("Labels", "Isolation"),
    "physical_violence": QT_TRANSLATE_NOOP("Labels", "Physical violence"),
    "intimidation_and_threats": QT_TRANSLATE_NOOP("Labels", "Intimidation and threats"),
    "retention_of_documents": QT_TRANSLATE_NOOP("Labels", "Retention of identity documents"),
    "withholding_of_wages": QT_TRANSLATE_NOOP("Labels", "Withholding of wages"),
    "abusive_conditions": QT_TRANSLATE_NOOP("Labels", "Abusive working and living conditions"),
    "excessive_overtime": QT_TRANSLATE_NOOP("Labels", "Excessive overtime"),
    "abuse_of_vulnerability": QT_TRANSLATE_NOOP("Labels", "Abuse of vulnerability"),
    # Vulnerability
    "minor": QT_TRANSLATE_NOOP("Labels", "Minor"),
    "pregnant": QT_TRANSLATE_NOOP("Labels", "Pregnant"),
    "injured": QT_TRANSLATE_NOOP("Labels", "Injured"),
    "disability": QT_TRANSLATE_NOOP("Labels", "Disability"),
    # ConsentKind / AgencyKind
    "embassy": QT_TRANSLATE_NOOP("Labels", "Embassy"),
    "agency": QT_TRANSLATE_NOOP("Labels", "Anti-trafficking agency"),
    "police": QT_TRANSLATE_NOOP("Labels", "Police"),
    "provider": QT_TRANSLATE_NOOP("Labels", "Service provider"),
    "statistics": QT_TRANSLATE_NOOP("Labels", "Anonymised statistics"),
    "transfer": QT_TRANSLATE_NOOP("Labels", "Transfer to another shelter"),
    # NeedCategory
    "shelter": QT_TRANSLATE_NOOP("Labels", "Shelter"),
    "food": QT_TRANSLATE_NOOP("Labels", "Food"),
    "medical": QT_TRANSLATE_NOOP("Labels", "Medical"),
    "psychosocial": QT_TRANSLATE_NOOP("Labels", "Psychosocial"),
    "legal": QT_TRANSLATE_NOOP("Labels", "Legal"),
    "repatriation": QT_TRANSLATE_NOOP("Labels", "Repatriation"),
    "family_contact": QT_TRANSLATE_NOOP("Labels", "Family contact"),
    "fine_waiver": QT_TRANSLATE_NOOP("Labels", "Immigration fine waiver"),
    "cash": QT_TRANSLATE_NOOP("Labels", "Cash"),
    "interpretation": QT_TRANSLATE_NOOP("Labels", "Interpretation"),
    "protection": QT_TRANSLATE_NOOP("Labels", "Protection"),
    # NeedPriority / ReferralPriority
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent (72 h)"),
    "emergency": QT_TRANSLATE_NOOP("Labels", "Emergency (24 h)"),
    # NeedStatus
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "on_hold": QT_TRANSLATE_NOOP("Labels", "On hold"),
    "met": QT_TRANSLATE_NOOP("Labels", "Met"),
    "cannot_be_met": QT_TRANSLATE_NOOP("Labels", "Cannot be met"),
    # ReferralStatus
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "acknowledged": QT_TRANSLATE_NOOP("Labels", "Acknowledged"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}

# Some values mean different things in different vocabularies.
CONTEXT_LABELS: dict[tuple[str, str], str] = {
    ("NeedPriority", "urgent"): QT_TRANSLATE_NOOP("Labels", "Urgent"),
    ("DocumentStatus", "none"): QT_TRANSLATE_NOOP("Labels", "No document"),
}

# Verbs for the status buttons ("Mark as sent").
STATUS_ACTIONS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Labels", "Reopen"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "Start work"),
    "on_hold": QT_TRANSLATE_NOOP("Labels", "Put on hold"),
    "met": QT_TRANSLATE_NOOP("Labels", "Mark met"),
    "cannot_be_met": QT_TRANSLATE_NOOP("Labels", "Cannot be met"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Mark sent"),
    "acknowledged": QT_TRANSLATE_NOOP("Labels", "Mark acknowledged"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Mark accepted"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Mark declined"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Mark completed"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdraw"),
}


def label(value: StrEnum | str, translate: Translate = _english) -> str:
    """The label of a vocabulary value, in English or through `translate` ("Labels" context)."""
    key = (type(value).__name__, str(value))
    text = CONTEXT_LABELS.get(key) or LABELS.get(str(value)) or str(value).replace("_", " ")
    return translate("Labels", text)


def label_message(value: StrEnum | str) -> Message:
    """The label of a vocabulary value as a message: English here, translated where it is shown."""
    return Message("Labels", label(value), {})


def status_action(value: StrEnum | str, translate: Translate = _english) -> str:
    """The verb on a button that moves a need or referral to `value`."""
    return translate("Labels", STATUS_ACTIONS[str(value)])
