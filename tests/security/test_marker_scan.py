"""Proof 6: after a full day of use, no survivor text is found outside the vault's encryption.

A child process with its own HOME, TMPDIR, XDG folders and SHELTERDESK_HOME does
intake, edits, a letter, a backup, an export of the audit log, and locks; then
every file under those folders is searched for the planted markers (UTF-8 and
UTF-16, any case).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

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


# One name per script the app supports, each unusual enough not to occur by chance in a file.
SCRIPTS = {
    "latin": "Nguyễn Thị Hoà Bình", "han": "张伟明远", "hangul": "김민준서연", "khmer": "សុខ ដារ៉ា វណ្ណៈ",
    "thai": "สมชาย ใจดีมาก", "lao": "ສົມພອນ ພົມມະຈັນ", "myanmar": "အောင်ကိုကိုလင်း",
    "bengali": "মোহাম্মদ রহমান খান", "devanagari": "राम बहादुर थापा", "tamil": "முருகன் செல்வம்",
    "sinhala": "සුනිල් පෙරේරා", "ethiopic": "አበበ በቀለ ተሰማ", "arabic": "محمد أحمد عمران",
}

GUI_DAY = """
import dataclasses, sys
from enum import Enum
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

app = QApplication([])
from shelterdesk.domain.models import Agency, IdentityDocument, NextOfKin, Survivor
from shelterdesk.services.clock import SystemClock
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import create_vault
from shelterdesk.storage.keyslots import MIN_KDF
from shelterdesk.ui.main_window import MainWindow
from shelterdesk.ui.settings_store import SettingsStore
from shelterdesk.ui.unlock import VaultAccess

MARKER, SCRIPTS, OUT = os.environ["SD_MARKER"], eval(os.environ["SD_SCRIPTS"]), Path(os.environ["SD_OUT"])
SKIP = {"phone", "issuing_country", "case_number", "nationalities", "languages", "kind", "letter_language",
        "email"}

def plant(obj, tag):
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name in SKIP or isinstance(value, Enum):
            continue
        if isinstance(value, str):
            setattr(obj, f.name, f"{MARKER}{tag}{f.name}")
        elif isinstance(value, list) and f.type in ("list[str]",):
            setattr(obj, f.name, [f"{MARKER}{tag}{f.name}"])
        elif dataclasses.is_dataclass(value):
            plant(value, tag)

state = Path(os.environ["SHELTERDESK_HOME"]) / "state"
session, _code = create_vault(VAULT, ADMIN, ADMIN_PASS, shelter_name="Harbour House", kdf=MIN_KDF, state_dir=state)
svc = Services.for_session(session)
first = None
for tag, name in SCRIPTS.items():
    s = Survivor(documents=[IdentityDocument()], next_of_kin=NextOfKin())
    plant(s, tag)
    s.native_name, s.nationalities, s.documents[0].number = f"{name} {MARKER}", ["ID"], f"P{MARKER}{tag}"[:20]
    s = svc.cases.register(s, confirm_not_duplicate=True)
    need = svc.needs.add(s.id, "travel_document", description=f"{MARKER}need{tag}")
    svc.consents.record(s.id, "embassy", interpreter=f"{MARKER}interp{tag}")
    embassy = svc.agencies.embassies_for("ID")[0]
    ref = svc.referrals.create(s.id, embassy.id, need_ids=[need.id], reason=f"{MARKER}reason{tag} {name}")
    first = first or (s.id, ref.id)
svc.close()

# The driver answers every modal box: "not encrypted, save?" -> Save; "mark the referral as sent?" -> Yes;
# the save dialog -> OUT/letter.pdf.
def drive():
    QTimer.singleShot(50, drive)
    w = app.activeModalWidget()
    if isinstance(w, QMessageBox):
        (w.button(QMessageBox.StandardButton.Save) or w.button(QMessageBox.StandardButton.Ok)
         or w.button(QMessageBox.StandardButton.Yes)).click()
    elif isinstance(w, QFileDialog):
        w.setDirectory(str(OUT))
        w.findChild(QLineEdit, "fileNameEdit").setText("letter.pdf")
        w.accept()
QTimer.singleShot(50, drive)
QTimer.singleShot(240_000, lambda: sys.exit("the GUI run did not finish"))

def settle(ms=300):
    loop_end = __import__("time").monotonic() + ms / 1000
    while __import__("time").monotonic() < loop_end:
        app.processEvents()

window = MainWindow(VaultAccess(VAULT, SystemClock(), state, kdf=MIN_KDF), SettingsStore())
window.show()
window.unlock_screen.user.setText(ADMIN)
window.unlock_screen.passphrase.setText(ADMIN_PASS)
window.unlock_screen.button.click()
assert not window.is_locked, window.unlock_screen.message.text()
ws = window.workspace
for text in (MARKER, *[name.split()[0] for name in SCRIPTS.values()]):   # search in every script
    ws.register.search.setText(text)
    ws.register.search.returnPressed.emit()
    settle(100)
    assert ws.register.model.rowCount() >= 1, text
ws.register.search.setText(MARKER)
ws.register.search.returnPressed.emit()
settle()
ws.register.table.activated.emit(ws.register.model.index(0, 0))   # open the case
settle()
assert ws.case_file is not None
ws.open_letter(first[1])
settle(1500)
dialog = ws.dialogs[-1]
dialog.save_letter()
settle()
assert (OUT / "letter.pdf").exists(), "the letter was not saved"
window.lock()
settle()
assert window.is_locked
window.close()
settle()
print("gui day done")
"""


def _scan_roots(dirs: dict[str, Path]) -> list[Path]:
    return [dirs["HOME"], dirs["TMPDIR"]]  # HOME holds the XDG folders, SHELTERDESK_HOME and the vault


def test_gui_day_leaves_no_marker_or_name_in_any_script_outside_the_vault(tmp_path):
    marker = "QZX" + uuid.uuid4().hex[:8].upper()
    home = tmp_path / "user"
    dirs = {"HOME": home, "TMPDIR": tmp_path / "tmp", "XDG_CONFIG_HOME": home / ".config",
            "XDG_DATA_HOME": home / ".local/share", "XDG_CACHE_HOME": home / ".cache",
            "XDG_STATE_HOME": home / ".local/state", "XDG_RUNTIME_DIR": home / "run",
            "SHELTERDESK_HOME": home / "shelterdesk",
            # Staff may well name the folder after the person: then a dialog's history would hold the name.
            "SD_OUT": home / f"letters for {marker}"}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True, mode=0o700)
    result = run(GUI_DAY, home / "shelterdesk" / "vault", timeout=300, QT_QPA_PLATFORM="offscreen",
                 SD_MARKER=marker, SD_SCRIPTS=repr(SCRIPTS), **{k: str(v) for k, v in dirs.items()})
    assert "gui day done" in result.stdout, result.stderr[-3000:]
    letter = dirs["SD_OUT"] / "letter.pdf"  # a saved letter is plaintext by design: the one file left out
    assert letter.exists()

    needles = [v for text in (marker, marker.lower(), *SCRIPTS.values())
               for v in (text.encode(), text.encode("utf-16-le"), text.encode("utf-16-be"))]

    def hits() -> list[str]:
        found = []
        for root in _scan_roots(dirs):
            for folder, _dirs, files in os.walk(root):
                for name in files:
                    path = os.path.join(folder, name)
                    if path == str(letter):
                        continue
                    try:
                        with open(path, "rb") as f:
                            data = f.read()
                    except OSError:
                        continue
                    if any(n in data for n in needles):
                        found.append(os.path.relpath(path, tmp_path))
        return found

    files = sum(len(f) for root in _scan_roots(dirs) for _d, _s, f in os.walk(root))
    leaks = hits()
    # Positive controls: a marker in each scanned root, each encoding and a non-Latin script is found.
    controls = {dirs["XDG_CONFIG_HOME"] / "control-a": marker.encode("utf-16-le"),
                dirs["TMPDIR"] / "control-b": marker.lower().encode(),
                dirs["XDG_CACHE_HOME"] / "control-c": SCRIPTS["khmer"].encode()}
    for path, data in controls.items():
        path.write_bytes(b"\x00noise" + data + b"noise\x00")
    assert sorted(set(hits()) - set(leaks)) == sorted(os.path.relpath(p, tmp_path) for p in controls)
    print(f"\nGUI marker scan: {files} files under HOME/XDG/SHELTERDESK_HOME/TMPDIR searched for "
          f"{len(needles)} needles; found in: {leaks or 'none'}")
    assert not leaks
