"""No survivor text leaves the vault: a marker planted in every text field is found in no file in plain form."""

from __future__ import annotations

import dataclasses
import os
import tempfile
import time
import uuid
from enum import Enum
from pathlib import Path

from core_helpers import ADMIN_PASS

from shelterdesk.cli import main
from shelterdesk.domain.models import Agency, IdentityDocument, NextOfKin, Survivor
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock

SKIP_FIELDS = {"phone", "issuing_country", "case_number", "nationalities", "languages", "kind", "letter_language"}


def _plant(obj, marker: str) -> None:
    """Put the marker into every free-text field of a dataclass, recursively."""
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name in SKIP_FIELDS or isinstance(value, Enum):  # codes and choices, validated
            continue
        if isinstance(value, str):
            setattr(obj, f.name, f"{marker}{f.name}")
        elif isinstance(value, list) and f.type in ("list[str]",):
            setattr(obj, f.name, [f"{marker}{f.name}"])
        elif dataclasses.is_dataclass(value):
            _plant(value, marker)


def _hits(root: Path, needles: list[bytes], since: float) -> list[str]:
    found = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = Path(dirpath) / name
            try:
                if path.stat().st_mtime < since or not path.is_file():
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            found += [f"{path} holds {n!r}" for n in needles if n in data]
    return found


def test_marker_in_every_field_never_appears_in_plain_form(cli_vault: Path, shelterdesk_home: Path, capsys) -> None:
    started = time.time() - 2
    marker = "QZX" + uuid.uuid4().hex[:10].upper()
    svc = Services.for_session(unlock(cli_vault, "admin", ADMIN_PASS, state_dir=shelterdesk_home / "state"))
    try:
        s = Survivor(documents=[IdentityDocument()], next_of_kin=NextOfKin())
        _plant(s, marker)
        s.nationalities, s.documents[0].number = ["KH"], marker
        saved = svc.cases.register(s)
        need = svc.needs.add(saved.id, "medical", description=f"{marker}need", responsible=f"{marker}resp")
        svc.needs.set_status(need.id, "met", outcome=f"{marker}outcome")
        svc.consents.record(saved.id, "agency", interpreter=f"{marker}interp", notes=f"{marker}cnotes")
        agency = Agency(kind="agency", name="x")
        _plant(agency, marker)
        agency = svc.agencies.save(agency)
        ref = svc.referrals.create(saved.id, agency.id, reason=f"{marker}reason", need_ids=[need.id])
        svc.referrals.set_status(ref.id, "sent", outcome=f"{marker}routcome")
        case_number = saved.case_number
    finally:
        svc.close()
    for args in (["search", marker], ["search", marker, "--json"], ["show", case_number], ["verify"]):
        assert main(["--vault", str(cli_vault), *args]) == 0
    assert marker in capsys.readouterr().out  # the data is there, for whoever unlocks
    needles = [marker.encode(), marker.encode("utf-16-le"), marker.encode("utf-16-be"), marker.lower().encode()]
    hits = []
    for root in {cli_vault, shelterdesk_home, Path(tempfile.gettempdir())}:
        hits += _hits(root, needles, started)
    assert not hits, hits
