"""Shared fixtures: every test gets its own SHELTERDESK_HOME, vault and fake clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# pytest-qt creates the QApplication once, before any fixture runs: choose the
# offscreen platform at import time so the suite never needs a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from shelterdesk.services.clock import FakeClock
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import create_vault
from shelterdesk.storage.keyslots import MIN_KDF

ADMIN = "admin"
ADMIN_PASS = "correct horse battery staple"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--runslow", action="store_true", default=False,
                     help="run the long variants of the reliability suite")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="long variant: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def shelterdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from a real profile."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SHELTERDESK_HOME", str(home))
    monkeypatch.delenv("SHELTERDESK_USER", raising=False)
    monkeypatch.delenv("SHELTERDESK_PASSPHRASE", raising=False)
    return home


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def services(vault_dir: Path, clock: FakeClock, shelterdesk_home: Path) -> Iterator[Services]:
    """An unlocked administrator session on a fresh vault (Argon2 at its allowed minimum, for speed)."""
    session, _code = create_vault(vault_dir, ADMIN, ADMIN_PASS, display_name="Ada Admin",
                                  shelter_name="Harbour House Shelter", clock=clock, kdf=MIN_KDF,
                                  state_dir=shelterdesk_home / "state")
    svc = Services.for_session(session)
    yield svc
    svc.close()
