"""Fixtures for the core suite: a closed vault ready for the CLI, and staff of every role."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from shelterdesk.services.vaults import create_vault
from shelterdesk.storage.keyslots import MIN_KDF

ADMIN = "admin"
ADMIN_PASS = "correct horse battery staple"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli_vault(vault_dir: Path, shelterdesk_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A locked vault (fast Argon2) with the CLI's user and passphrase in the environment."""
    session, _code = create_vault(vault_dir, ADMIN, ADMIN_PASS, shelter_name="Harbour House Shelter",
                                  kdf=MIN_KDF, state_dir=shelterdesk_home / "state")
    session.close()
    monkeypatch.setenv("SHELTERDESK_USER", ADMIN)
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", ADMIN_PASS)
    return vault_dir


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """shelterdesk-cli in a fresh interpreter (exit codes, stderr, no traceback)."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run([sys.executable, "-m", "shelterdesk.cli", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, cwd=REPO)
