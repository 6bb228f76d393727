"""The services hold the rules, so intake, the case file, the CLI and imports all get the same answer."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from shelterdesk.domain.enums import CaseStatus
from shelterdesk.domain.errors import ValidationError
from shelterdesk.domain.models import Agency, Survivor
from shelterdesk.domain.validation import MAX_TEXT
from shelterdesk.services.letters import LetterRequest
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import set_shelter_profile, shelter_profile

BAD_TEXTS = {"NUL": "bad\x00value", "longer than 10 MB": "x" * (MAX_TEXT + 1),
             "broken character": "half a pair \ud83d"}


def _case(services: Services) -> Survivor:
    return services.cases.register(Survivor(family_name="Rai", nationalities=["NP"]))


def _need(services: Services) -> int:
    return services.needs.add(_case(services).id, "medical").id


def _referral(services: Services) -> int:
    case = _case(services)
    services.consents.record(case.id, "embassy")
    return services.referrals.create(case.id, services.agencies.embassies_for("NP")[0].id).id


def _agency(services: Services, text: str) -> None:
    services.agencies.save(Agency(kind="provider", name="Clinic", address=text))


# Every service write that takes free text, with the text in one of its fields.
WRITES: dict[str, Callable[[Services, str], object]] = {
    "survivor notes": lambda s, t: s.cases.register(Survivor(family_name="Rai", nationalities=["NP"], notes=t)),
    "need description": lambda s, t: s.needs.add(_case(s).id, "medical", description=t),
    "need edit": lambda s, t: s.needs.update(dataclasses.replace(s.needs.get(_need(s)), outcome=t)),
    "need outcome": lambda s, t: s.needs.set_status(_need(s), "in_progress", outcome=t),
    "consent notes": lambda s, t: s.consents.record(_case(s).id, "embassy", interpreter=t),
    "referral reason": lambda s, t: s.referrals.create(
        _case(s).id, s.agencies.embassies_for("NP")[0].id, reason=t, override_reason="urgent"),
    "referral outcome": lambda s, t: s.referrals.set_status(_referral(s), "sent", outcome=t),
    "agency address": _agency,
    "staff title": lambda s, t: s.staff.update_profile(dataclasses.replace(s.session.actor, title=t)),
    "shelter profile": lambda s, t: set_shelter_profile(
        s.session, dataclasses.replace(shelter_profile(s.session), address=t)),
    "letter override reason": lambda s, t: s.letters.preview(LetterRequest(
        _case(s).id, s.agencies.embassies_for("NP")[0].id, override_reason=t)),
}


@pytest.mark.parametrize("problem", list(BAD_TEXTS))
@pytest.mark.parametrize("write", list(WRITES))
def test_every_text_field_has_the_same_rules(services, write, problem):
    with pytest.raises(ValidationError) as refused:
        WRITES[write](services, BAD_TEXTS[problem])
    assert problem in str(refused.value)


def test_date_of_birth_or_estimated_age_not_both_at_intake_and_in_the_case_file(services, clock):
    both = Survivor(family_name="Rai", nationalities=["NP"], date_of_birth=date(1996, 3, 14), estimated_age=30)
    with pytest.raises(ValidationError) as refused:
        services.cases.register(both)
    assert "not both" in refused.value.errors["estimated_age"]
    case = services.cases.register(Survivor(family_name="Rai", nationalities=["NP"], estimated_age=30))
    case.date_of_birth = date(1996, 3, 14)
    with pytest.raises(ValidationError, match="not both"):
        services.cases.update(case)
    assert services.cases.get(case.id).date_of_birth is None


def test_a_stay_that_ends_gets_its_discharge_date(services, clock):
    case = services.cases.register(Survivor(family_name="Rai", nationalities=["NP"]))
    case.status = CaseStatus.REPATRIATED
    saved = services.cases.update(case)
    assert saved.stay.discharge_date == clock.today()
    written = clock.today() - timedelta(days=3)
    saved.stay.discharge_date = written
    assert services.cases.update(saved).stay.discharge_date == written
