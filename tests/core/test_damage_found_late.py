"""A damaged page found long after unlocking gives a person's message, not a raw database error."""

from __future__ import annotations

import pytest

from shelterdesk.domain.errors import VaultCorrupt
from shelterdesk.domain.models import Survivor
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock
from shelterdesk.storage.vault import PAGE_SIZE
from tests.conftest import ADMIN, ADMIN_PASS


def test_damaged_page_read_later_is_reported_as_damage(services: Services, vault_dir, clock) -> None:
    for i in range(300):
        services.cases.register(Survivor(family_name=f"Family{i}", given_names="Given", nationalities=["ID"],
                                         notes="n" * 2000), confirm_not_duplicate=True)
    db = services.session.vault.db_path
    services.close()
    data = bytearray(db.read_bytes())
    page = len(data) // PAGE_SIZE - 3  # a data page near the end, not read at unlock
    data[page * PAGE_SIZE + 100] ^= 0xFF
    db.write_bytes(bytes(data))

    session = unlock(vault_dir, ADMIN, ADMIN_PASS, clock=clock)
    try:
        svc = Services.for_session(session)
        with pytest.raises(VaultCorrupt, match="damaged"):
            for offset in range(0, 300, 50):
                for row in svc.cases.search(CaseQuery(), offset=offset, limit=50):
                    svc.cases.get(row.id)
    finally:
        session.close()


def test_a_damaged_staff_list_at_unlock_is_reported_as_damage_not_a_wrong_passphrase(
        services: Services, vault_dir, clock) -> None:
    db = services.session.vault.db_path
    root = services.session.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'staff'").fetchone()[0]
    services.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * PAGE_SIZE + 100] ^= 0xFF
    db.write_bytes(bytes(data))

    with pytest.raises(VaultCorrupt, match="damaged"):
        unlock(vault_dir, ADMIN, ADMIN_PASS, clock=clock)
