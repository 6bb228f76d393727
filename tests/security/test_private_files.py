"""Whatever the umask, ShelterDesk's home, its folders and settings.ini are readable by their owner only."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import ADMIN, ADMIN_PASS, ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; Windows profiles are per-user")


def _open_to_others(root: Path) -> list[str]:
    found = []
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            found.append(f"{path.relative_to(root.parent)} {stat.S_IMODE(path.stat().st_mode):o}")
    return found


def test_cli_under_umask_000_leaves_nothing_open(tmp_path):
    home = tmp_path / "sdhome"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SHELTERDESK_HOME": str(home), "SHELTERDESK_USER": ADMIN,
           "SHELTERDESK_PASSPHRASE": ADMIN_PASS}
    for args in (["init", "--admin", ADMIN], ["add", "--family", "Rahayu", "--nationality", "ID"], ["verify"]):
        done = subprocess.run([sys.executable, "-m", "shelterdesk.cli", *args], env=env, capture_output=True,
                              text=True, preexec_fn=lambda: os.umask(0), timeout=180)
        assert done.returncode == 0, done.stderr
    assert (home / "vault" / "keyslots.json").exists() and (home / "state").is_dir()
    assert _open_to_others(home) == []


def test_an_open_home_left_by_an_older_version_is_made_private(tmp_path):
    home = tmp_path / "sdhome"
    home.mkdir()
    home.chmod(0o777)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SHELTERDESK_HOME": str(home)}
    done = subprocess.run([sys.executable, "-m", "shelterdesk.cli", "add", "--fields"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(home.stat().st_mode) == 0o700


def test_settings_ini_is_private_under_umask_000(tmp_path):
    from shelterdesk.ui.settings_store import SettingsStore

    previous = os.umask(0)
    try:
        store = SettingsStore(tmp_path / "sdhome" / "settings.ini")
        store.last_user = "admin"
        store.auto_lock_minutes = 7
        store.sync()
        # QSettings rewrites the file through a new temporary file: still private after a second save.
        store.language = "km"
        store.sync()
    finally:
        os.umask(previous)
    assert SettingsStore(tmp_path / "sdhome" / "settings.ini").last_user == "admin"
    assert _open_to_others(tmp_path / "sdhome") == []
