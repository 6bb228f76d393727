"""Proof 5: a full disk during a save, a backup and a re-key: a clear message, nothing lost, no stray files.

Runs on a tiny tmpfs (needs root to mount; skipped otherwise).
"""

from __future__ import annotations

import contextlib
import os
import subprocess

import pytest

from shelterdesk.domain.errors import AuthenticationError, StorageFull
from shelterdesk.domain.models import Survivor
from shelterdesk.services import backup
from shelterdesk.services.vaults import unlock
from shelterdesk.storage.vault import Vault

from .helpers import ADMIN, ADMIN_PASS, dump, new_vault


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a small tmpfs")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk, leave: int) -> None:
    """Take all free space but `leave` bytes."""
    st = os.statvfs(disk)
    free = st.f_bavail * st.f_frsize
    with (disk / "filler").open("wb") as f, contextlib.suppress(OSError):
        f.write(b"\0" * max(0, free - leave))


def _listing(folder) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_disk_full(small_disk, tmp_path):
    vault, state = small_disk / "vault", tmp_path / "state"
    svc, _ = new_vault(vault, state)
    for i in range(10):
        svc.cases.register(Survivor(family_name=f"Full{i}", given_names="Disk", nationalities=["MM"]),
                           confirm_not_duplicate=True)
    svc.staff.add("bob", "caseworker", "purple elephant dancing quietly")
    before = dump(svc.session.conn)
    svc.session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    files_before = _listing(vault)
    _fill(small_disk, 64 * 1024)
    figures = []

    # 1. saving a case too big for what is left
    with pytest.raises(StorageFull) as e:
        svc.cases.register(Survivor(family_name="Big", given_names="Note", nationalities=["MM"],
                                    notes="z" * 3_000_000), confirm_not_duplicate=True)
    figures.append(f"save: {e.value}")
    assert dump(svc.session.conn) == before

    # 2. a backup onto the full drive
    with pytest.raises(StorageFull) as e:
        backup.make_backup(svc.session, small_disk / "backup.sdbak")
    figures.append(f"backup: {e.value}")
    assert _listing(small_disk) == {"vault", "filler"}, "the failed backup left files behind"

    # 3. removing a member re-keys into a new database file: no room for it
    with pytest.raises(StorageFull) as e:
        svc.staff.remove("bob")
    figures.append(f"re-key: {e.value}")
    assert not list(vault.glob("vault-2.db*")), "the failed re-key left its new database behind"
    svc.close()

    (small_disk / "filler").unlink()
    v = Vault.open(vault, ADMIN, ADMIN_PASS)
    try:
        after = dump(v.connection())
    finally:
        v.close()
    assert after == before
    assert _listing(vault) <= files_before | {"vault-1.db-wal", "vault-1.db-shm"}
    print("\ndisk full (4 MiB tmpfs): save, backup and re-key each refused with StorageFull; data intact, "
          "no stray files")
    for line in figures:
        print("  " + line)


def test_removal_that_failed_on_a_full_disk_can_be_retried(small_disk, tmp_path):
    vault, state = small_disk / "vault", tmp_path / "state"
    svc, _ = new_vault(vault, state)
    svc.staff.add("bob", "caseworker", "purple elephant dancing quietly")
    _fill(small_disk, 64 * 1024)
    with pytest.raises(StorageFull):
        svc.staff.remove("bob")
    assert [m.username for m in svc.staff.list()] == ["admin", "bob"]
    (small_disk / "filler").unlink()
    svc.staff.remove("bob")
    svc.close()
    with pytest.raises(AuthenticationError):
        unlock(vault, "bob", "purple elephant dancing quietly", state_dir=state)
