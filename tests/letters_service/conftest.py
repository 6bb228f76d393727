"""Fixtures for the letter service: a case with planted values, an embassy, a provider."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from letter_checks import COMPOUND, EMBASSY_CASE, HOME, HOW_LEFT, NOTES, PASSPORT, PHONE, VISA

from shelterdesk.domain.enums import DocumentStatus, ExploitationType, TravelDocumentStatus
from shelterdesk.domain.models import (
    Agency,
    IdentityDocument,
    Immigration,
    NextOfKin,
    ShelterStay,
    Survivor,
    TraffickingProfile,
)
from shelterdesk.services.registry import Services

# pytest-qt makes its session-wide QApplication before the autouse fixture sets this.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

@dataclass
class Office:
    svc: Services
    embassy_id: int  # Indonesia, with an address
    make_case: Callable[..., int]


@pytest.fixture
def office(services: Services) -> Office:
    svc = services
    embassy = svc.agencies.embassies_for("ID")[0]
    embassy.address = "Phnom Penh"
    embassy.contact_person = "Consular Section"
    svc.agencies.save(embassy)
    today = svc.session.clock.today()

    def make_case(family: str = "WIJAYA", given: str = "Siti Rahayu", native: str = "",
                  nationality: str = "ID", consent: str | None = "embassy", need: str | None = "travel_document",
                  **extra: object) -> int:
        survivor = Survivor(
            family_name=family, given_names=given, native_name=native, nationalities=[nationality],
            date_of_birth=date(1996, 3, 14), languages=["id"], phone=PHONE, notes=NOTES,
            documents=[IdentityDocument(number=PASSPORT, issuing_country=nationality,
                                        status=DocumentStatus.HELD_BY_EMPLOYER)],
            immigration=Immigration(entry_date=date(2025, 9, 1), visa_type=VISA, overstay_days=40),
            embassy_case_number=EMBASSY_CASE, travel_document_status=TravelDocumentStatus.REQUESTED,
            home_address=HOME, next_of_kin=NextOfKin("Budi", "brother", "+62 812 0000", safe_to_contact=True),
            trafficking=TraffickingProfile(exploitation_types=[ExploitationType.FORCED_CRIMINALITY],
                                           compound_location=COMPOUND, how_left=HOW_LEFT),
            stay=ShelterStay(admission_date=today - timedelta(days=12)),
        )
        for key, value in extra.items():
            setattr(survivor, key, value)
        sid = svc.cases.register(survivor, confirm_not_duplicate=True).id
        if need:
            svc.needs.add(sid, need, priority="urgent", description="Passport held by the compound")
        if consent:
            svc.consents.record(sid, consent, given_on=today - timedelta(days=3), interpreter="Dewi Lestari")
        return sid

    return Office(svc, embassy.id, make_case)


@pytest.fixture
def provider(services: Services) -> int:
    return services.agencies.save(Agency(kind="provider", name="Calmette Hospital", address="Phnom Penh")).id
