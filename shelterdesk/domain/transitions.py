"""State machines for needs and referrals: which status may follow which."""

from __future__ import annotations

from .enums import NeedStatus, ReferralStatus
from .errors import IllegalTransition
from .messages import joined, msg

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


# The status words as a sentence names them (lower case, unlike the labels of domain/vocabulary.py).
_WORDS: dict[str, str] = {
    N.OPEN: msg("Transitions", "open"),
    N.IN_PROGRESS: msg("Transitions", "in progress"),
    N.ON_HOLD: msg("Transitions", "on hold"),
    N.MET: msg("Transitions", "met"),
    N.CANNOT_BE_MET: msg("Transitions", "cannot be met"),
    R.DRAFT: msg("Transitions", "draft"),
    R.SENT: msg("Transitions", "sent"),
    R.ACKNOWLEDGED: msg("Transitions", "acknowledged"),
    R.ACCEPTED: msg("Transitions", "accepted"),
    R.DECLINED: msg("Transitions", "declined"),
    R.COMPLETED: msg("Transitions", "completed"),
    R.WITHDRAWN: msg("Transitions", "withdrawn"),
}


def _allowed(statuses: frozenset) -> str:
    return joined(", ", [_WORDS[s] for s in sorted(statuses)])


def check_need_transition(current: NeedStatus, new: NeedStatus) -> None:
    if new not in NEED_TRANSITIONS[current]:
        raise IllegalTransition(msg("Transitions", "A need that is {current} cannot become {new}. Allowed next: "
                                    "{allowed}.", current=_WORDS[current], new=_WORDS[new],
                                    allowed=_allowed(NEED_TRANSITIONS[current])))


def check_referral_transition(current: ReferralStatus, new: ReferralStatus) -> None:
    if new not in REFERRAL_TRANSITIONS[current]:
        allowed = REFERRAL_TRANSITIONS[current]
        reason = (msg("Transitions", "Allowed next: {allowed}.", allowed=_allowed(allowed)) if allowed
                  else msg("Transitions", "It is closed; create a new referral instead."))
        raise IllegalTransition(msg("Transitions", "A referral that is {current} cannot become {new}. {reason}",
                                    current=_WORDS[current], new=_WORDS[new], reason=reason))
