"""Every refusal to open a vault has its own message, the right exit code, and leaves the files untouched."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from core_helpers import ADMIN, ADMIN_PASS, REPO

from shelterdesk.cli import main
from shelterdesk.domain.errors import (
    AuthenticationError,
    NotAVault,
    VaultCorrupt,
    VaultInUse,
    VaultMissing,
    VaultNewerVersion,
    VaultTampered,
)
from shelterdesk.services.vaults import create_vault, unlock
from shelterdesk.storage.keyslots import MIN_KDF
from shelterdesk.storage.vault import PINNED, Vault


def _db(vault: Path) -> Path:
    return next(vault.glob("vault-*.db"))


def _snapshot(vault: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in vault.iterdir() if p.name.startswith(("vault-", "keyslots"))}


def _refused(vault: Path, error: type, match: str, *, user: str = ADMIN, passphrase: str = ADMIN_PASS) -> None:
    before = _snapshot(vault)
    with pytest.raises(error, match=match):
        unlock(vault, user, passphrase)
    assert _snapshot(vault) == before


def test_wrong_passphrase_and_unknown_user(cli_vault: Path, capsys, monkeypatch) -> None:
    _refused(cli_vault, AuthenticationError, "passphrase is not right", passphrase="wrong horse battery staple")
    _refused(cli_vault, AuthenticationError, "passphrase is not right", user="nobody")
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", "wrong horse battery staple")
    before = _snapshot(cli_vault)
    assert main(["--vault", str(cli_vault), "search", "x"]) == 3
    assert "not right" in capsys.readouterr().err
    assert _snapshot(cli_vault) == before


def test_plaintext_sqlite_in_place_of_the_vault(cli_vault: Path) -> None:
    db = _db(cli_vault)
    db.unlink()
    plain = sqlite3.connect(db)
    plain.execute("CREATE TABLE survivors (name TEXT)")
    plain.commit()
    plain.close()
    _refused(cli_vault, NotAVault, "not encrypted")


def test_truncated_file(cli_vault: Path) -> None:
    db = _db(cli_vault)
    db.write_bytes(db.read_bytes()[:-1000])
    _refused(cli_vault, VaultCorrupt, "truncated")


def test_tampered_first_page_is_refused_at_open(cli_vault: Path) -> None:
    db = _db(cli_vault)
    data = bytearray(db.read_bytes())
    data[2000:2004] = bytes(b ^ 0xFF for b in data[2000:2004])
    db.write_bytes(bytes(data))
    _refused(cli_vault, VaultTampered, "do not authenticate")


def test_tampered_later_page_is_found_by_verify(cli_vault: Path, capsys) -> None:
    db = _db(cli_vault)
    data = bytearray(db.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 2048
    data[middle:middle + 4] = bytes(b ^ 0xFF for b in data[middle:middle + 4])
    db.write_bytes(bytes(data))
    assert main(["--vault", str(cli_vault), "verify"]) == 4
    err = capsys.readouterr().err
    assert "FAILED" in err or "do not authenticate" in err or "damaged" in err


def test_newer_schema(cli_vault: Path) -> None:
    vault = Vault.open(cli_vault, ADMIN, ADMIN_PASS)
    vault.connection().execute("PRAGMA user_version = 99")
    vault.close()
    _refused(cli_vault, VaultNewerVersion, "newer version")


def test_database_of_another_vault(cli_vault: Path, tmp_path: Path) -> None:
    other, _ = create_vault(tmp_path / "other", ADMIN, ADMIN_PASS, kdf=MIN_KDF, state_dir=tmp_path / "st")
    other.close()
    shutil.copyfile(_db(tmp_path / "other"), _db(cli_vault))
    _refused(cli_vault, VaultCorrupt, "altered outside ShelterDesk")


def test_database_whose_vault_id_does_not_match_its_slot_file(cli_vault: Path) -> None:
    vault = Vault.open(cli_vault, ADMIN, ADMIN_PASS)
    vault.connection().execute("UPDATE meta SET value = 'another' WHERE key = 'vault_id'")
    vault.close()
    _refused(cli_vault, VaultCorrupt, "belongs to another vault")


def test_second_process_gets_in_use(cli_vault: Path, capsys) -> None:
    with subprocess.Popen(  # leaving the block closes its pipe and waits for it
        [sys.executable, "-c", "import sys, time\nfrom shelterdesk.services.vaults import unlock\n"
         f"s = unlock({str(cli_vault)!r}, {ADMIN!r}, {ADMIN_PASS!r})\nprint('ready', flush=True)\ntime.sleep(60)"],
        stdout=subprocess.PIPE, text=True, cwd=REPO, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
            _refused(cli_vault, VaultInUse, "in use")
            assert main(["--vault", str(cli_vault), "search", "x"]) == 4
            assert "in use" in capsys.readouterr().err
        finally:
            holder.kill()


def test_missing_vault(tmp_path: Path, monkeypatch, capsys) -> None:
    with pytest.raises(VaultMissing, match="no vault"):
        unlock(tmp_path / "nothing", ADMIN, ADMIN_PASS)
    monkeypatch.setenv("SHELTERDESK_USER", ADMIN)
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", ADMIN_PASS)
    assert main(["--vault", str(tmp_path / "nothing"), "verify"]) == 4
    assert "no vault" in capsys.readouterr().err


def test_pinned_settings_hold_on_every_open(services) -> None:
    conn = services.session.conn
    assert str(conn.execute("PRAGMA cipher_version").fetchone()[0]).startswith("4.")
    for pragma, want in PINNED:
        assert str(conn.execute(f"PRAGMA {pragma}").fetchone()[0]).lower() == want, pragma
    assert dict(PINNED) == {"journal_mode": "wal", "synchronous": "2", "foreign_keys": "1", "temp_store": "2",
                            "secure_delete": "1", "cipher_memory_security": "1"}
