"""A writer killed with SIGKILL mid-transaction loses nothing it reported committed, and the vault stays sound."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from core_helpers import ADMIN, ADMIN_PASS, REPO

from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock

WRITER = """
import sys
from shelterdesk.domain.models import Survivor
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock
svc = Services.for_session(unlock(sys.argv[1], sys.argv[2], sys.argv[3], state_dir=sys.argv[4]))
print("ready", flush=True)
i = 0
while True:
    i += 1
    s = svc.cases.register(Survivor(family_name=f"Crash{i}", given_names="Test", nationalities=["ID"], notes="x" * 5000),
                           confirm_not_duplicate=True)
    need = svc.needs.add(s.id, "medical")
    print(s.case_number, need.id, flush=True)
"""


def _crash_many_times(vault: Path, state: Path, rounds: int) -> None:
    rng = random.Random(rounds)
    committed: list[tuple[str, int]] = []
    for _ in range(rounds):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(vault), ADMIN, ADMIN_PASS, str(state)],
                                  stdout=subprocess.PIPE, text=True, cwd=REPO,
                                  env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(writer.pid, signal.SIGKILL)
        out, _ = writer.communicate()
        for line in out.splitlines():
            case, need = line.split()
            committed.append((case, int(need)))
    svc = Services.for_session(unlock(vault, ADMIN, ADMIN_PASS, state_dir=state))
    try:
        report = svc.audit.verify()
        assert report.ok, report.problems
        for case, need in committed:
            sid = svc.cases.id_for(case)
            assert svc.needs.get(need).survivor_id == sid
    finally:
        svc.close()
    assert committed, "the writer never committed anything; the test proved nothing"


def test_sigkill_during_writes(cli_vault: Path, shelterdesk_home: Path) -> None:
    _crash_many_times(cli_vault, shelterdesk_home / "state", 20)


@pytest.mark.slow
def test_sigkill_during_writes_many_times(cli_vault: Path, shelterdesk_home: Path) -> None:
    _crash_many_times(cli_vault, shelterdesk_home / "state", 200)
