"""Fixtures for the core suite: a locked vault ready for the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from core_helpers import ADMIN, ADMIN_PASS

from shelterdesk.services.vaults import create_vault
from shelterdesk.storage.keyslots import MIN_KDF


@pytest.fixture
def cli_vault(vault_dir: Path, shelterdesk_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A locked vault (fast Argon2) with the CLI's user and passphrase in the environment."""
    session, _code = create_vault(vault_dir, ADMIN, ADMIN_PASS, shelter_name="Harbour House Shelter",
                                  kdf=MIN_KDF, state_dir=shelterdesk_home / "state")
    session.close()
    monkeypatch.setenv("SHELTERDESK_USER", ADMIN)
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", ADMIN_PASS)
    return vault_dir
