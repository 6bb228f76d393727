"""Issuing one letter: what it says, what it must not say, and what the vault records."""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta

import pytest
from letter_checks import COMPOUND, EMBASSY_CASE, HOME, HOW_LEFT, NOTES, PASSPORT, VISA

from shelterdesk.domain.enums import Role
from shelterdesk.domain.errors import ConsentRequired, PermissionDenied, ValidationError
from shelterdesk.services.letters import LetterRequest, PrintingRefused
from tests.shared import flat, pdf_fonts, pdf_pages, pdf_text, services_as

NAMES_BY_SCRIPT = {
    "vietnamese": "Nguyễn Văn An",
    "chinese": "张伟",
    "korean": "김민준",
    "khmer": "សុខ ដារ៉ា",
    "thai": "สมชาย ใจดี",
    "lao": "ສົມພອນ ແກ້ວ",
    "burmese": "အောင် ကျော်",
    "bengali": "মোহাম্মদ রহমান",
    "devanagari": "राम बहादुर",
    "tamil": "முருகன் செல்வம்",
    "sinhala": "නිමල් පෙරේරා",
    "ethiopic": "አበበ በቀለ",
    "arabic": "محمد أحمد",
    "urdu": "عمران خان ٹھیکیدار",
}


def _nothing_stored(svc, sid: int) -> None:
    assert svc.letters.letters_for(sid) == []
    assert svc.letters.disclosures(sid) == []


def test_letter_reads_back_with_name_reference_marking_and_page_numbers(office, tmp_path):
    svc = office.svc
    # Enough attachments to flow onto a second page.
    sid = office.make_case()
    issued = svc.letters.issue(LetterRequest(sid, office.embassy_id,
                                             attachments=[f"Supporting document number {i}" for i in range(60)]))
    text = flat(pdf_text(issued.pdf, tmp_path))
    assert "WIJAYA" in text and "Siti Rahayu" in text
    assert issued.reference in text and re.fullmatch(r"REF-\d{4}-\d{5}", issued.reference)
    pages = pdf_pages(issued.pdf, tmp_path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert "CONFIDENTIAL" in page
        assert f"Page {number} of {len(pages)}" in flat(page)
    fonts = pdf_fonts(issued.pdf, tmp_path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # the "emb" column


def test_default_letter_carries_consented_non_sensitive_fields_only(office, tmp_path):
    svc = office.svc
    sid = office.make_case()
    issued = svc.letters.issue(LetterRequest(sid, office.embassy_id))
    text = flat(pdf_text(issued.pdf, tmp_path))
    for shown in (PASSPORT, EMBASSY_CASE, VISA):
        assert shown in text
    for hidden in (HOME, "HOMEMARK55", COMPOUND, HOW_LEFT, NOTES, "77774242"):
        assert hidden not in text
    assert "home_address" not in issued.fields and "compound_location" not in issued.fields


def test_fields_not_picked_are_absent(office, tmp_path):
    svc = office.svc
    sid = office.make_case()
    issued = svc.letters.issue(LetterRequest(sid, office.embassy_id, fields=["passport_number", "home_address"]))
    text = flat(pdf_text(issued.pdf, tmp_path))
    assert PASSPORT in text and "HOMEMARK55" in text
    for hidden in (VISA, EMBASSY_CASE, COMPOUND):
        assert hidden not in text
    assert issued.fields == ("passport_number", "home_address")


def test_field_consent_does_not_allow_is_refused_and_nothing_stored(office):
    svc = office.svc
    sid = office.make_case()
    with pytest.raises(ValidationError, match="Where held"):
        svc.letters.issue(LetterRequest(sid, office.embassy_id, fields=["passport_number", "compound_location"]))
    _nothing_stored(svc, sid)


def test_field_choices_show_values_and_what_consent_allows(office):
    svc = office.svc
    sid = office.make_case()
    choices = {c.key: c for c in svc.letters.field_choices(sid, office.embassy_id)}
    assert choices["passport_number"].value == PASSPORT
    assert choices["passport_number"].allowed and choices["passport_number"].preselected
    assert choices["home_address"].allowed and not choices["home_address"].preselected
    assert not choices["compound_location"].allowed and not choices["compound_location"].preselected


def test_no_consent_is_refused_with_the_override_path(office):
    svc = office.svc
    sid = office.make_case(consent=None)
    with pytest.raises(ConsentRequired, match="override with a written reason"):
        svc.letters.issue(LetterRequest(sid, office.embassy_id))
    with pytest.raises(ConsentRequired):
        svc.letters.preview(LetterRequest(sid, office.embassy_id))
    _nothing_stored(svc, sid)
    assert svc.referrals.for_survivor(sid) == []


def test_consent_for_another_recipient_kind_does_not_count(office):
    sid = office.make_case(consent="provider")
    with pytest.raises(ConsentRequired):
        office.svc.letters.issue(LetterRequest(sid, office.embassy_id))


def test_withdrawn_consent_is_refused(office):
    svc = office.svc
    sid = office.make_case()
    svc.consents.withdraw(sid, "embassy")
    with pytest.raises(ConsentRequired):
        svc.letters.issue(LetterRequest(sid, office.embassy_id))
    _nothing_stored(svc, sid)


def test_expired_consent_is_refused(office, clock):
    svc = office.svc
    sid = office.make_case(consent=None)
    today = clock.today()
    svc.consents.record(sid, "embassy", given_on=today - timedelta(days=60), expires_on=today - timedelta(days=1))
    with pytest.raises(ConsentRequired):
        svc.letters.issue(LetterRequest(sid, office.embassy_id))


def test_override_with_reason_issues_and_records_it(office, tmp_path):
    svc = office.svc
    sid = office.make_case(consent=None)
    reason = "Person is unconscious in hospital; embassy must confirm identity today"
    issued = svc.letters.issue(LetterRequest(sid, office.embassy_id, override_reason=reason))
    [d] = svc.letters.disclosures(sid)
    assert d.consent_id is None and d.override_reason == reason
    actions = [(e.action, e.detail) for e in svc.audit.entries(entity="survivor", entity_id=sid)]
    assert any(a == "letter.issue" and "consent overridden" in detail for a, detail in actions)
    assert reason not in " ".join(detail for _, detail in actions)  # the reason stays in the register
    assert "unconscious" in flat(pdf_text(issued.pdf, tmp_path))  # the letter says why


@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.READONLY])
def test_caseworker_and_readonly_cannot_issue_or_override(office, role):
    consented = office.make_case()
    unconsented = office.make_case(family="SANTOSO", consent=None)
    embassy = office.embassy_id
    svc = services_as(office.svc, role)
    try:
        assert not svc.letters.can_issue()
        with pytest.raises(PermissionDenied):
            svc.letters.issue(LetterRequest(consented, embassy))
        with pytest.raises(PermissionDenied):
            svc.letters.issue(LetterRequest(unconsented, embassy, override_reason="urgent"))
        with pytest.raises(PermissionDenied):
            svc.letters.preview(LetterRequest(consented, embassy))
        assert svc.letters.disclosures() == []
    finally:
        svc.close()


def test_disclosure_register_row_matches_the_letter(office):
    svc = office.svc
    sid = office.make_case()
    issued = svc.letters.issue(LetterRequest(sid, office.embassy_id))
    [d] = svc.letters.disclosures(sid)
    consent = svc.letters.consent(sid, office.embassy_id)
    assert d.kind == "letter" and d.letter_id == issued.letter_id
    assert d.recipient == "Embassy of the Republic of Indonesia" and d.agency_id == office.embassy_id
    assert d.disclosed_by == "admin" and d.consent_id == consent.id and d.override_reason == ""
    assert d.fields == list(issued.fields)
    assert d.sha256 == issued.sha256 == hashlib.sha256(issued.pdf).hexdigest()
    [stored] = svc.letters.letters_for(sid)
    assert stored.sha256 == issued.sha256 and stored.template_id == "embassy_travel_document"


def test_reprint_returns_the_stored_letter_and_records_a_new_disclosure(office):
    svc = office.svc
    sid = office.make_case()
    issued = svc.letters.issue(LetterRequest(sid, office.embassy_id))
    assert svc.letters.reprint(issued.letter_id) == issued.pdf
    first, again = svc.letters.disclosures(sid)
    assert again.kind == "reprint" and again.letter_id == issued.letter_id
    assert again.sha256 == issued.sha256 and again.fields == first.fields


def test_reprint_after_withdrawal_needs_an_override(office):
    svc = office.svc
    sid = office.make_case()
    issued = svc.letters.issue(LetterRequest(sid, office.embassy_id))
    svc.consents.withdraw(sid, "embassy")
    with pytest.raises(ConsentRequired):
        svc.letters.reprint(issued.letter_id)
    assert len(svc.letters.disclosures(sid)) == 1
    svc.letters.reprint(issued.letter_id, override_reason="Embassy lost the original; person asked again orally")
    assert svc.letters.disclosures(sid)[-1].override_reason.startswith("Embassy lost")


def test_preview_stores_and_records_nothing(office):
    svc = office.svc
    sid = office.make_case()
    before = len(svc.audit.entries())
    pdf = svc.letters.preview(LetterRequest(sid, office.embassy_id))
    assert pdf.startswith(b"%PDF")
    _nothing_stored(svc, sid)
    assert svc.referrals.for_survivor(sid) == []
    assert len(svc.audit.entries()) == before


def test_names_in_every_script_print_without_missing_glyphs(office, tmp_path):
    svc = office.svc
    names = [n for k, n in NAMES_BY_SCRIPT.items() if k not in ("arabic", "urdu")]
    # Right-to-left names each on a line of their own: in a list mixed with
    # left-to-right names, pdftotext's own bidi reading splits them at the
    # commas (their display order is checked in tests/letters/test_rtl.py).
    sid = office.make_case(native=" / ".join(names[:7]), aliases=names[7:], given="Van An",
                           preferred_name=NAMES_BY_SCRIPT["arabic"], place_of_birth=NAMES_BY_SCRIPT["urdu"])
    issued = svc.letters.issue(LetterRequest(sid, office.embassy_id,
                                             fields=["aliases", "preferred_name", "place_of_birth"]))
    text = flat(pdf_text(issued.pdf, tmp_path))
    # Every script copies out of the letter as stored (shaped words carry their text).
    for script, name in NAMES_BY_SCRIPT.items():
        assert name in text, script


def test_a_character_no_font_covers_is_refused_before_printing(office):
    svc = office.svc
    sid = office.make_case(native="Siti 🙂")
    with pytest.raises(PrintingRefused, match=r"U\+1F642"):
        svc.letters.preview(LetterRequest(sid, office.embassy_id))
    with pytest.raises(PrintingRefused, match="nothing was printed"):
        svc.letters.issue(LetterRequest(sid, office.embassy_id))
    _nothing_stored(svc, sid)


def test_markup_looking_text_prints_literally(office, tmp_path):
    svc = office.svc
    sneaky = '<b>x</b> & <font name="y">'
    sid = office.make_case(aliases=[sneaky], given='Siti <i>Rahayu</i>')
    issued = svc.letters.issue(LetterRequest(sid, office.embassy_id, fields=["aliases"]))
    text = flat(pdf_text(issued.pdf, tmp_path))
    assert sneaky in text
    assert "Siti <i>Rahayu</i>" in text


def test_template_follows_the_open_need_and_the_agency_language(office, tmp_path):
    svc = office.svc
    sid = office.make_case()
    assert svc.letters.default_template(sid, office.embassy_id) == "embassy_travel_document"
    assert svc.letters.default_language("embassy_travel_document", office.embassy_id) == "id"
    issued = svc.letters.issue(LetterRequest(sid, office.embassy_id, template_id="embassy"))
    assert svc.letters.letters_for(sid)[0].template_id == "embassy_travel_document"
    assert "RAHASIA" in pdf_text(issued.pdf, tmp_path).upper()  # "confidential" in Bahasa Indonesia


def test_template_for_another_recipient_kind_is_refused(office, provider):
    svc = office.svc
    sid = office.make_case(consent="provider")
    with pytest.raises(ValidationError, match="embassy recipients"):
        svc.letters.issue(LetterRequest(sid, provider, template_id="embassy_travel_document"))
    with pytest.raises(ValidationError, match="cannot go to this recipient"):
        svc.letters.issue(LetterRequest(sid, provider, template_id="embassy"))
    with pytest.raises(ValidationError, match="no “fr” translation"):
        svc.letters.issue(LetterRequest(sid, provider, language="fr"))
    assert svc.letters.issue(LetterRequest(sid, provider)).fields  # provider_medical by default
