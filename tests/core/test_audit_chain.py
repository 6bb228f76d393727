"""`verify` finds an edited, deleted or reordered audit entry, and a vault rolled back to an older copy."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from core_helpers import ADMIN, ADMIN_PASS

from shelterdesk.cli import main
from shelterdesk.storage.vault import Vault


def _work(vault: Path, n: int = 3) -> None:
    for i in range(n):
        assert main(["--vault", str(vault), "add", "--family", f"Person{i}", "--nationality", "ID", "--force"]) == 0


def _edit(vault: Path, sql: Callable) -> None:
    raw = Vault.open(vault, ADMIN, ADMIN_PASS)
    with raw.write() as conn:
        sql(conn)
    raw.close()


def _swap(conn) -> None:
    a = conn.execute("SELECT at, actor, action, entity, entity_id, detail, mac FROM audit WHERE seq = 3").fetchone()
    b = conn.execute("SELECT at, actor, action, entity, entity_id, detail, mac FROM audit WHERE seq = 4").fetchone()
    for seq, row in ((3, b), (4, a)):
        conn.execute("UPDATE audit SET at=?, actor=?, action=?, entity=?, entity_id=?, detail=?, mac=? WHERE seq=?",
                     (*row, seq))


@pytest.mark.parametrize("change", [
    lambda conn: conn.execute("UPDATE audit SET actor = 'someone' WHERE seq = 3"),
    lambda conn: conn.execute("DELETE FROM audit WHERE seq = 3"),
    _swap,
    lambda conn: conn.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)"),
], ids=["edited", "deleted", "reordered", "last-deleted"])
def test_verify_finds_a_changed_log(cli_vault: Path, capsys, change) -> None:
    _work(cli_vault)
    assert main(["--vault", str(cli_vault), "verify"]) == 0
    assert "OK" in capsys.readouterr().out
    _edit(cli_vault, change)
    assert main(["--vault", str(cli_vault), "verify"]) == 4
    assert "audit" in capsys.readouterr().err.lower()


def test_verify_finds_a_rollback_and_keeps_finding_it(cli_vault: Path, tmp_path: Path, capsys) -> None:
    _work(cli_vault, 1)
    old = tmp_path / "old-copy"
    shutil.copytree(cli_vault, old)
    _work(cli_vault, 2)  # more work, then the CLI locks
    shutil.rmtree(cli_vault)
    shutil.copytree(old, cli_vault)
    for _ in range(2):  # a failed verify must not bless the rolled-back state
        assert main(["--vault", str(cli_vault), "verify"]) == 4
        assert "rolled back" in capsys.readouterr().err


def test_ordinary_commands_on_a_rolled_back_vault_warn_and_keep_the_evidence(
        cli_vault: Path, tmp_path: Path, capsys) -> None:
    _work(cli_vault, 1)
    old = tmp_path / "old-copy"
    shutil.copytree(cli_vault, old)
    _work(cli_vault, 2)
    shutil.rmtree(cli_vault)
    shutil.copytree(old, cli_vault)
    capsys.readouterr()
    # A plain search used to record the old state as the last known one, erasing the evidence.
    assert main(["--vault", str(cli_vault), "search", ""]) == 0
    assert "older than the last state" in capsys.readouterr().err
    assert main(["--vault", str(cli_vault), "verify"]) == 4
    assert "rolled back" in capsys.readouterr().err
