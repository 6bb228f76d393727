"""Shared helpers for the reliability and security suite: child processes, vault snapshots."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from shelterdesk.services.clock import FakeClock
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import create_vault
from shelterdesk.storage.keyslots import MIN_KDF

ROOT = Path(__file__).resolve().parents[2]
ADMIN = "admin"
ADMIN_PASS = "correct horse battery staple"

# Prepended to every child script: the package on the path, quick Argon2, no stray output buffering.
CHILD_PRELUDE = f"""
import os, sys
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
VAULT = Path(os.environ["SD_VAULT"])
ADMIN, ADMIN_PASS = {ADMIN!r}, {ADMIN_PASS!r}
"""


def child_env(vault: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"SD_VAULT": str(vault), "PYTHONUNBUFFERED": "1", **extra})
    return env


def spawn(script: str, vault: Path, **extra: str) -> subprocess.Popen:
    """Start a child Python running `script` (with CHILD_PRELUDE); its stdout is a line protocol."""
    code = CHILD_PRELUDE + textwrap.dedent(script)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=child_env(vault, **extra), text=True)


def run(script: str, vault: Path, timeout: float = 120, *, stdin: bytes | None = None, prelude: bool = True,
        **extra: str) -> subprocess.CompletedProcess:
    """Run a child to the end. Without the prelude the child's code holds no passphrase literal."""
    code = (CHILD_PRELUDE if prelude else f"import os, sys\nsys.path.insert(0, {str(ROOT)!r})\n") \
        + textwrap.dedent(script)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=timeout, input=stdin,
                            env=child_env(vault, **extra))
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode(),
                                       result.stderr.decode())


def new_vault(directory: Path, state_dir: Path, clock: FakeClock | None = None) -> tuple[Services, str]:
    """A fresh vault (Argon2 at its allowed minimum) with an administrator session."""
    session, code = create_vault(directory, ADMIN, ADMIN_PASS, display_name="Ada Admin",
                                 shelter_name="Harbour House Shelter", clock=clock or FakeClock(), kdf=MIN_KDF,
                                 state_dir=state_dir)
    return Services.for_session(session), code


def dump(conn) -> dict[str, list[tuple]]:
    """Every row of every ordinary table, in rowid/primary-key order: the whole content to compare."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    return {t: [tuple(r) for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY 1')] for t in tables}
