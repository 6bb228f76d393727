"""A stay that ended (repatriated, transferred, left, closed) stops the day count and nothing is overdue."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shelterdesk.domain.enums import END_OF_STAY_STATUSES, CaseStatus
from shelterdesk.domain.models import ShelterStay, Survivor
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services.registry import Services


def _overdue_case(services: Services, today: date) -> Survivor:
    """Admitted 505 days ago, with a referral whose follow-up is long past."""
    case = services.cases.register(Survivor(family_name="Rai", nationalities=["NP"],
                                            stay=ShelterStay(admission_date=today - timedelta(days=505))))
    services.consents.record(case.id, "embassy")
    embassy = services.agencies.embassies_for("NP")[0].id
    referral = services.referrals.create(case.id, embassy)
    services.referrals.set_status(referral.id, "sent")
    services.referrals.set_follow_up(referral.id, today - timedelta(days=30))
    return services.cases.get(case.id)


def _summary(services: Services):
    [summary] = services.cases.search(CaseQuery())
    return summary


def test_an_open_stay_counts_to_today_and_is_overdue(services, clock):
    today = clock.today()
    _overdue_case(services, today)
    summary = _summary(services)
    assert summary.days_in_shelter(today) == 505
    assert summary.next_follow_up == today - timedelta(days=30)
    assert services.cases.count(CaseQuery(overdue=True)) == 1
    assert [w.overdue for w in services.referrals.waiting()] == [True]


@pytest.mark.parametrize("status", sorted(END_OF_STAY_STATUSES))
def test_an_ended_stay_counts_to_discharge_and_is_not_overdue(services, clock, status):
    today = clock.today()
    case = _overdue_case(services, today)
    case.status = CaseStatus(status)
    case.stay.discharge_date = today - timedelta(days=400)
    services.cases.update(case)
    summary = _summary(services)
    assert summary.days_in_shelter(today) == 105
    assert summary.next_follow_up is None
    assert services.cases.count(CaseQuery(overdue=True)) == 0
    assert services.cases.search(CaseQuery(overdue=True)) == []
    assert [w.overdue for w in services.referrals.waiting()] == [False]
    assert services.referrals.waiting(overdue_only=True) == []


def test_ending_a_stay_without_a_date_ends_it_today(services, clock):
    today = clock.today()
    case = _overdue_case(services, today)
    case.status = CaseStatus.REPATRIATED
    services.cases.update(case)
    assert _summary(services).days_in_shelter(today + timedelta(days=10)) == 505
