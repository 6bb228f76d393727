"""The command-line contract: commands, JSON fields, exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from core_helpers import ADMIN, ADMIN_PASS, REPO, run_cli

from shelterdesk.cli import main


def cli(vault: Path, *args: str) -> int:
    return main(["--vault", str(vault), *args])


def test_init_prints_the_recovery_code_once_and_refuses_to_overwrite(tmp_path: Path) -> None:
    vault = str(tmp_path / "v")
    env = {"SHELTERDESK_PASSPHRASE": ADMIN_PASS, "SHELTERDESK_USER": ADMIN}
    first = run_cli("--vault", vault, "init", "--admin", ADMIN, "--shelter-name", "Harbour House", env=env)
    assert first.returncode == 0, first.stderr
    assert "Recovery code" in first.stdout and "keep it" in first.stdout.lower()
    again = run_cli("--vault", vault, "init", "--admin", ADMIN, env=env)
    assert again.returncode == 1 and "already a vault" in again.stderr
    assert "Recovery code" not in again.stdout
    weak = run_cli("--vault", str(tmp_path / "w"), "init", "--admin", ADMIN, env={"SHELTERDESK_PASSPHRASE": "abc"})
    assert weak.returncode == 1 and "Traceback" not in weak.stderr


def test_exit_codes_without_tracebacks(cli_vault: Path, tmp_path: Path) -> None:
    v = str(cli_vault)
    cases = [
        (["--vault", v, "add", "--family", "X"], {}, 1, "nationalit"),
        (["--vault", v, "add", "--family", "X", "--nationality", "XX"], {}, 1, "not a country code"),
        (["--vault", v, "add", "--family", "X", "--nationality", "ID", "--dob", "2001-02-30"], {}, 1, "YYYY-MM-DD"),
        (["--vault", v, "add", "--family", "X", "--nationality", "ID", "--sex", "robot"], {}, 2, "invalid choice"),
        (["--vault", v, "frobnicate"], {}, 2, "invalid choice"),
        (["--vault", v, "search", "x"], {"SHELTERDESK_PASSPHRASE": "wrong horse battery staple"}, 3, "not right"),
        (["--vault", v, "search", "x"], {"SHELTERDESK_USER": "nobody"}, 3, "not right"),
        (["--vault", str(tmp_path / "none"), "search", "x"], {}, 4, "no vault"),
        (["--vault", v, "show", "SD-1999-0001"], {}, 1, "no case"),
    ]
    for args, env, code, text in cases:
        done = run_cli(*args, env=env)
        assert done.returncode == code, (args, done.stderr)
        assert text in done.stderr and "Traceback" not in done.stderr, (args, done.stderr)


def test_case_work_from_intake_to_referral(cli_vault: Path, capsys) -> None:
    v = cli_vault
    assert cli(v, "add", "--family", "Nguyen", "--given", "Thi Hoa", "--native", "Nguyễn Thị Hoà",
               "--nationality", "VN", "--passport", "C1234567", "--dob", "1999-02-03", "--sex", "female") == 0
    case = capsys.readouterr().out.strip()
    assert case.startswith("SD-")
    assert cli(v, "add", "--family", "Nguyen", "--given", "Thi Hoa", "--nationality", "VN") == 1
    err = capsys.readouterr().err
    assert case in err and "similar name, same nationality" in err
    assert cli(v, "add", "--family", "Nguyen", "--given", "Thi Hoa", "--nationality", "VN", "--force") == 0
    capsys.readouterr()
    assert cli(v, "search", "nguyen thi hoa", "--json", "--status", "intake", "--nationality", "vn") == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 2
    assert {"case_number", "family_name", "given_names", "native_name", "nationalities", "status"} <= set(rows[0])
    assert rows[0]["native_name"] == "Nguyễn Thị Hoà" and rows[0]["nationalities"] == ["VN"]
    assert cli(v, "search", "nguyen", "--limit", "1", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 1

    assert cli(v, "agencies", "--json") == 0
    agencies = json.loads(capsys.readouterr().out)
    assert {"id", "kind", "name", "nationalities"} <= set(agencies[0])
    embassy = next(a["id"] for a in agencies if a["kind"] == "embassy" and a["nationalities"] == ["VN"])

    assert cli(v, "need", "add", case, "--category", "travel_document", "--priority", "high") == 0
    need = capsys.readouterr().out.strip()
    assert need.isdigit()
    assert cli(v, "refer", case, "--agency", str(embassy), "--need", need) == 1
    assert "consent" in capsys.readouterr().err
    assert cli(v, "consent", case, "--kind", "embassy", "--interpreter", "staff interpreter") == 0
    assert cli(v, "refer", case, "--agency", str(embassy), "--need", need, "--reason", "travel document",
               "--priority", "urgent") == 0
    ref = capsys.readouterr().out.strip().splitlines()[-1]
    assert ref.startswith("REF-")
    assert cli(v, "referral", "set", ref, "--status", "completed") == 1
    assert "cannot become completed" in capsys.readouterr().err
    assert cli(v, "referral", "set", ref, "--status", "sent") == 0
    assert cli(v, "need", "set", need, "--status", "in_progress") == 0
    assert cli(v, "consent", case, "--kind", "embassy", "--withdraw") == 0
    capsys.readouterr()

    assert cli(v, "show", case, "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["native_name"] == "Nguyễn Thị Hoà" and doc["documents"][0]["number"] == "C1234567"
    assert doc["needs"][0]["status"] == "in_progress" and doc["referrals"][0]["status"] == "sent"
    assert doc["consents"][0]["withdrawn_on"] is not None
    assert cli(v, "show", case) == 0
    shown = capsys.readouterr().out
    assert "Travel document (" in shown and "): In progress" in shown  # the same labels as the screens
    assert "Embassy: given" in shown
    assert cli(v, "verify") == 0
    assert capsys.readouterr().out.startswith("OK")


def test_staff_add_list_and_roles(cli_vault: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHELTERDESK_NEW_PASSPHRASE", "purple elephant dancing quietly")
    assert cli(cli_vault, "staff", "add", "rita", "--role", "readonly") == 0
    assert cli(cli_vault, "staff", "list", "--json") == 0
    staff = {m["username"]: m["role"] for m in json.loads(capsys.readouterr().out.split("\n", 1)[1])}
    assert staff == {"admin": "administrator", "rita": "readonly"}
    monkeypatch.setenv("SHELTERDESK_USER", "rita")
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", "purple elephant dancing quietly")
    # The administrator's one-time passphrase opens nothing but the change of passphrase.
    for args in (["search", "x"], ["staff", "list"], ["add", "--family", "X", "--nationality", "ID"]):
        assert cli(cli_vault, *args) == 1
        assert "shelterdesk-cli passwd" in capsys.readouterr().err
    monkeypatch.setenv("SHELTERDESK_NEW_PASSPHRASE", "rita chooses seven quiet lanterns")
    assert cli(cli_vault, "passwd") == 0
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", "rita chooses seven quiet lanterns")
    capsys.readouterr()
    assert cli(cli_vault, "add", "--family", "X", "--nationality", "ID") == 1
    assert "readonly" in capsys.readouterr().err
    assert cli(cli_vault, "staff", "add", "bob", "--role", "caseworker") == 1
    assert "administrators only" in capsys.readouterr().err


def test_demo_creates_a_vault_when_there_is_none(tmp_path: Path) -> None:
    vault = str(tmp_path / "demo")
    env = {"SHELTERDESK_USER": ADMIN, "SHELTERDESK_PASSPHRASE": ADMIN_PASS}
    done = run_cli("--vault", vault, "demo", "--count", "30", "--seed", "3", env=env)
    assert done.returncode == 0, done.stderr
    assert "Recovery code" in done.stdout and "30 synthetic" in done.stdout
    listed = run_cli("--vault", vault, "search", "--json", "--limit", "100", env=env)
    assert len(json.loads(listed.stdout)) == 30


def test_add_reads_sensitive_fields_from_json_not_argv(cli_vault: Path, tmp_path: Path, capsys,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    fields = {"family": "Nguyễn", "given": "Thị Hoa", "native": "阮氏花", "nationality": ["VN"], "sex": "female",
              "dob": "1999-02-03", "passport": "C1234567", "passport_status": "held_by_employer",
              "languages": "vi, en", "admission_date": "2026-03-01", "status": "sheltered"}
    assert cli(cli_vault, "add", "--fields") == 0
    listed = capsys.readouterr().out.split()
    assert set(fields) <= set(listed)
    doc = tmp_path / "case.json"
    doc.write_text(json.dumps(fields, ensure_ascii=False), encoding="utf-8")
    assert cli(cli_vault, "add", "--from-json", str(doc)) == 0
    case = capsys.readouterr().out.strip()
    assert cli(cli_vault, "show", case, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["family_name"], shown["native_name"], shown["status"]) == ("Nguyễn", "阮氏花", "sheltered")
    assert shown["documents"][0]["number"] == "C1234567"
    assert shown["documents"][0]["status"] == "held_by_employer"
    assert shown["languages"] == ["vi", "en"] and shown["stay"]["admission_date"] == "2026-03-01"
    # From standard input, in a real process: the name is nowhere on the command line.
    other = {"family": "Santoso", "given": "Budi", "nationality": "ID"}
    done = subprocess.run([sys.executable, "-m", "shelterdesk.cli", "--vault", str(cli_vault), "add",
                           "--from-json", "-"], input=json.dumps(other), capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=REPO, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("SD-"), done.stderr
    refusals = [('{"family": "X", "nationality": "ID", "passprt": "1"}', "passprt: not a case field"),
                ('["X"]', "one JSON object"), ('{"family": ', "Not valid JSON"),
                ('{"family": "X", "nationality": "ID", "dob": "1999-02-30"}', "YYYY-MM-DD"),
                ('{"family": "X", "nationality": "ID", "sex": "robot"}', "Use female, male, intersex or unknown")]
    for text, message in refusals:
        doc.write_text(text, encoding="utf-8")
        assert cli(cli_vault, "add", "--from-json", str(doc)) == 1
        assert message in capsys.readouterr().err
    doc.write_bytes("{\"family\": \"Müller\", \"nationality\": \"DE\"}".encode("latin-1"))
    assert cli(cli_vault, "add", "--from-json", str(doc)) == 1
    assert "not UTF-8" in capsys.readouterr().err
    assert cli(cli_vault, "add", "--from-json", str(doc), "--family", "X") == 2
    assert "not both" in capsys.readouterr().err
