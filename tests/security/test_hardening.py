"""Hardening: core dumps off in the CLI process, private files and folders whatever the umask."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

from shelterdesk.services import backup, recovery

from .helpers import ROOT, new_vault


def test_cli_process_cannot_dump_core(tmp_path):
    code = (f"import sys, resource, ctypes; sys.path.insert(0, {str(ROOT)!r})\n"
            "import shelterdesk.cli as cli\n"
            f"cli.main(['--vault', {str(tmp_path / 'none')!r}, 'verify'])\n"
            "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
            "print('dumpable', ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    assert "(0, 0)" in out and "dumpable 0" in out, out
    print("\ncore dumps: RLIMIT_CORE (0, 0) and PR_GET_DUMPABLE 0 in the CLI process")


def test_files_private_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        svc, _ = new_vault(tmp_path / "vault", tmp_path / "state")
        backup.make_backup(svc.session, tmp_path / "b.sdbak")
        recovery.new_recovery_kit(svc.session, tmp_path / "kit.pdf")
        recovery.set_wipe_after(svc.session, 5)
        svc.close()
        backup.restore_backup(tmp_path / "b.sdbak", tmp_path / "restored", "admin", "correct horse battery staple",
                              state_dir=tmp_path / "state")
    finally:
        os.umask(old)
    loose = []
    for folder in (tmp_path / "vault", tmp_path / "restored", tmp_path / "state"):
        if stat.S_IMODE(folder.stat().st_mode) & 0o077:
            loose.append(str(folder))
        for p in folder.rglob("*"):
            if stat.S_IMODE(p.stat().st_mode) & 0o077:
                loose.append(f"{p} {oct(stat.S_IMODE(p.stat().st_mode))}")
    for p in (tmp_path / "b.sdbak", tmp_path / "kit.pdf"):
        if stat.S_IMODE(p.stat().st_mode) & 0o077:
            loose.append(str(p))
    assert not loose, loose
