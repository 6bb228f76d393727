"""Proof 2: SIGKILL during a schema migration and during a re-key leaves exactly the old or the new state."""

from __future__ import annotations

import random
import signal
import time

import pytest
import sqlcipher3

from shelterdesk.domain.models import Survivor
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock
from shelterdesk.storage.keyslots import STAFF, KeySlotFile
from shelterdesk.storage.schema import CURRENT_VERSION
from shelterdesk.storage.secrets import raw_key_spec
from shelterdesk.storage.vault import SLOTS_FILE, Vault

from .helpers import ADMIN, ADMIN_PASS, dump, new_vault, spawn

# A test-only migration, slow enough (a 200,000-row table) to be killed in the middle.
MIGRATOR = """
from shelterdesk.storage import vault as vault_module
vault_module.MIGRATIONS.append(
    "CREATE TABLE extra (x INTEGER); "
    "INSERT INTO extra WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 200000) SELECT x FROM c")
vault_module.CURRENT_VERSION += 1
from shelterdesk.storage.vault import Vault
print("ready", flush=True)
Vault.open(VAULT, ADMIN, ADMIN_PASS).close()
print("migrated", flush=True)
"""

REKEYER = """
from shelterdesk.storage.vault import Vault
v = Vault.open(VAULT, ADMIN, ADMIN_PASS)
print("ready", flush=True)
while True:
    v.rekey()
    print(f"R {v.slots.generation}", flush=True)
"""


def _raw_state(vault) -> tuple[int, int | None]:
    """(user_version, rows in the test table or None) read with the key from the slot file."""
    slots = KeySlotFile.load(vault / SLOTS_FILE)
    key = slots.unwrap(STAFF, ADMIN, bytearray(ADMIN_PASS.encode()))
    conn = sqlcipher3.connect(str(vault / slots.database))
    conn.set_key(raw_key_spec(key))
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        has = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM extra").fetchone()[0] if has else None
        return version, rows
    finally:
        conn.close()


def _migration_runs(tmp_path, runs: int) -> None:
    rng = random.Random(2)
    seen = {"old": 0, "new": 0}
    for run in range(runs):
        vault = tmp_path / f"m{run}"
        svc, _ = new_vault(vault, tmp_path / "state")
        svc.close()
        child = spawn(MIGRATOR, vault)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.02, 0.5))  # Argon2 then the migration: kill anywhere in there
        child.send_signal(signal.SIGKILL)
        child.communicate()
        version, rows = _raw_state(vault)
        if version == CURRENT_VERSION:
            assert rows is None, "old version number but the new table is there: half a migration"
            seen["old"] += 1
        else:
            assert (version, rows) == (CURRENT_VERSION + 1, 200000), (version, rows)
            seen["new"] += 1
    print(f"\nSIGKILL during migration: {runs} runs, old state {seen['old']}, new state {seen['new']}, "
          "never in between")
    assert seen["old"] + seen["new"] == runs


def _rekey_runs(tmp_path, runs: int) -> None:
    vault, state = tmp_path / "vault", tmp_path / "state"
    svc, _ = new_vault(vault, state)
    for i in range(30):
        svc.cases.register(Survivor(family_name=f"Rekey{i}", given_names="A", nationalities=["KH"]),
                           confirm_not_duplicate=True)
    svc.close()
    svc = Services.for_session(unlock(vault, ADMIN, ADMIN_PASS, state_dir=state))
    before = dump(svc.session.conn)
    svc.session.vault.close()  # lock without a new audit entry, so content must match exactly
    rng = random.Random(3)
    generations = set()
    for _ in range(runs):
        reported = KeySlotFile.load(vault / SLOTS_FILE).generation
        child = spawn(REKEYER, vault)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        for _ in range(rng.randint(0, 3)):  # let a few re-keys finish, then kill inside the next one
            reported = int(child.stdout.readline().split()[1])
        time.sleep(rng.uniform(0, 0.1))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        for line in out.splitlines():
            reported = int(line.split()[1])
        generation = KeySlotFile.load(vault / SLOTS_FILE).generation
        assert generation >= reported, (generation, reported)  # a re-key skips names a leftover holds
        generations.add(generation)
        files_before = {p.name: p.read_bytes() for p in vault.glob("vault-*.db*")}
        v = Vault.open(vault, ADMIN, ADMIN_PASS)
        try:
            assert dump(v.connection()) == before
            dbs = {p.name for p in vault.glob("vault-*.db")}
            # Opening deletes nothing: an interrupted re-key's file stays, and is reported.
            assert set(files_before) - {p.name for p in vault.glob("vault-*.db*")} <= {
                v.slots.database + "-wal", v.slots.database + "-shm"}
            assert dbs - {v.slots.database} == {n for n in v.leftovers() if n.endswith(".db")}
            leftovers = len(v.leftovers())
        finally:
            v.close()
    print(f"\nSIGKILL during re-key: {runs} runs, {len(generations)} distinct generations reached, "
          f"every time one key, identical content, {leftovers} leftover file(s) reported and kept")


def test_sigkill_during_migration(tmp_path):
    _migration_runs(tmp_path, 8)


def test_sigkill_during_rekey(tmp_path):
    _rekey_runs(tmp_path, 10)


@pytest.mark.slow
def test_sigkill_during_migration_long(tmp_path):
    _migration_runs(tmp_path, 60)


@pytest.mark.slow
def test_sigkill_during_rekey_long(tmp_path):
    _rekey_runs(tmp_path, 100)
