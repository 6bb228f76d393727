"""Partner shelters in Settings and Transfer… in the case file, driven through the real widgets."""

from __future__ import annotations

from datetime import date

import pytest

from shelterdesk.domain.enums import CaseStatus, ConsentKind, Role
from shelterdesk.domain.models import Survivor
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import create_vault
from shelterdesk.storage.keyslots import MIN_KDF
from shelterdesk.ui import transfer_panel
from shelterdesk.ui.case_file import CaseFileWidget
from shelterdesk.ui.transfer_panel import TransferPanel
from tests.conftest import ADMIN, ADMIN_PASS
from tests.shared import services_as
from tests.ui.helpers import button, visible_buttons


@pytest.fixture
def partner(tmp_path, clock):
    session, _ = create_vault(tmp_path / "partner", ADMIN, ADMIN_PASS, shelter_name="Mekong Partner", clock=clock,
                              kdf=MIN_KDF, state_dir=tmp_path / "partner-state")
    svc = Services.for_session(session)
    yield svc
    svc.close()


def test_trust_send_and_import_through_the_screens(qtbot, services, partner, tmp_path, monkeypatch):
    ours = TransferPanel(services)
    qtbot.addWidget(ours)
    ours.show()
    assert services.transfer.own_key().fingerprint in ours.fingerprint.text()
    assert not ours.qr.pixmap().isNull() and ours.qr.pixmap().width() > 80
    assert "No partner shelter is trusted yet" in ours.partners.item(0).text()

    key_file = tmp_path / "partner.sdkey"
    key_file.write_bytes(partner.transfer.own_key_file())
    shown = []
    monkeypatch.setattr(transfer_panel, "open_file", lambda *_a, **_k: key_file)
    monkeypatch.setattr(transfer_panel, "ask_name", lambda _p, fp: shown.append(fp) or "Mekong Partner")
    button(ours, "Trust a partner's key").click()
    assert shown == [partner.transfer.own_key().fingerprint]  # the fingerprint to read out on the phone
    assert "Mekong Partner" in ours.partners.item(0).text()

    s = services.cases.register(Survivor(family_name="Tun", given_names="Aung", nationalities=["MM"]))
    services.consents.record(s.id, ConsentKind.TRANSFER, given_on=date(2026, 11, 24))
    package = tmp_path / "out.sdx"
    monkeypatch.setattr(transfer_panel, "choose_partner", lambda _p, names: names.index("Mekong Partner"))
    monkeypatch.setattr(transfer_panel, "save_file", lambda *_a, **_k: package)
    offered = []
    monkeypatch.setattr(transfer_panel, "ask_end_stay", lambda _p, name: offered.append(name) or True)
    widget = CaseFileWidget(services, s.id)
    qtbot.addWidget(widget)
    widget.show()
    button(widget, "Transfer to a partner shelter").click()
    assert "Sealed for Mekong Partner" in widget.notice.message() and package.stat().st_size > 100
    assert offered == ["Mekong Partner"] and "marked as transferred" in widget.notice.message()
    assert widget.survivor is not None and widget.survivor.status == CaseStatus.TRANSFERRED  # shown as it is now
    assert services.cases.get(s.id).stay.discharge_destination == "Mekong Partner"

    partner.transfer.trust(services.transfer.own_key_file(), "Harbour House")
    theirs = TransferPanel(partner)
    qtbot.addWidget(theirs)
    asked = []
    monkeypatch.setattr(transfer_panel, "open_file", lambda *_a, **_k: package)
    monkeypatch.setattr(transfer_panel, "confirm", lambda _p, _t, text, _y: asked.append(text) or True)
    button(theirs, "Import a transfer package").click()
    assert "1 case(s)" in asked[0] and "Imported as" in theirs.message.text()
    assert partner.cases.count(CaseQuery()) == 1
    button(theirs, "Import a transfer package").click()  # the same package again
    assert "already imported" in theirs.message.text() and partner.cases.count(CaseQuery()) == 1


def test_transfer_without_consent_or_partner_says_what_to_do(qtbot, services, partner, tmp_path, monkeypatch):
    s = services.cases.register(Survivor(family_name="Tun", given_names="Aung", nationalities=["MM"]))
    widget = CaseFileWidget(services, s.id)
    qtbot.addWidget(widget)
    widget.show()
    button(widget, "Transfer to a partner shelter").click()
    assert "No partner shelter is trusted yet" in widget.notice.message()

    services.transfer.trust(partner.transfer.own_key_file(), "Mekong Partner")
    package = tmp_path / "out.sdx"
    monkeypatch.setattr(transfer_panel, "choose_partner", lambda *_a: 0)
    monkeypatch.setattr(transfer_panel, "save_file", lambda *_a, **_k: package)
    monkeypatch.setattr(transfer_panel, "ask_end_stay", lambda *_a: True)
    button(widget, "Transfer to a partner shelter").click()
    assert "consent for transfer" in widget.notice.message() and not package.exists()
    assert services.cases.get(s.id).status == CaseStatus.INTAKE

    services.consents.record(s.id, ConsentKind.TRANSFER, given_on=date(2026, 11, 24))
    monkeypatch.setattr(transfer_panel, "ask_end_stay", lambda *_a: False)  # the person stays here for now
    button(widget, "Transfer to a partner shelter").click()
    assert "marked as transferred" not in widget.notice.message() and package.exists()
    assert services.cases.get(s.id).status == CaseStatus.INTAKE


def test_case_workers_may_import_but_not_trust_or_send(qtbot, services):
    worker = services_as(services, Role.CASEWORKER)
    try:
        panel = TransferPanel(worker)
        qtbot.addWidget(panel)
        panel.show()
        shown = visible_buttons(panel)
        assert "Import a transfer package" in shown
        assert not {"Trust a partner's key", "Save our key file"} & shown
    finally:
        worker.close()
