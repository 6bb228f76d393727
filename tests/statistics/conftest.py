"""Fixtures for exports and imports: a locked vault ready for the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from shelterdesk.services.vaults import create_vault
from shelterdesk.storage.keyslots import MIN_KDF
from tests.conftest import ADMIN, ADMIN_PASS


@pytest.fixture
def cli_vault(vault_dir: Path, shelterdesk_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    session, _code = create_vault(vault_dir, ADMIN, ADMIN_PASS, shelter_name="Harbour House Shelter",
                                  kdf=MIN_KDF, state_dir=shelterdesk_home / "state")
    session.close()
    monkeypatch.setenv("SHELTERDESK_USER", ADMIN)
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", ADMIN_PASS)
    return vault_dir
