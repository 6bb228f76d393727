"""Erasure on request and the retention policy: nothing left behind, the audit chain still verifies."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfWriter

from shelterdesk.domain.enums import CaseStatus, ConsentKind, ExploitationType, Role, Sex
from shelterdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from shelterdesk.domain.models import (
    IdentityDocument,
    NextOfKin,
    ShelterStay,
    Survivor,
    TraffickingProfile,
)
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services.letters import LetterRequest
from shelterdesk.services.registry import Services
from tests.retention.raw_pages import decrypted_pages
from tests.shared import services_as

MARKER = "QZXERASE"


def marked(i: int) -> str:
    return f"{MARKER}{i}"


def pdf_with_marker() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Title": marked(90)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def full_case(svc: Services, *, status: CaseStatus = CaseStatus.SHELTERED, discharged: date | None = None,
              prefix: str = "") -> Survivor:
    """A case with a record of every kind, each carrying the marker."""
    m = lambda i: prefix + marked(i)  # noqa: E731
    s = svc.cases.register(Survivor(
        family_name=m(1), given_names=m(2), native_name="ស" + m(3), aliases=[m(4)], notes=m(5), home_address=m(6),
        sex=Sex.FEMALE, date_of_birth=date(1998, 7, 14), nationalities=["ID"], next_of_kin=NextOfKin(name=m(7)),
        documents=[IdentityDocument(number="X" + m(8))],
        trafficking=TraffickingProfile(exploitation_types=[ExploitationType.FORCED_CRIMINALITY],
                                       compound_location=m(9)),
        stay=ShelterStay(admission_date=date(2023, 3, 17), discharge_date=discharged), status=status),
        confirm_not_duplicate=True)
    s = svc.cases.open_case(s.id)
    s.family_name = m(10)  # an edit leaves the old name behind in the search index unless it is purged
    s = svc.cases.update(s)
    need = svc.needs.add(s.id, "medical", description=m(11))
    svc.consents.record(s.id, ConsentKind.EMBASSY, interpreter=m(12), notes=m(13), given_on=date(2023, 3, 18))
    svc.consents.record(s.id, ConsentKind.STATISTICS, notes=m(14), given_on=date(2023, 3, 18))
    embassy = svc.agencies.embassies_for("ID")[0]
    svc.referrals.create(s.id, embassy.id, need_ids=[need.id], reason=m(15))
    svc.letters.issue(LetterRequest(s.id, embassy.id))
    svc.attachments.add(s.id, m(16) + ".pdf", pdf_with_marker(), "passport_scan")
    svc.drafts.keep(f"case:{s.id}", {"changes": {"notes": m(17)}})
    return s


def marker_hits(svc: Services, marker: str = MARKER) -> int:
    """Pages of the decrypted database file (free pages too) that hold the marker, in any case."""
    vault = svc.session.vault
    svc.session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = vault.directory / vault.slots.database
    needle = marker.lower().encode()
    return sum(needle in page.lower() for page in decrypted_pages(db, bytes(vault._key)))


def test_the_page_reader_finds_a_live_case(services):
    """The scan is able to fail: a case that exists is found in the decrypted pages."""
    full_case(services)
    assert marker_hits(services) > 0


def test_erasure_leaves_only_an_audit_line_and_no_trace(services, tmp_path: Path):
    keep = services.cases.register(Survivor(family_name="Keeper", given_names="Other", nationalities=["ID"]))
    s = full_case(services)
    services.retention.erase(s.id, "The person asked on 2026-11-24 (form 12).")

    with pytest.raises(NotFound):
        services.cases.get(s.id)
    assert services.cases.search(CaseQuery(text=marked(1))) == []
    assert services.cases.get(keep.id).family_name == "Keeper"  # nobody else touched
    assert services.attachments.for_survivor(s.id) == [] and services.letters.disclosures(s.id) == []
    assert marker_hits(services) == 0
    wal = Path(str(services.session.vault.directory / services.session.vault.slots.database) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0

    report = services.audit.verify()
    assert report.ok, report.problems
    about = services.audit.entries(entity="survivor", entity_id=s.id)
    assert about == []  # no entry still names the erased record
    erase = [e for e in services.audit.entries() if e.action == "case.erase"]
    assert len(erase) == 1 and erase[0].actor == "admin" and "form 12" in erase[0].detail
    redacted = [e for e in services.audit.entries(limit=1000) if e.entity == "survivor" and e.entity_id == ""]
    assert len(redacted) > 5 and all(e.detail == "" or e.action == "case.erase" for e in redacted)


def test_erasure_needs_a_reason_an_administrator_and_an_existing_case(services):
    s = services.cases.register(Survivor(family_name="Lim", given_names="A", nationalities=["MY"]))
    with pytest.raises(ValidationError, match="Say why"):
        services.retention.erase(s.id, "   ")
    with pytest.raises(NotFound):
        services.retention.erase(s.id + 99, "asked")
    worker = services_as(services, Role.CASEWORKER)
    try:
        with pytest.raises(PermissionDenied):
            worker.retention.erase(s.id, "asked")
        with pytest.raises(PermissionDenied):
            worker.retention.set_months(24)
        with pytest.raises(PermissionDenied):
            worker.retention.apply()
        assert worker.cases.get(s.id).family_name == "Lim"
    finally:
        worker.close()


def test_a_hand_blanked_audit_entry_is_still_found(services):
    s = services.cases.register(Survivor(family_name="Lim", given_names="A", nationalities=["MY"]))
    seq = services.audit.entries(entity="survivor", entity_id=s.id)[0].seq
    with services.session.vault.write() as conn:
        conn.execute("UPDATE audit SET detail = '', entity_id = '', redaction = ? WHERE seq = ?", (b"\0" * 32, seq))
    assert not services.audit.verify().ok


def test_retention_is_off_by_default_and_previews_exactly_what_apply_changes(services, clock):
    assert services.retention.months() is None and services.retention.preview() == []
    old = full_case(services, status=CaseStatus.REPATRIATED, discharged=date(2024, 5, 20), prefix="OLD")
    recent = services.cases.register(Survivor(
        family_name="Recent", given_names="B", nationalities=["VN"], status=CaseStatus.CLOSED,
        stay=ShelterStay(admission_date=date(2025, 1, 2), discharge_date=date(2025, 6, 1))))
    still_here = services.cases.register(Survivor(
        family_name="Staying", given_names="C", nationalities=["KH"], status=CaseStatus.SHELTERED,
        stay=ShelterStay(admission_date=date(2020, 1, 2))))
    with pytest.raises(ValidationError, match="from 1 to 600"):
        services.retention.set_months(0)
    services.retention.set_months(24)

    preview = services.retention.preview()  # today is 2026-11-25: cut-off 2024-11-25
    assert [(c.survivor_id, c.closed_on) for c in preview] == [(old.id, date(2024, 5, 20))]
    assert any("1 letter(s) deleted" in c for c in preview[0].changes)
    assert any("1 attachment(s) deleted" in c for c in preview[0].changes)

    done = services.retention.apply()
    assert [c.survivor_id for c in done] == [old.id]
    kept = services.cases.get(old.id)
    assert kept.case_number.startswith("ANON-") and kept.family_name == "" and kept.notes == ""
    assert (kept.nationalities, kept.sex, kept.status) == (["ID"], Sex.FEMALE, CaseStatus.REPATRIATED)
    assert kept.date_of_birth == date(1998, 1, 1)
    assert kept.trafficking.exploitation_types == [ExploitationType.FORCED_CRIMINALITY]
    assert (kept.stay.admission_date, kept.stay.discharge_date) == (date(2023, 3, 1), date(2024, 5, 1))
    assert [n.category for n in services.needs.for_survivor(old.id)] == ["medical"]
    assert [c.kind for c in services.consents.for_survivor(old.id)] == [ConsentKind.STATISTICS]
    assert services.attachments.for_survivor(old.id) == []
    assert marker_hits(services, "OLD" + MARKER) == 0
    assert services.cases.get(recent.id).family_name == "Recent"
    assert services.cases.get(still_here.id).family_name == "Staying"
    assert services.audit.verify().ok
    assert services.retention.preview() == []  # an anonymised case is not anonymised twice

    clock.advance(days=365)  # a year on, the other closed case is due too
    assert [c.survivor_id for c in services.retention.preview()] == [recent.id]
