"""People whose coded values are known, for the export and import tests."""

from __future__ import annotations

from datetime import date

from shelterdesk.domain.enums import ExploitationType, Sex, TraffickingIndicator
from shelterdesk.domain.models import IdentityDocument, ShelterStay, Survivor, TraffickingProfile
from shelterdesk.services.registry import Services


def person(n: int, nationality: str = "ID", *, sex: Sex = Sex.FEMALE, dob: date = date(2000, 5, 1),
           admitted: date = date(2026, 3, 10)) -> Survivor:
    return Survivor(
        family_name=f"Family{n:04d}", given_names=f"Given{n:04d}", native_name="", sex=sex, date_of_birth=dob,
        nationalities=[nationality], documents=[IdentityDocument(number=f"P{n:07d}")],
        stay=ShelterStay(admission_date=admitted),
        trafficking=TraffickingProfile(exploitation_types=[ExploitationType.FORCED_CRIMINALITY],
                                       indicators=[TraffickingIndicator.RETENTION_OF_DOCUMENTS],
                                       recruitment_channel="a friend from home"),
    )


def register(services: Services, people: list[Survivor], *, consent: bool = True) -> list[Survivor]:
    saved = []
    for s in people:
        s = services.cases.register(s, confirm_not_duplicate=True)
        if consent:
            services.consents.record(s.id, "statistics", given_on=date(2026, 3, 12))
        saved.append(s)
    return saved
