"""Every command, given hostile arguments, exits with a code and a message: never a traceback, never a write.

The walk is built from the parser itself, so a command added later is walked too:
huge numbers for every numeric argument, text that is not UTF-8 for every text
argument, and the vault's own files (directly and through links) for every output.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from core_helpers import ADMIN, ADMIN_PASS, run_cli

from shelterdesk.cli import build_parser, main
from shelterdesk.cli.arguments import whole_number
from shelterdesk.domain.models import Survivor
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock

HUGE = "9" * 40  # far past SQLite's 64-bit integers
NOT_UTF8 = os.fsdecode(b"Nguy\xe1n")  # Latin-1 bytes as a shell would pass them: lone surrogates in Python
NUMERIC_TYPES = (whole_number(1, 1).__name__,)


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    """(argv prefix, parser) for every leaf command, nested ones included."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield prefix, parser
        return
    for name, sub in subs[0].choices.items():
        yield from _commands(sub, (*prefix, name))


def _value(action: argparse.Action) -> str:
    if action.choices:
        return str(next(iter(action.choices)))
    if getattr(action.type, "__name__", "") in NUMERIC_TYPES:
        return "3"
    return "SD-2026-0001"


def _argv(action: argparse.Action, value: str) -> list[str]:
    return [value] if not action.option_strings else [action.option_strings[0], value]


def _with(parser: argparse.ArgumentParser, target: argparse.Action, hostile: str) -> list[str]:
    """The required arguments with plausible values (the first option of a required group), and `target`
    given the hostile value in its place."""
    argv: list[str] = []
    for action in parser._actions:
        if action is target:
            argv += _argv(action, hostile)
        elif not isinstance(action, argparse._HelpAction) and (action.required or not action.option_strings):
            argv += _argv(action, _value(action))
    for group in parser._mutually_exclusive_groups:
        if group.required and not any(a is target for a in group._group_actions):
            first = group._group_actions[0]
            argv += [first.option_strings[0]] if first.nargs == 0 else _argv(first, _value(first))
    return argv


def _takes_value(action: argparse.Action) -> bool:
    return action.nargs != 0 and not isinstance(action, (argparse._HelpAction, argparse._SubParsersAction))


def _snapshot(*folders: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for folder in folders for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def test_every_numeric_and_text_argument_of_every_command_is_refused_cleanly(cli_vault, shelterdesk_home, capsys,
                                                                              monkeypatch):
    monkeypatch.setenv("SHELTERDESK_NEW_PASSPHRASE", "a fresh and quiet lantern")
    before = _snapshot(cli_vault, shelterdesk_home)
    tried = {"number": 0, "text": 0}
    for prefix, parser in _commands(build_parser()):
        for action in parser._actions:
            if not _takes_value(action):
                continue
            numeric = getattr(action.type, "__name__", "") in NUMERIC_TYPES
            hostile = HUGE if numeric else NOT_UTF8
            if action.choices and not numeric:
                continue  # a choice list refuses anything else on its own
            argv = ["--vault", str(cli_vault), *prefix, *_with(parser, action, hostile)]
            code = main(argv)  # an uncaught exception fails the test here
            err = capsys.readouterr().err
            assert code == 2, (argv, code, err)
            expected = "give a number from" if numeric else "not valid UTF-8"
            assert expected in err and "Traceback" not in err, (argv, err)
            tried["number" if numeric else "text"] += 1
    # The global options too.
    for argv in (["--vault", str(cli_vault), "--user", NOT_UTF8], ["--vault", str(cli_vault) + NOT_UTF8]):
        assert main([*argv, "search", "x"]) == 2
        assert "not valid UTF-8" in capsys.readouterr().err
    assert tried["number"] >= 10 and tried["text"] >= 20, tried
    assert _snapshot(cli_vault, shelterdesk_home) == before


def test_non_utf8_bytes_on_a_real_command_line_and_in_the_environment(cli_vault, tmp_path):
    if sys.platform == "win32":
        pytest.skip("Windows passes the command line as UTF-16; there are no undecodable bytes")
    done = run_cli("--vault", str(cli_vault), "add", "--family", NOT_UTF8, "--nationality", "VN")
    assert done.returncode == 2 and "not valid UTF-8" in done.stderr and "Traceback" not in done.stderr
    done = run_cli("--vault", str(cli_vault), "search", "x", env={"SHELTERDESK_USER": NOT_UTF8})
    assert done.returncode == 2 and "SHELTERDESK_USER is not valid UTF-8" in done.stderr, done.stderr


# Every command that writes a file outside the vault; the file's path comes last.
OUTPUT_COMMANDS = [
    ["letter", "SD-2026-0001", "--agency", "1", "--out"],
    ["letters", "--nationality", "ID", "--template", "embassy", "--combined", "--out"],
    ["letters", "--nationality", "ID", "--template", "embassy", "--out"],
    ["reprint", "1", "--out"],
    ["recovery-kit", "--out"],
    ["access-report", "SD-2026-0001", "--out"],
    ["attachment", "get", "1", "--out"],
    ["export", "--kind", "aggregate", "--format", "csv", "--out"],
    ["report", "--from", "2026-01-01", "--to", "2026-12-31", "--out"],
    ["shelter-key", "export", "--out"],
    ["transfer", "export", "SD-2026-0001", "--to", "partner.key", "--out"],
    ["backup"],
]


def test_the_walk_covers_every_command_that_writes_a_file():
    with_out = {prefix[0] for prefix, parser in _commands(build_parser()) if any(a.dest == "out" for a in parser._actions)}
    assert with_out | {"backup"} == {argv[0] for argv in OUTPUT_COMMANDS}


def test_no_output_lands_on_the_vault_or_its_state_files(cli_vault, shelterdesk_home, tmp_path, capsys):
    (shelterdesk_home / "settings.ini").write_text("[ui]\n")
    links = tmp_path / "links"
    links.mkdir()
    (links / "slots.pdf").symlink_to(cli_vault / "keyslots.json")
    os.link(cli_vault / "keyslots.json", links / "hard.pdf")
    (links / "vaultdir").symlink_to(cli_vault)
    targets = [cli_vault / "keyslots.json", cli_vault / "vault-1.db", cli_vault / "new.pdf",
               shelterdesk_home / "settings.ini", shelterdesk_home / "state" / "x.pdf", links / "slots.pdf",
               links / "hard.pdf", links / "vaultdir" / "x.pdf"]
    before = _snapshot(cli_vault, shelterdesk_home)
    for argv in OUTPUT_COMMANDS:
        for target in targets:
            code = main(["--vault", str(cli_vault), *argv, str(target)])
            err = capsys.readouterr().err
            assert code == 1, (argv, target, err)
            assert "nothing was written" in err and "Traceback" not in err, (argv, target, err)
    assert _snapshot(cli_vault, shelterdesk_home) == before
    assert not (cli_vault / "new.pdf").exists()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a /proc file system (Linux)")
def test_a_letter_that_cannot_be_written_is_not_recorded_as_disclosed(cli_vault, shelterdesk_home, capsys):
    svc = Services.for_session(unlock(cli_vault, ADMIN, ADMIN_PASS, state_dir=shelterdesk_home / "state"))
    try:
        s = svc.cases.register(Survivor(family_name="Rahayu", given_names="Siti", nationalities=["ID"]))
        svc.consents.record(s.id, "embassy")
        embassy = svc.agencies.embassies_for("ID")[0].id
    finally:
        svc.close()
    for out in ("/proc/x.pdf", "/proc/self/x.pdf"):
        code = main(["--vault", str(cli_vault), "letter", s.case_number, "--agency", str(embassy), "--out", out])
        err = capsys.readouterr().err
        assert code == 1 and "Traceback" not in err, err
        assert "nothing was recorded" in err or "nothing was written" in err, err
    assert main(["--vault", str(cli_vault), "disclosures", s.case_number, "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
    assert main(["--vault", str(cli_vault), "search", "--limit", HUGE]) == 2
    assert "give a number from 1 to 10,000" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signal")
def test_sigterm_mid_command_rolls_back_and_locks(cli_vault, shelterdesk_home):
    anchor = next((shelterdesk_home / "state").glob("anchor-*.json"))
    before = anchor.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen([sys.executable, "-m", "shelterdesk.cli", "--vault", str(cli_vault), "demo", "--count",
                              "1000000"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wal = cli_vault / "vault-1.db-wal"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (wal.exists() and wal.stat().st_size > 1_000_000):
        time.sleep(0.1)  # the demo is writing batches: the command is well under way
    child.send_signal(signal.SIGTERM)
    _out, err = child.communicate(timeout=120)
    assert child.returncode == 1 and "interrupted" in err, (child.returncode, err)
    assert anchor.read_bytes() != before  # locked properly: the audit head was recorded on the way out
    assert main(["--vault", str(cli_vault), "verify"]) == 0
