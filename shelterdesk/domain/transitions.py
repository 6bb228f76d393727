"""State machines for needs and referrals: which status may follow which."""

from __future__ import annotations

from .enums import NeedStatus, ReferralStatus
from .errors import IllegalTransition

N = NeedStatus
NEED_TRANSITIONS: dict[NeedStatus, frozenset[NeedStatus]] = {
    N.OPEN: frozenset({N.IN_PROGRESS, N.ON_HOLD, N.MET, N.CANNOT_BE_MET}),
    N.IN_PROGRESS: frozenset({N.ON_HOLD, N.MET, N.CANNOT_BE_MET, N.OPEN}),
    N.ON_HOLD: frozenset({N.IN_PROGRESS, N.OPEN, N.CANNOT_BE_MET}),
    N.MET: frozenset({N.OPEN}),  # reopen when the need comes back
    N.CANNOT_BE_MET: frozenset({N.OPEN}),
}

R = ReferralStatus
REFERRAL_TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    R.DRAFT: frozenset({R.SENT, R.WITHDRAWN}),
    R.SENT: frozenset({R.ACKNOWLEDGED, R.ACCEPTED, R.DECLINED, R.WITHDRAWN}),
    R.ACKNOWLEDGED: frozenset({R.ACCEPTED, R.DECLINED, R.WITHDRAWN}),
    R.ACCEPTED: frozenset({R.COMPLETED, R.WITHDRAWN}),
    R.DECLINED: frozenset(),
    R.COMPLETED: frozenset(),
    R.WITHDRAWN: frozenset(),
}


def _label(status: str) -> str:
    return status.replace("_", " ")


def check_need_transition(current: NeedStatus, new: NeedStatus) -> None:
    if new not in NEED_TRANSITIONS[current]:
        allowed = ", ".join(_label(s) for s in sorted(NEED_TRANSITIONS[current])) or "none"
        raise IllegalTransition(
            f"A need that is {_label(current)} cannot become {_label(new)}. Allowed next: {allowed}."
        )


def check_referral_transition(current: ReferralStatus, new: ReferralStatus) -> None:
    if new not in REFERRAL_TRANSITIONS[current]:
        allowed = ", ".join(_label(s) for s in sorted(REFERRAL_TRANSITIONS[current]))
        reason = f"Allowed next: {allowed}." if allowed else "It is closed; create a new referral instead."
        raise IllegalTransition(
            f"A referral that is {_label(current)} cannot become {_label(new)}. {reason}"
        )
