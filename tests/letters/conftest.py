"""Fixtures for the letter tests: a sample letter and PDF read-back helpers."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest

from shelterdesk.letters import (
    Addressee,
    ConsentStatement,
    Contact,
    DisclosedField,
    LetterContent,
    NeedLine,
    ShelterProfile,
)

# Names from the design notes: one per script the letters must print.
NAMES_BY_SCRIPT = {
    "chinese": "张伟",
    "korean": "김민준",
    "khmer": "សុខ ដារ៉ា",
    "bengali": "মোহাম্মদ রহমান",
    "devanagari": "राम बहादुर",
    "ethiopic": "አበበ በቀለ",
    "arabic": "محمد أحمد",
    "urdu": "عمران خان ٹھیکیدار",
    "vietnamese": "Nguyễn Văn An",
    "thai": "สมชาย ใจดี",
    "lao": "ສົມພອນ ແກ້ວ",
    "burmese": "အောင် ကျော်",
    "tamil": "முருகன் செல்வம்",
    "sinhala": "නිමල් පෙරේරා",
}


@pytest.fixture
def shelter() -> ShelterProfile:
    return ShelterProfile(
        name="Safe Haven Shelter Cambodia",
        address="No. 12, Street 271, Khan Chamkarmon, Phnom Penh, Cambodia",
        phone="+855 23 000 000",
        email="referrals@example.org",
    )


@pytest.fixture
def make_letter(shelter: ShelterProfile) -> Callable[..., LetterContent]:
    base = LetterContent(
        template_id="embassy_travel_document",
        languages=("en",),
        shelter=shelter,
        reference="REF-2026-00017",
        issued_on=date(2026, 11, 25),
        addressee=Addressee("Embassy of the Republic of Indonesia", "Phnom Penh",
                            "Consular Section"),
        family_name="WIJAYA",
        given_names="Siti Rahayu",
        native_name="",
        case_number="SD-2026-0042",
        fields=(DisclosedField("passport_number", "C1234567"),
                DisclosedField("nationality", "Indonesia")),
        needs=(NeedLine("need_travel_document", "priority_urgent"),),
        reason="Referred by the police after leaving the compound.",
        consent=ConsentStatement(date(2026, 11, 20), "Sokha Chan", interpreter="Dewi Lestari"),
        case_worker=Contact("Sokha Chan", "Case worker", "+855 12 345 678", "sokha@example.org"),
        signatory=Contact("Dara Kim", "Shelter coordinator"),
        attachments=("Copy of police report",),
    )

    def make(**changes: object) -> LetterContent:
        return dataclasses.replace(base, **changes)

    return make
