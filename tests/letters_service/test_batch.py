"""Batches: letters for every matching case, with the skipped ones and why."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from shelterdesk.domain.errors import ValidationError
from shelterdesk.domain.queries import CaseQuery


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_batch_issues_consented_and_skips_the_rest_with_reasons(office):
    svc = office.svc
    office.make_case(family="ALPHA")
    office.make_case(family="BRAVO", consent=None)
    office.make_case(family="CHARLIE", nationality="FR")  # consented, but no embassy in the directory
    long_one = office.make_case(family="DELTA")
    svc.needs.add(long_one, "repatriation", description="Needs an escort to the airport. " * 40)
    calls: list[tuple[int, int]] = []
    result = svc.letters.batch(CaseQuery(), "embassy", progress=lambda done, total: calls.append((done, total)))
    issued = {svc.cases.get(svc.cases.id_for(c)).family_name for c, _ in result.issued}
    skipped = {svc.cases.get(svc.cases.id_for(c)).family_name: reason for c, reason in result.skipped}
    assert issued == {"ALPHA", "DELTA"}
    assert "no valid embassy consent" in skipped["BRAVO"]
    assert "no embassy" in skipped["CHARLIE"]
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]  # skipped cases advance the bar too
    assert not result.cancelled
    combined = result.combined_pdf()
    assert _pages(combined) == sum(_pages(letter.pdf) for _, letter in result.issued) > 2
    assert len(svc.letters.disclosures()) == 2


def test_batch_filter_by_nationality_and_open_need(office):
    svc = office.svc
    office.make_case(family="ALPHA")
    office.make_case(family="BRAVO", need="medical")
    office.make_case(family="CHARLIE", nationality="VN", consent="embassy")
    result = svc.letters.batch(CaseQuery(nationality="ID", open_need_category="travel_document"), "embassy")
    assert [svc.cases.get(svc.cases.id_for(c)).family_name for c, _ in result.issued] == ["ALPHA"]
    assert result.skipped == []


def test_batch_can_be_cancelled_and_keeps_what_was_issued(office):
    svc = office.svc
    for name in ("ALPHA", "BRAVO", "CHARLIE"):
        office.make_case(family=name)
    done: list[int] = []
    result = svc.letters.batch(CaseQuery(), "embassy_travel_document",
                               progress=lambda i, _n: done.append(i), cancelled=lambda: len(done) >= 1)
    assert result.cancelled and len(result.issued) == 1
    assert len(svc.letters.disclosures()) == 1


def test_non_embassy_batch_needs_a_recipient(office, provider):
    svc = office.svc
    office.make_case(consent="provider", need="medical")
    with pytest.raises(ValidationError, match="Choose the provider"):
        svc.letters.batch(CaseQuery(), "provider")
    result = svc.letters.batch(CaseQuery(), "provider", agency_id=provider)
    assert len(result.issued) == 1
    with pytest.raises(ValidationError):
        svc.letters.batch(CaseQuery(), "embassy", agency_id=provider)
