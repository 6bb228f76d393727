"""The register shows an ended stay's length and never paints it overdue."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from shelterdesk.domain.enums import CaseStatus
from shelterdesk.domain.models import ShelterStay, Survivor
from shelterdesk.ui.register_model import DAYS, FOLLOW_UP, OVERDUE_ROLE, RegisterModel


def test_a_repatriated_person_is_not_counted_as_still_in_the_shelter(qtbot, services):
    today = services.session.clock.today()
    case = services.cases.register(Survivor(family_name="Rai", nationalities=["NP"],
                                            stay=ShelterStay(admission_date=today - timedelta(days=505))))
    services.consents.record(case.id, "embassy")
    referral = services.referrals.create(case.id, services.agencies.embassies_for("NP")[0].id)
    services.referrals.set_status(referral.id, "sent")
    services.referrals.set_follow_up(referral.id, today - timedelta(days=30))
    model = RegisterModel(services)
    assert model.data(model.index(0, FOLLOW_UP), OVERDUE_ROLE) is True

    case = services.cases.get(case.id)
    case.status = CaseStatus.REPATRIATED
    case.stay.discharge_date = today - timedelta(days=400)
    services.cases.update(case)
    model.refresh()
    assert model.data(model.index(0, DAYS)) == "105"
    assert model.data(model.index(0, FOLLOW_UP), OVERDUE_ROLE) is False
    assert model.data(model.index(0, FOLLOW_UP), Qt.ItemDataRole.BackgroundRole) is None
