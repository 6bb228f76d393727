"""Proof 6: after a full day of use, no survivor text is found outside the vault's encryption.

A child process with its own HOME, TMPDIR, XDG folders and SHELTERDESK_HOME does
intake, edits, a letter, a backup, an export of the audit log, and locks; then
every file under those folders is searched for the planted markers (UTF-8 and
UTF-16, any case).
"""

from __future__ import annotations

import os

from .helpers import run

MARKER = "QZXMARKER"

DAY = f"""
from shelterdesk.domain.models import NextOfKin, Survivor, TraffickingProfile
from shelterdesk.services import backup
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import create_vault
from shelterdesk.storage.keyslots import MIN_KDF

session, code = create_vault(VAULT, ADMIN, ADMIN_PASS, shelter_name="Harbour House", kdf=MIN_KDF)
svc = Services.for_session(session)
m = lambda i: "{MARKER}" + str(i)
s = svc.cases.register(Survivor(family_name=m(1), given_names=m(2), native_name="张" + m(3), aliases=[m(4)],
                                notes=m(5), home_address=m(6), nationalities=["ID"],
                                next_of_kin=NextOfKin(name=m(7)),
                                trafficking=TraffickingProfile(compound_location=m(8))),
                       confirm_not_duplicate=True)
s = svc.cases.open_case(s.id)
s.notes += " edited " + m(9)
svc.cases.update(s)
svc.consents.record(s.id, "embassy")
from shelterdesk.services.letters import LetterRequest
embassy = svc.agencies.embassies_for("ID")[0]
svc.letters.issue(LetterRequest(s.id, embassy.id))
backup.make_backup(session, Path(os.environ["HOME"]) / "usb.sdbak")
from shelterdesk.services.audit_export import export_csv
export_csv(svc.audit.entries(), Path(os.environ["HOME"]) / "audit.csv")
svc.close()
print("day done")
"""


def _hits(root) -> list[str]:
    needles = [v for m in (MARKER, MARKER.lower()) for v in (m.encode(), m.encode("utf-16-le"))]
    found = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            try:
                with open(path, "rb") as f:
                    data = f.read()
            except OSError:
                continue
            if any(n in data for n in needles):
                found.append(os.path.relpath(path, root))
    return found


def test_no_marker_anywhere_after_a_day_of_use(tmp_path):
    home = tmp_path / "user"
    dirs = {"HOME": home, "TMPDIR": home / "tmp", "XDG_CONFIG_HOME": home / ".config",
            "XDG_DATA_HOME": home / ".local/share", "XDG_CACHE_HOME": home / ".cache",
            "XDG_RUNTIME_DIR": home / "run", "SHELTERDESK_HOME": home / "shelterdesk"}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True, mode=0o700)
    result = run(DAY, home / "shelterdesk" / "vault", timeout=300, **{k: str(v) for k, v in dirs.items()})
    assert "day done" in result.stdout, result.stderr
    (home / "control.txt").write_text(MARKER.lower())  # proves the scan sees a marker where there is one
    files = sum(len(f) for _d, _s, f in os.walk(home))
    hits = [h for h in _hits(home) if h != "control.txt"]
    assert "control.txt" in _hits(home)
    print(f"\nmarker scan after a day of use: {files} files under HOME/TMPDIR/XDG/SHELTERDESK_HOME searched, "
          f"markers found in: {hits or 'none'}")
    assert not hits
