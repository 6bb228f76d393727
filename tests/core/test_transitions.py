"""Need and referral state machines: legal moves accepted, every other one refused with a reason."""

from __future__ import annotations

import itertools

import pytest

from shelterdesk.domain.enums import NeedStatus, ReferralStatus
from shelterdesk.domain.errors import IllegalTransition
from shelterdesk.domain.models import Survivor
from shelterdesk.domain.transitions import (
    NEED_TRANSITIONS,
    REFERRAL_TRANSITIONS,
    check_need_transition,
    check_referral_transition,
)


@pytest.mark.parametrize("old,new", list(itertools.product(NeedStatus, NeedStatus)))
def test_need_transitions(old: NeedStatus, new: NeedStatus) -> None:
    if new in NEED_TRANSITIONS[old]:
        check_need_transition(old, new)
    else:
        with pytest.raises(IllegalTransition, match="Allowed next"):
            check_need_transition(old, new)


@pytest.mark.parametrize("old,new", list(itertools.product(ReferralStatus, ReferralStatus)))
def test_referral_transitions(old: ReferralStatus, new: ReferralStatus) -> None:
    if new in REFERRAL_TRANSITIONS[old]:
        check_referral_transition(old, new)
    else:
        with pytest.raises(IllegalTransition, match="cannot become"):
            check_referral_transition(old, new)


def test_services_follow_the_machines_and_stamp_dates(services) -> None:
    sid = services.cases.register(Survivor(family_name="Santoso", given_names="Budi", nationalities=["ID"])).id
    need = services.needs.add(sid, "travel_document")
    with pytest.raises(IllegalTransition):
        services.needs.set_status(need.id, "open")
    assert services.needs.set_status(need.id, "met", outcome="SPLP issued").status == NeedStatus.MET
    services.consents.record(sid, "embassy")
    embassy = services.agencies.embassies_for("ID")[0]
    ref = services.referrals.create(sid, embassy.id, need_ids=[need.id])
    with pytest.raises(IllegalTransition, match="draft cannot become completed"):
        services.referrals.set_status(ref.id, "completed")
    sent = services.referrals.set_status(ref.id, "sent")
    assert sent.sent_on == services.session.clock.today() and sent.follow_up_due is not None
    done = services.referrals.set_status(services.referrals.set_status(ref.id, "accepted").id, "completed")
    assert done.closed_on is not None
    with pytest.raises(IllegalTransition, match="closed"):
        services.referrals.set_status(ref.id, "sent")
