"""Proof 7: after lock, the process memory holds no copy of the data key (and we report the passphrase).

A child unlocks with the passphrase in a bytearray, works, locks, then reads
its own readable memory through /proc/self/maps and /proc/self/mem.
"""

from __future__ import annotations

import json

from .helpers import ADMIN_PASS, new_vault, run

SCANNER = """
import gc, json
from shelterdesk.domain.models import Survivor
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock
from shelterdesk.storage.secrets import wipe

from pathlib import Path

# The passphrase arrives on stdin straight into a bytearray (no str, no argv, no environment copy).
secret = bytearray(int(os.environ["SD_SECRET_LEN"]))
assert os.readv(0, [secret]) == len(secret)
reversed_pass = bytes(reversed(secret))  # the test's own record, stored reversed so it is not a match
svc = Services.for_session(unlock(Path(os.environ["SD_VAULT"]), "admin", secret,
                                  state_dir=Path(os.environ["SD_STATE"])))
wipe(secret)
key = bytes(svc.session.vault.data_key())  # the test's own copy, to know what to look for
for i in range(20):
    svc.cases.register(Survivor(family_name=f"Mem{i}", given_names="Scan", nationalities=["LA"]),
                       confirm_not_duplicate=True)
svc.close()
gc.collect()
needles = {"data key": key, "data key (hex)": key.hex().encode(), "passphrase": bytes(reversed(reversed_pass))}
found = {name: 0 for name in needles}
with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", buffering=0) as mem:
    for line in maps:
        fields = line.split()
        if "r" not in fields[1] or (len(fields) > 5 and fields[5] in ("[vvar]", "[vsyscall]")):
            continue
        start, end = (int(x, 16) for x in fields[0].split("-"))
        try:
            mem.seek(start)
            chunk = mem.read(end - start)
        except (OSError, ValueError, OverflowError):
            continue
        for name, needle in needles.items():
            found[name] += chunk.count(needle)
# Each needle is in memory once (the copy made to search for it); report everything beyond that.
found = {"data key": found["data key"] - 1, "data key (hex)": found["data key (hex)"] - 1,
         "passphrase": found["passphrase"] - 1}
print(json.dumps(found))
"""


def test_no_data_key_in_memory_after_lock(tmp_path):
    vault, state = tmp_path / "vault", tmp_path / "state"
    new_vault(vault, state)[0].close()
    secret = ADMIN_PASS.encode()
    result = run(SCANNER, vault, prelude=False, stdin=secret, SD_STATE=str(state), SD_SECRET_LEN=str(len(secret)))
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"\nmemory scan after lock: copies found beyond the test's own: {found}")
    assert found["data key"] == 0, "the raw data key is still in memory after lock"
    assert found["data key (hex)"] == 0, "the hex key spec is still in memory after lock"
    assert found["passphrase"] == 0, "the passphrase is still in memory after lock"
