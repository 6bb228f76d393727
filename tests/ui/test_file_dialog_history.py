"""Qt's file dialog keeps no trace of where letters and backups went, and refuses the vault's own files.

Each run is a child process with its own HOME and XDG folders, so Qt's settings
(QtProject.conf) are written where this test can read them. The positive
control runs a plain QFileDialog the same way and finds the folder name there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = "QZXFOLDERsaved"
NAME = "QZXNAMEletter"

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
app = QApplication([])
from shelterdesk.ui.file_dialogs import save_file

mode, out, vault = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
answers = [(vault, "keyslots.json"), (out, "{name}.pdf")] if mode == "ours" else [(out, "{name}.pdf")]
messages = []

def drive():
    QTimer.singleShot(50, drive)  # first: accepting may open a nested modal box that blocks this call
    w = app.activeModalWidget()
    if isinstance(w, QMessageBox):  # Qt's "replace it?" (yes), then ShelterDesk's refusal (OK)
        messages.append(w.text())
        (w.button(QMessageBox.StandardButton.Yes) or w.button(QMessageBox.StandardButton.Ok)).click()
    elif isinstance(w, QFileDialog) and answers:
        folder, name = answers.pop(0)
        w.setDirectory(str(folder))
        w.findChild(QLineEdit, "fileNameEdit").setText(name)
        w.accept()

QTimer.singleShot(50, drive)
QTimer.singleShot(60_000, lambda: sys.exit("the dialogs did not finish"))
if mode == "ours":
    chosen = save_file(None, "Save", "letter.pdf", "PDF files (*.pdf)", default_suffix="pdf", vault_dir=vault)
else:
    dialog = QFileDialog(None, "Save", str(Path.home()), "PDF files (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setHistory([])
    dialog.exec()
    chosen = Path(dialog.selectedFiles()[0])
    del dialog
print("chosen", chosen)
print("messages", " | ".join(messages))
""".replace("{name}", NAME)


def _run_dialog(tmp_path: Path, mode: str) -> tuple[str, Path]:
    home = tmp_path / mode
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CACHE_HOME": str(home / ".cache"),
           "XDG_STATE_HOME": str(home / ".local/state"), "SHELTERDESK_HOME": str(home / "sd"),
           "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out, vault = home / FOLDER, home / "sd" / "vault"
    for folder in (out, vault, home / ".config"):
        folder.mkdir(parents=True)
    (vault / "keyslots.json").write_text("{}")
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(CHILD), mode, str(out), str(vault)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout, home


def _files_holding(root: Path, needles: list[str]) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file() and any(n.encode() in path.read_bytes() for n in needles):
            hits.append(str(path.relative_to(root)))
    return hits


@pytest.mark.skipif(sys.platform == "win32", reason="Qt keeps these settings in the registry on Windows")
def test_save_dialog_refuses_the_vault_and_leaves_no_folder_or_name_in_any_config_file(tmp_path):
    control, control_home = _run_dialog(tmp_path, "plain")
    # Positive control: a plain Qt dialog records the folder in QtProject.conf, and this scan finds it.
    assert _files_holding(control_home, [FOLDER]) == [".config/QtProject.conf"], control

    stdout, home = _run_dialog(tmp_path, "ours")
    assert f"chosen {home / FOLDER / NAME}.pdf" in stdout
    assert "ShelterDesk's own folder" in stdout  # the vault's key-slot file was refused with the reason
    assert (home / "sd" / "vault" / "keyslots.json").read_text() == "{}"
    assert _files_holding(home, [FOLDER, NAME]) == []  # HOME holds the XDG folders and SHELTERDESK_HOME
