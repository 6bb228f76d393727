"""Referrals to agencies, gated by consent, following their state machine."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.enums import (
    ACTIVE_CASE_STATUSES,
    AgencyKind,
    ConsentKind,
    ReferralPriority,
    ReferralStatus,
)
from ..domain.errors import ConsentRequired, ValidationError
from ..domain.messages import msg
from ..domain.models import Consent, Referral
from ..domain.transitions import REFERRAL_TRANSITIONS, check_referral_transition
from ..domain.validation import check_texts
from ..storage.repos import agencies as agencies_repo
from ..storage.repos import consents as consents_repo
from ..storage.repos import needs as needs_repo
from ..storage.repos import referrals as repo
from ..storage.repos import survivors as survivors_repo
from .agencies import CONSENT_FOR_AGENCY
from .session import LETTER_ROLES, WRITE_ROLES, Session

FOLLOW_UP = {
    ReferralPriority.EMERGENCY: timedelta(days=1),
    ReferralPriority.URGENT: timedelta(days=3),
    ReferralPriority.NORMAL: timedelta(days=14),
}

# The consent a sentence names ("no valid embassy consent"): a word in the sentence's language.
CONSENT_WORDS = {
    ConsentKind.EMBASSY: msg("Consent kinds", "embassy"),
    ConsentKind.AGENCY: msg("Consent kinds", "agency"),
    ConsentKind.POLICE: msg("Consent kinds", "police"),
    ConsentKind.PROVIDER: msg("Consent kinds", "provider"),
}


@dataclass(frozen=True)
class WaitingReferral:
    referral_id: int
    reference: str
    status: ReferralStatus
    priority: ReferralPriority
    agency_id: int
    agency_name: str
    agency_kind: str
    survivor_id: int
    case_number: str
    display_name: str
    native_name: str
    waiting_days: int
    follow_up_due: date | None
    overdue: bool


def this_week(today: date) -> tuple[date, date]:
    """The days a follow-up counts as due this week: today and the six after it."""
    return today, today + timedelta(days=6)


def consent_for(conn, survivor_id: int, agency_kind: str, on: date) -> Consent | None:
    kind = CONSENT_FOR_AGENCY[AgencyKind(agency_kind)]
    valid = [c for c in consents_repo.for_survivor(conn, survivor_id) if c.kind == kind and c.is_valid(on)]
    return valid[-1] if valid else None


def require_consent(session: Session, conn, survivor_id: int, agency_kind: str,
                    override_reason: str) -> Consent | None:
    """The valid consent for this recipient kind, or an override by a coordinator with a reason."""
    consent = consent_for(conn, survivor_id, agency_kind, session.clock.today())
    if consent is not None:
        return consent
    kind = CONSENT_FOR_AGENCY[AgencyKind(agency_kind)]
    if not override_reason.strip():
        raise ConsentRequired(msg(
            "Referrals", "There is no valid {kind} consent for this person. Record their consent first, or "
            "(coordinators) override with a written reason.", kind=CONSENT_WORDS[kind]))
    session.require(LETTER_ROLES)
    return None


class ReferralService:
    def __init__(self, session: Session):
        self.s = session

    def create(self, survivor_id: int, agency_id: int, *, need_ids: list[int] | None = None, reason: str = "",
               priority: ReferralPriority | str = ReferralPriority.NORMAL, follow_up_due: date | None = None,
               override_reason: str = "") -> Referral:
        self.s.require(WRITE_ROLES)
        try:
            priority = ReferralPriority(priority)
        except ValueError:
            raise ValidationError({"priority": msg("Referrals", "Choose emergency, urgent or normal.")}) from None
        check_texts(reason=reason, override_reason=override_reason)
        with self.s.vault.write() as conn:
            survivors_repo.get(conn, survivor_id)
            agency = agencies_repo.get(conn, agency_id)
            for nid in need_ids or []:
                if needs_repo.get(conn, nid).survivor_id != survivor_id:
                    raise ValidationError({"needs": msg("Referrals", "Need {need} belongs to another case.",
                                                        need=nid)})
            consent = require_consent(self.s, conn, survivor_id, agency.kind, override_reason)
            ref = Referral(
                survivor_id=survivor_id, agency_id=agency_id, reason=reason, priority=priority,
                need_ids=list(need_ids or []), created_by=self.s.actor.username,
                follow_up_due=follow_up_due or self.s.clock.today() + FOLLOW_UP[priority],
                consent_id=consent.id if consent else None,
                override_reason=override_reason.strip() if consent is None else "",
            )
            repo.insert(conn, ref, self.s.clock.now())
            detail = f"{ref.reference} agency {agency_id}"
            if consent is None:
                detail += " consent overridden"
            self.s.log(conn, "referral.create", "survivor", survivor_id, detail)
        return ref

    def get(self, referral_id: int) -> Referral:
        return repo.get(self.s.conn, referral_id)

    def id_for(self, reference: str) -> int:
        return repo.id_for_reference(self.s.conn, reference)

    def for_survivor(self, survivor_id: int) -> list[Referral]:
        return repo.for_survivor(self.s.conn, survivor_id)

    def allowed_next(self, referral: Referral) -> list[ReferralStatus]:
        return sorted(REFERRAL_TRANSITIONS[referral.status])

    def set_status(self, referral_id: int, status: ReferralStatus | str, outcome: str | None = None) -> Referral:
        self.s.require(WRITE_ROLES)
        try:
            new = ReferralStatus(status)
        except ValueError:
            raise ValidationError({"status": msg("Referrals", "“{status}” is not a referral status.",
                                                 status=status)}) from None
        check_texts(outcome=outcome or "")
        today = self.s.clock.today()
        with self.s.vault.write() as conn:
            ref = repo.get(conn, referral_id)
            check_referral_transition(ref.status, new)
            old, ref.status = ref.status, new
            if new == ReferralStatus.SENT:
                ref.sent_on = today
                ref.follow_up_due = today + FOLLOW_UP[ref.priority]
            elif new == ReferralStatus.ACKNOWLEDGED:
                ref.acknowledged_on = today
            elif new in (ReferralStatus.DECLINED, ReferralStatus.COMPLETED, ReferralStatus.WITHDRAWN):
                ref.closed_on = today
            if outcome is not None:
                ref.outcome = outcome
            repo.update(conn, ref)
            self.s.log(conn, "referral.status", "survivor", ref.survivor_id,
                       f"{ref.reference} {old.value}->{new.value}")
        return ref

    def set_follow_up(self, referral_id: int, due: date | None) -> Referral:
        self.s.require(WRITE_ROLES)
        with self.s.vault.write() as conn:
            ref = repo.get(conn, referral_id)
            ref.follow_up_due = due
            repo.update(conn, ref)
            self.s.log(conn, "referral.follow_up", "survivor", ref.survivor_id, ref.reference)
        return ref

    def waiting(self, *, agency_kind: str | None = None, overdue_only: bool = False, due_this_week: bool = False,
                statuses: list[str] | None = None) -> list[WaitingReferral]:
        """Referrals still waiting on an agency, oldest first within each agency; due_this_week keeps those
        whose follow-up falls from today to six days on (the dashboard's "follow-ups due this week")."""
        today = self.s.clock.today()
        out = []
        week = this_week(today) if due_this_week else None
        for r in repo.overview(self.s.conn, statuses, agency_kind, today, overdue_only, week):
            started = date.fromisoformat(r[5]) if r[5] else date.fromisoformat(r[4][:10])
            due = date.fromisoformat(r[6]) if r[6] else None
            status = ReferralStatus(r[2])
            out.append(WaitingReferral(
                r[0], r[1], status, ReferralPriority(r[3]), r[7], r[8], r[9], r[10], r[11],
                " ".join(p for p in (r[12], r[13]) if p), r[14], (today - started).days, due,
                bool(due and due < today) and r[16] in ACTIVE_CASE_STATUSES,
            ))
        return out

    def waiting_by_agency(self, **kwargs) -> dict[str, list[WaitingReferral]]:
        groups: dict[str, list[WaitingReferral]] = defaultdict(list)
        for w in self.waiting(**kwargs):
            groups[w.agency_name].append(w)
        return dict(groups)
