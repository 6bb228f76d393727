"""shelterdesk-cli attach / attachments / attachment get|remove: the JSON contract, refusals, private copies."""

from __future__ import annotations

import hashlib
import json
import os
import stat

import pytest

from shelterdesk.cli import main
from shelterdesk.domain.models import Survivor
from tests.attachments.samples import exif_of, pdf_scan, photo_with_location
from tests.conftest import ADMIN, ADMIN_PASS


@pytest.fixture
def case_number(services) -> str:
    number = services.cases.register(Survivor(family_name="Dara", given_names="Sok", nationalities=["KH"])).case_number
    services.close()  # one process at a time: the CLI opens the vault next
    return number


@pytest.fixture
def cli(vault_dir, monkeypatch):
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", ADMIN_PASS)
    return lambda *argv: main(["--vault", str(vault_dir), "--user", ADMIN, *argv])


def test_attach_list_and_get_a_cleaned_copy(cli, case_number, tmp_path, capsys):
    photo = tmp_path / "IMG_2031.JPG"
    photo.write_bytes(photo_with_location())
    scan = tmp_path / "passport.pdf"
    scan.write_bytes(pdf_scan())
    assert cli("attach", case_number, str(photo), "--kind", "photo") == 0
    assert "NOT encrypted" in capsys.readouterr().err
    assert cli("attach", case_number, str(scan), "--kind", "passport_scan") == 0
    capsys.readouterr()

    assert cli("attachments", case_number, "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [sorted(a) for a in listed] == [["added_at", "id", "kind", "name", "sha256", "size"]] * 2
    assert [(a["kind"], a["name"]) for a in listed] == [("photo", "IMG_2031.JPG"), ("passport_scan", "passport.pdf")]
    assert listed[1]["sha256"] == hashlib.sha256(scan.read_bytes()).hexdigest()

    out = tmp_path / "copy.jpg"
    assert cli("attachment", "get", str(listed[0]["id"]), "--out", str(out)) == 0
    assert "NOT encrypted" in capsys.readouterr().err
    copy = out.read_bytes()
    assert hashlib.sha256(copy).hexdigest() == listed[0]["sha256"] and len(copy) == listed[0]["size"]
    assert b"MarkerCam" not in copy and not {k for k in exif_of(copy) if isinstance(k, int) or "gps" in str(k)}
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_refusals_store_nothing_and_exit_1(cli, case_number, tmp_path, capsys):
    liar = tmp_path / "photo.png"
    liar.write_bytes(pdf_scan())
    assert cli("attach", case_number, str(liar), "--kind", "photo") == 1
    assert "its contents are a PDF document" in capsys.readouterr().err
    assert cli("attach", case_number, str(tmp_path / "missing.pdf"), "--kind", "other") == 1
    assert "cannot be read" in capsys.readouterr().err
    assert cli("attach", case_number, str(liar), "--kind", "selfie") == 2
    capsys.readouterr()
    assert cli("attachments", case_number, "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_remove_needs_yes(cli, case_number, tmp_path, capsys):
    scan = tmp_path / "id.pdf"
    scan.write_bytes(pdf_scan())
    assert cli("attach", case_number, str(scan), "--kind", "id_scan") == 0
    capsys.readouterr()
    assert cli("attachments", case_number, "--json") == 0
    attachment_id = str(json.loads(capsys.readouterr().out)[0]["id"])
    assert cli("attachment", "remove", attachment_id) == 1
    assert "cannot be undone" in capsys.readouterr().err
    assert cli("attachment", "remove", attachment_id, "--yes") == 0
    capsys.readouterr()
    assert cli("attachments", case_number, "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert cli("attachment", "get", attachment_id, "--out", str(tmp_path / "gone.pdf")) == 1
    assert "no such attachment" in capsys.readouterr().err
