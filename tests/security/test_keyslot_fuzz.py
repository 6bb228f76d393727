"""Proof 4: a damaged or hostile key-slot file gives a clean refusal, never a crash.

Argon2id is replaced by a fast stand-in here (the target is the parser and the
unsealing code around it, not the KDF), so ten thousand cases take seconds.
The second half opens a real vault with each mutated file: a refusal must leave
every file as it was, and an accepted file must give exactly the vault's data.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shelterdesk.domain.errors import (
    AuthenticationError,
    VaultCorrupt,
    VaultNewerVersion,
    VaultTampered,
)
from shelterdesk.services.recovery_code import normalise
from shelterdesk.services.vaults import create_vault
from shelterdesk.storage import keyslots
from shelterdesk.storage.keyslots import MIN_KDF, RECOVERY, STAFF, KeySlotFile
from shelterdesk.storage.vault import SLOTS_FILE, Vault

from .helpers import dump

ALLOWED = (VaultCorrupt, VaultNewerVersion, AuthenticationError)
PASS = bytearray(b"correct horse battery staple")
CODE = bytearray(b"0123456789ABCDEFGHJKMNPQRS")
KEY = bytearray(range(32))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70) | st.floats(allow_nan=True)
    | st.text(max_size=40) | st.binary(max_size=48).map(lambda b: base64.b64encode(b).decode()),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def fast_kdf():
    original = keyslots.derive
    keyslots.derive = lambda secret, salt, params: bytearray(hashlib.sha256(bytes(salt) + bytes(secret)).digest())
    yield
    keyslots.derive = original


@pytest.fixture(scope="module")
def valid(fast_kdf) -> bytes:
    f = KeySlotFile(vault_id="f" * 32, database="vault-1.db")
    f.add_slot(STAFF, "admin", PASS, KEY, MIN_KDF)
    f.add_slot(STAFF, "bob", bytearray(b"purple elephant dancing quietly"), KEY, MIN_KDF)
    f.add_slot(RECOVERY, "", CODE, KEY, MIN_KDF)
    return f.to_bytes()


def _paths(doc, prefix=()):
    yield prefix
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from _paths(v, (*prefix, i))


def _set(doc, path, value):
    if not path:
        return value
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return doc


def _open_all(data: bytes) -> None:
    """Parse and try every way in; only the three refusals may escape, and a key must be the real one."""
    try:
        f = KeySlotFile.from_bytes(data)
    except ALLOWED:
        return
    for kind, user, secret in ((STAFF, "admin", PASS), (STAFF, "bob", PASS), (RECOVERY, "", CODE)):
        try:
            key = f.unwrap(kind, user, secret)
        except ALLOWED:
            continue
        assert key == KEY, "a damaged slot produced a different key"


mutations = st.one_of(
    st.tuples(st.just("flip"), st.lists(st.tuples(st.integers(0, 10**6), st.integers(1, 255)), min_size=1,
                                        max_size=6)),
    st.tuples(st.just("cut"), st.integers(0, 10**6)),
    st.tuples(st.just("insert"), st.integers(0, 10**6), st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("json"), st.integers(0, 10**6), json_values),
)


def _mutate(valid: bytes, m) -> bytes:
    data = bytearray(valid)
    if m[0] == "flip":
        for pos, x in m[1]:
            data[pos % len(data)] ^= x
        return bytes(data)
    if m[0] == "cut":
        return bytes(data[: m[1] % len(data)])
    if m[0] == "insert":
        pos = m[1] % len(data)
        return bytes(data[:pos] + m[2] + data[pos:])
    doc = json.loads(valid)
    paths = list(_paths(doc))
    return json.dumps(_set(doc, paths[m[1] % len(paths)], m[2])).encode()


def _run(valid: bytes, examples: int) -> None:
    counter = {"n": 0}

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(mutations)
    def check(m):
        counter["n"] += 1
        _open_all(_mutate(valid, m))

    check()
    print(f"\nkey-slot fuzzing: {counter['n']} cases, only VaultCorrupt/VaultNewerVersion/AuthenticationError")


def test_keyslot_fuzz(valid):
    untouched = KeySlotFile.from_bytes(valid)
    assert untouched.unwrap(STAFF, "admin", PASS) == KEY and untouched.unwrap(RECOVERY, "", CODE) == KEY
    _run(valid, 500)


@pytest.mark.slow
def test_keyslot_fuzz_long(valid):
    _run(valid, 10_000)


@pytest.fixture
def real_vault(fast_kdf, tmp_path):
    """A real vault (made with the fast stand-in KDF), its recovery code and its whole content."""
    session, code = create_vault(tmp_path / "pristine", "admin", PASS.decode(), kdf=MIN_KDF,
                                 state_dir=tmp_path / "state")
    reference = dump(session.conn)
    session.close()
    return tmp_path / "pristine", bytearray(normalise(code).encode()), reference


def _files(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir()
            if p.is_file() and p.name not in ("throttle.json", "vault.lock")}


def _run_vault(real_vault, tmp_path, examples: int) -> None:
    pristine, code, reference = real_vault
    valid = (pristine / SLOTS_FILE).read_bytes()
    later = itertools.count(2_000_000_000, 10_000)  # each attempt far after the last: no unlock delay
    outcome = {"refused": 0, "opened": 0}

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(mutations)
    def check(m):
        work = tmp_path / "case"
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(pristine, work)
        (work / SLOTS_FILE).write_bytes(_mutate(valid, m))
        before = _files(work)
        for user, secret, recovery in (("admin", PASS, False), ("", code, True)):
            try:
                vault = Vault.open(work, user, secret, recovery=recovery, clock=lambda: float(next(later)))
            except (*ALLOWED, VaultTampered):
                assert _files(work) == before, "a refused open changed or deleted a file"
                outcome["refused"] += 1
                continue
            try:
                assert dump(vault.connection()) == reference, "an accepted key-slot file gave other data"
            finally:
                vault.close()
            assert (work / vault.slots.database).exists() and (work / "vault-1.db").exists()
            outcome["opened"] += 1

    check()
    print(f"\nvault opened with mutated key-slot files: {outcome['refused']} refusals left every file "
          f"byte-identical, {outcome['opened']} accepted opens gave exactly the vault's data")


def test_vault_open_with_mutated_keyslots(real_vault, tmp_path):
    _run_vault(real_vault, tmp_path, 60)


@pytest.mark.slow
def test_vault_open_with_mutated_keyslots_long(real_vault, tmp_path):
    _run_vault(real_vault, tmp_path, 2_000)
