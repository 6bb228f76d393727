"""A stored photo on an embassy letter: only with the person's valid embassy consent, read back from the PDF."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from shelterdesk.domain.enums import AgencyKind, ConsentKind
from shelterdesk.domain.errors import ConsentRequired, ValidationError
from shelterdesk.domain.models import Agency, Survivor
from shelterdesk.services.letters import LetterRequest
from tests.attachments.samples import pdf_scan, photo_with_location


def images_in(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def case(services) -> Survivor:
    return services.cases.register(Survivor(family_name="Nugroho", given_names="Siti", nationalities=["ID"]))


def test_photo_goes_on_an_embassy_letter_with_consent(services, case):
    photo = services.attachments.add(case.id, "face.jpg", photo_with_location(size=(300, 400)), "photo")
    services.consents.record(case.id, ConsentKind.EMBASSY, given_on=date(2026, 11, 20))
    embassy = services.agencies.embassies_for("ID")[0]
    plain = services.letters.issue(LetterRequest(case.id, embassy.id))
    with_photo = services.letters.issue(LetterRequest(case.id, embassy.id, photo_attachment_id=photo.id))
    assert images_in(plain.pdf) == 0 and images_in(with_photo.pdf) == 1
    assert "photo" in with_photo.fields
    assert "photo" in services.letters.disclosures(case.id)[-1].fields


def test_no_photo_without_consent_to_an_embassy(services, case):
    photo = services.attachments.add(case.id, "face.jpg", photo_with_location(), "photo")
    scan = services.attachments.add(case.id, "scan.pdf", pdf_scan(), "passport_scan")
    embassy = services.agencies.embassies_for("ID")[0]
    with pytest.raises(ConsentRequired, match="photo"):  # an override covers the letter, never the photo
        services.letters.issue(LetterRequest(case.id, embassy.id, override_reason="urgent travel document",
                                             photo_attachment_id=photo.id))
    services.consents.record(case.id, ConsentKind.EMBASSY, given_on=date(2026, 11, 20))
    services.consents.record(case.id, ConsentKind.PROVIDER, given_on=date(2026, 11, 20))
    with pytest.raises(ValidationError, match="photo"):
        services.letters.issue(LetterRequest(case.id, embassy.id, photo_attachment_id=scan.id))
    clinic = services.agencies.save(Agency(kind=AgencyKind.PROVIDER, name="Riverside Clinic"))
    with pytest.raises(ConsentRequired, match="only on a letter to an embassy"):
        services.letters.issue(LetterRequest(case.id, clinic.id, photo_attachment_id=photo.id))
    assert services.letters.disclosures(case.id) == []
