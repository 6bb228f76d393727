"""shelter-key and transfer from the command line, between two vaults: the JSON contract and refusals."""

from __future__ import annotations

import json
from datetime import date

from shelterdesk.cli import main
from shelterdesk.services.vaults import create_vault
from shelterdesk.storage.keyslots import MIN_KDF
from tests.conftest import ADMIN, ADMIN_PASS


def test_two_shelters_exchange_a_case(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", ADMIN_PASS)
    vaults = {}
    for name in ("harbour", "mekong"):
        session, _ = create_vault(tmp_path / name, ADMIN, ADMIN_PASS, shelter_name=name.title(), kdf=MIN_KDF)
        session.close()
        vaults[name] = tmp_path / name

    def cli(vault: str, *argv: str) -> int:
        return main(["--vault", str(vaults[vault]), "--user", ADMIN, *argv])

    for name in vaults:
        assert cli(name, "shelter-key", "export", "--out", str(tmp_path / f"{name}.key")) == 0
    out = capsys.readouterr().out
    assert "Fingerprint:" in out
    assert cli("harbour", "shelter-key", "show") == 0
    harbour_fp = capsys.readouterr().out.split("Fingerprint: ")[1].strip()
    assert harbour_fp in (tmp_path / "harbour.key").read_text()

    assert cli("harbour", "add", "--family", "Rahman", "--given", "Karim", "--nationality", "BD") == 0
    case = capsys.readouterr().out.strip()
    package = tmp_path / "rahman.sdx"
    assert cli("harbour", "transfer", "export", case, "--to", str(tmp_path / "mekong.key"), "--out", str(package)) == 1
    assert "not trusted" in capsys.readouterr().err and not package.exists()
    assert cli("harbour", "shelter-key", "trust", str(tmp_path / "mekong.key"), "--name", "Mekong") == 0
    assert cli("harbour", "transfer", "export", case, "--to", str(tmp_path / "mekong.key"), "--out", str(package)) == 1
    assert "consent for transfer" in capsys.readouterr().err and not package.exists()
    assert cli("harbour", "consent", case, "--kind", "transfer") == 0
    assert cli("harbour", "transfer", "export", case, "--to", str(tmp_path / "mekong.key"), "--out", str(package)) == 0
    assert "marked as transferred" in capsys.readouterr().out
    assert cli("harbour", "show", case, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["status"] == "transferred" and shown["stay"]["discharge_destination"] == "Mekong"
    assert shown["stay"]["discharge_date"] == date.today().isoformat()

    assert cli("mekong", "transfer", "import", str(package), "--dry-run", "--json") == 1
    assert "not trusted" in capsys.readouterr().err
    assert cli("mekong", "shelter-key", "trust", str(tmp_path / "harbour.key"), "--name", "Harbour") == 0
    capsys.readouterr()
    assert cli("mekong", "transfer", "import", str(package), "--dry-run", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"cases": [case], "duplicates": [], "attachments": 0}
    assert cli("mekong", "search", "Rahman", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []  # the dry run wrote nothing
    assert cli("mekong", "transfer", "import", str(package), "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["cases"] == [case] and list(result["imported"]) == [case]
    assert cli("mekong", "transfer", "import", str(package), "--json") == 1
    assert "already imported" in capsys.readouterr().err
    assert cli("mekong", "verify") == 0
