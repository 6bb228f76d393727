"""Case transfer between two shelters: trust, sealed export, preview, import, and every refusal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from shelterdesk.domain.enums import AgencyKind, CaseStatus, ConsentKind, Role
from shelterdesk.domain.errors import ConsentRequired, PermissionDenied
from shelterdesk.domain.models import Agency, IdentityDocument, Survivor
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services.files import OutputNotWritten
from shelterdesk.services.registry import Services
from shelterdesk.services.transfer_format import TransferRefused
from shelterdesk.services.vaults import create_vault
from shelterdesk.storage.keyslots import MIN_KDF
from tests.attachments.samples import pdf_scan, photo_with_location
from tests.conftest import ADMIN, ADMIN_PASS
from tests.shared import services_as


def shelter(tmp_path: Path, clock, name: str) -> Services:
    session, _code = create_vault(tmp_path / name, ADMIN, ADMIN_PASS, shelter_name=name, clock=clock, kdf=MIN_KDF,
                                  state_dir=tmp_path / f"state-{name}")
    return Services.for_session(session)


@pytest.fixture
def partner(tmp_path, clock):
    svc = shelter(tmp_path, clock, "Mekong Partner Shelter")
    yield svc
    svc.close()


@pytest.fixture
def stranger(tmp_path, clock):
    svc = shelter(tmp_path, clock, "Unknown Shelter")
    yield svc
    svc.close()


def trusted_pair(services: Services, partner: Services) -> None:
    services.transfer.trust(partner.transfer.own_key_file(), "Mekong Partner")
    partner.transfer.trust(services.transfer.own_key_file(), "Harbour House")


def consenting_case(services: Services, family: str = "Sok") -> Survivor:
    s = services.cases.register(Survivor(family_name=family, given_names="Dara", native_name="សុខ ដារ៉ា",
                                         nationalities=["KH"], documents=[IdentityDocument(number="N0123456")]),
                                confirm_not_duplicate=True)
    services.needs.add(s.id, "repatriation", description="Family in Kampot")
    services.consents.record(s.id, ConsentKind.TRANSFER, given_on=date(2026, 11, 24))
    services.attachments.add(s.id, "photo.jpg", photo_with_location(), "photo")
    services.attachments.add(s.id, "passport.pdf", pdf_scan(), "passport_scan")
    return s


def test_a_case_travels_with_its_needs_consents_attachments_and_history(services, partner):
    trusted_pair(services, partner)
    s = consenting_case(services)
    package = services.transfer.export([s.id], partner.transfer.own_key_file())
    assert b"Sok" not in package and "ដារ៉ា".encode() not in package  # sealed
    sent = [d for d in services.letters.disclosures(s.id) if d.kind == "transfer"]
    assert len(sent) == 1 and sent[0].recipient == "Mekong Partner"
    here = services.cases.get(s.id)  # the stay here ended with the transfer
    assert (here.status, here.stay.discharge_date, here.stay.discharge_destination) == (
        CaseStatus.TRANSFERRED, services.session.clock.today(), "Mekong Partner")

    preview = partner.transfer.preview(package)
    assert preview.cases == [s.case_number] and preview.attachments == 2 and preview.duplicates == []
    assert partner.cases.count(CaseQuery()) == 0

    created = partner.transfer.import_package(package)
    theirs = partner.cases.get(partner.cases.id_for(created[s.case_number]))
    assert (theirs.family_name, theirs.native_name, theirs.documents[0].number) == ("Sok", "សុខ ដារ៉ា", "N0123456")
    assert f"their case {s.case_number}" in theirs.notes and "case.create" in theirs.notes
    assert [n.description for n in partner.needs.for_survivor(theirs.id)] == ["Family in Kampot"]
    assert [c.kind for c in partner.consents.for_survivor(theirs.id)] == [ConsentKind.TRANSFER]
    assert sorted(a.kind for a in partner.attachments.for_survivor(theirs.id)) == ["passport_scan", "photo"]
    assert partner.audit.verify().ok

    with pytest.raises(TransferRefused, match="already imported"):
        partner.transfer.import_package(package)  # a replay

    again = consenting_case(services)  # the same person sent again in a new package: shown as a duplicate
    preview = partner.transfer.preview(services.transfer.export([again.id], partner.transfer.own_key_file()))
    assert preview.duplicates == [{"case": again.case_number, "matches": [theirs.case_number]}]


def test_the_register_and_dashboard_follow_a_transfer_unless_the_case_is_kept_open(services, partner):
    trusted_pair(services, partner)
    kept, sent = consenting_case(services, "Keo"), consenting_case(services, "Chan")
    month = services.session.clock.today().strftime("%Y-%m")
    before = services.dashboard.figures()
    assert before.by_status[CaseStatus.INTAKE] == 2

    services.transfer.export([kept.id], partner.transfer.own_key_file(), mark_transferred=False)
    assert services.cases.get(kept.id).status == CaseStatus.INTAKE  # sent, but the stay here goes on

    package = services.transfer.export([sent.id], partner.transfer.own_key_file())
    after = services.dashboard.figures()
    assert after.by_status[CaseStatus.INTAKE] == 1
    assert after.departures[after.months.index(month)] == before.departures[before.months.index(month)] + 1
    assert services.cases.count(CaseQuery(statuses=[CaseStatus.TRANSFERRED])) == 1
    assert services.audit.verify().ok
    created = partner.transfer.import_package(package)  # the partner gets the case as it was, still staying
    theirs = partner.cases.get(partner.cases.id_for(created[sent.case_number]))
    assert theirs.status == CaseStatus.INTAKE and theirs.stay.discharge_date is None


def test_a_failed_write_leaves_the_case_open_and_undisclosed(services, partner, tmp_path):
    trusted_pair(services, partner)
    s = consenting_case(services)
    with pytest.raises(OutputNotWritten, match="no case was marked as transferred"):
        services.transfer.export([s.id], partner.transfer.own_key_file(), tmp_path / "missing" / "x.sdx")
    assert services.cases.get(s.id).status == CaseStatus.INTAKE
    assert [d for d in services.letters.disclosures(s.id) if d.kind == "transfer"] == []


def test_refusals_write_nothing(services, partner, stranger):
    trusted_pair(services, partner)
    no_consent = services.cases.register(Survivor(family_name="Lim", given_names="A", nationalities=["MY"]))
    with pytest.raises(ConsentRequired, match="consent for transfer"):
        services.transfer.export([no_consent.id], partner.transfer.own_key_file())
    with pytest.raises(TransferRefused, match="not trusted"):
        services.transfer.export([no_consent.id], stranger.transfer.own_key_file())

    s = consenting_case(services)
    package = services.transfer.export([s.id], partner.transfer.own_key_file())
    tampered = bytearray(package)
    tampered[len(package) // 2] ^= 1
    with pytest.raises(TransferRefused, match="changed after it was signed"):
        partner.transfer.import_package(bytes(tampered))
    with pytest.raises(TransferRefused, match="not trusted"):
        stranger.transfer.import_package(package)  # signed by a shelter the stranger does not know
    stranger.transfer.trust(services.transfer.own_key_file(), "Harbour House")
    with pytest.raises(TransferRefused, match="sealed for another shelter"):
        stranger.transfer.import_package(package)
    with pytest.raises(TransferRefused, match="not a ShelterDesk transfer package"):
        partner.transfer.import_package(b"PK\x03\x04 a zip file")
    for svc in (partner, stranger):
        assert svc.cases.count(CaseQuery()) == 0


def test_only_administrators_trust_keys_and_a_key_file_must_be_whole(services, partner):
    with pytest.raises(TransferRefused, match="not a ShelterDesk shelter key"):
        services.transfer.trust(b"{}", "X")
    altered = partner.transfer.own_key_file().replace(b'"fingerprint": "', b'"fingerprint": "AAAA')
    with pytest.raises(TransferRefused, match="altered"):
        services.transfer.trust(altered, "X")
    key = partner.transfer.own_key_file()
    worker = services_as(services, Role.COORDINATOR)
    try:
        with pytest.raises(PermissionDenied):
            worker.transfer.trust(key, "Mekong")
        assert worker.transfer.trusted() == []
    finally:
        worker.close()


def test_needs_consents_and_referrals_arrive_as_records_where_the_agency_is_known_here(services, partner):
    trusted_pair(services, partner)
    s = consenting_case(services)
    need = services.needs.add(s.id, "legal", description="Wage claim")
    services.consents.record(s.id, ConsentKind.EMBASSY, given_on=date(2026, 11, 20), expires_on=date(2027, 5, 20))
    services.consents.record(s.id, ConsentKind.POLICE, given_on=date(2026, 11, 21))
    services.consents.withdraw(s.id, ConsentKind.POLICE)
    embassy = services.agencies.list(kind="embassy")[0]  # in both shelters' shipped directories
    to_embassy = services.referrals.create(s.id, embassy.id, need_ids=[need.id], reason="travel document",
                                           priority="urgent")
    services.referrals.set_status(to_embassy.id, "sent")
    legal_aid = services.agencies.save(Agency(kind=AgencyKind.PROVIDER, name="Kampot Legal Aid"))  # only here
    services.consents.record(s.id, ConsentKind.PROVIDER, given_on=date(2026, 11, 22))
    services.referrals.create(s.id, legal_aid.id, reason="wage claim")

    created = partner.transfer.import_package(services.transfer.export([s.id], partner.transfer.own_key_file()))
    theirs = partner.cases.get(partner.cases.id_for(created[s.case_number]))

    needs = {n.description: n for n in partner.needs.for_survivor(theirs.id)}
    assert set(needs) == {"Family in Kampot", "Wage claim"} and needs["Wage claim"].category == "legal"
    consents = {c.kind: c for c in partner.consents.for_survivor(theirs.id)}
    assert set(consents) == {ConsentKind.TRANSFER, ConsentKind.EMBASSY, ConsentKind.POLICE, ConsentKind.PROVIDER}
    assert (consents[ConsentKind.EMBASSY].given_on, consents[ConsentKind.EMBASSY].expires_on) == (
        date(2026, 11, 20), date(2027, 5, 20))
    assert consents[ConsentKind.POLICE].withdrawn_on == services.session.clock.today()

    [referral] = partner.referrals.for_survivor(theirs.id)  # the embassy is known here; the legal aid is not
    assert partner.agencies.get(referral.agency_id).name == embassy.name
    assert (referral.status, referral.priority, referral.reason) == ("sent", "urgent", "travel document")
    assert referral.need_ids == [needs["Wage claim"].id]
    assert referral.consent_id == consents[ConsentKind.EMBASSY].id
    assert referral.follow_up_due == to_embassy.follow_up_due
    assert "Kampot Legal Aid" in theirs.notes and "wage claim" in theirs.notes  # kept as text
    assert f"{to_embassy.reference} to {embassy.name} (a referral here too)" in theirs.notes
    assert partner.audit.verify().ok
