"""shelterdesk-cli retention set|preview|apply and erase: refusals without confirmation, JSON, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest

from shelterdesk.cli import main
from shelterdesk.domain.enums import CaseStatus
from shelterdesk.domain.models import ShelterStay, Survivor
from tests.conftest import ADMIN, ADMIN_PASS
from tests.core.core_helpers import REPO


@pytest.fixture
def cases(services) -> dict[str, str]:
    old = services.cases.register(Survivor(
        family_name="Old", given_names="A", nationalities=["ID"], status=CaseStatus.REPATRIATED,
        stay=ShelterStay(admission_date=date(2023, 1, 5), discharge_date=date(2023, 6, 30))))
    open_ = services.cases.register(Survivor(family_name="Open", given_names="B", nationalities=["ID"]))
    services.close()  # the CLI opens the vault next
    return {"old": old.case_number, "open": open_.case_number}


@pytest.fixture
def cli(vault_dir, monkeypatch):
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", ADMIN_PASS)
    return lambda *argv: main(["--vault", str(vault_dir), "--user", ADMIN, *argv])


def test_retention_set_preview_and_apply(cli, cases, capsys):
    assert cli("retention", "preview", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []  # off by default
    assert cli("retention", "set", "--months", "lots") == 2
    assert cli("retention", "set", "--months", "0") == 1
    assert "from 1 to 600" in capsys.readouterr().err
    assert cli("retention", "set", "--months", "24") == 0
    capsys.readouterr()
    assert cli("retention", "preview", "--json") == 0
    preview = json.loads(capsys.readouterr().out)
    assert [(p["case"], p["closed_on"]) for p in preview] == [(cases["old"], "2023-06-30")]
    assert preview[0]["changes"]

    assert cli("retention", "apply") == 1  # no terminal to ask on: refused, nothing changed
    assert "nothing was changed" in capsys.readouterr().err
    assert cli("retention", "preview", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert cli("retention", "apply", "--yes") == 0
    assert "Anonymised 1 case(s)" in capsys.readouterr().out
    assert cli("show", cases["old"]) == 1  # the case number is gone with the rest
    capsys.readouterr()
    assert cli("retention", "set", "--months", "off") == 0
    assert "off" in capsys.readouterr().out


def test_erase_asks_refuses_without_a_terminal_and_then_erases(cli, cases, capsys):
    assert cli("erase", cases["open"], "--reason", "asked in person on 2026-11-24") == 1
    assert "nothing was erased" in capsys.readouterr().err
    assert cli("show", cases["open"]) == 0
    capsys.readouterr()
    assert cli("erase", cases["open"], "--reason", "asked in person on 2026-11-24", "--yes") == 0
    assert "Erased" in capsys.readouterr().out
    assert cli("show", cases["open"]) == 1
    assert "no case" in capsys.readouterr().err
    assert cli("verify") == 0
    assert cli("erase", cases["open"], "--reason", "again", "--yes") == 1


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("typed, erased", [("wrong", False), (None, True)])
def test_erase_asks_on_a_terminal(cases, vault_dir, typed, erased):
    """On a terminal, erase asks for the case number; anything else leaves the case as it was."""
    answer = typed or cases["open"]
    main_fd, terminal = os.openpty()
    try:
        os.write(main_fd, (answer + "\n").encode())
        done = subprocess.run(
            [sys.executable, "-m", "shelterdesk.cli", "--vault", str(vault_dir), "--user", ADMIN, "erase",
             cases["open"], "--reason", "asked in person"], stdin=terminal, capture_output=True, text=True,
            env={**os.environ, "PYTHONPATH": str(REPO), "SHELTERDESK_PASSPHRASE": ADMIN_PASS}, timeout=120)
    finally:
        os.close(terminal)
        os.close(main_fd)
    assert "cannot be undone" in done.stderr
    assert done.returncode == (0 if erased else 1), done.stderr
    shown = subprocess.run([sys.executable, "-m", "shelterdesk.cli", "--vault", str(vault_dir), "--user", ADMIN,
                            "show", cases["open"]], capture_output=True, text=True, timeout=120,
                           env={**os.environ, "PYTHONPATH": str(REPO), "SHELTERDESK_PASSPHRASE": ADMIN_PASS})
    assert shown.returncode == (1 if erased else 0)
