"""Benchmark: the vault against the same schema and queries on plaintext SQLite.

For each size, a throw-away vault in a temp folder is filled with demo data and
copied row by row into a plaintext twin built by the same migrations on a
stdlib `sqlite3` connection with the same pragmas (minus the cipher ones) and
the same page cache. Both run the very same service code (the services accept
any DB-API connection behind a small vault stand-in), interleaved run by run
with the same inputs.

A third column runs the same plaintext file through sqlcipher3 without a key.
SQLCipher's pinned `cipher_memory_security` is process-wide and cannot be
switched off again once on (it mlocks and wipes every SQLite allocation), so
that column carries its cost and SQLCipher's newer SQLite without any
encryption: encrypted/that column is the cost of the encryption alone.

Unlock is reported as Argon2id time (measured alone with the vault's tuned
parameters) plus "the rest": key unwrap, opening and checking the database,
the audit entry.
"""

from __future__ import annotations

import contextlib
import platform
import random
import re
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import cast

import sqlcipher3

from ..domain.enums import CaseStatus
from ..domain.names import fold_latin, search_tokens
from ..domain.queries import CaseQuery
from ..storage.keyslots import STAFF, KdfParams, derive, tune_kdf
from ..storage.schema import MIGRATIONS
from ..storage.secrets import wipe
from ..storage.vault import PINNED, Vault
from .clock import SystemClock
from .demo import _Maker, fill_demo
from .registry import Services
from .session import Session
from .vaults import create_vault, unlock

DEFAULT_SIZES = (1_000, 10_000, 100_000)
USER = "bench"
PASSPHRASE = "purple elephant dancing quietly"
UNLOCK_RUNS = 7
RATIO_TARGET = 1.3
LATENCY_TARGET_MS = 30.0
UNLOCK_REST_TARGET_MS = 100.0
# Operations that answer from an index; the ratio target applies to them.
INDEXED = ("search Latin name", "search native-script substring", "search passport number",
           "filtered listing (status + nationality, first 100 by name)", "open case file")


class PlainVault:
    """Just enough of storage.vault.Vault for the services to run on a plaintext connection."""

    def __init__(self, conn: sqlite3.Connection, vault_id: str):
        self.conn, self.vault_id, self.is_open = conn, vault_id, True

    def connection(self) -> sqlite3.Connection:
        return self.conn

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def meta(self, key: str) -> bytes | str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None


def _open_plain(module, path: Path, vault_conn: sqlcipher3.Connection):
    """A plaintext connection with the vault's pinned pragmas (minus the cipher ones) and page cache."""
    conn = module.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma, value in PINNED:
        if not pragma.startswith("cipher"):
            conn.execute(f"PRAGMA {pragma} = {value}")
    conn.execute(f"PRAGMA cache_size = {vault_conn.execute('PRAGMA cache_size').fetchone()[0]}")
    return conn


_SECURE_DELETE = re.compile(r"INSERT INTO survivor_search\(survivor_search, rank\) VALUES\('secure-delete', 1\);?")


def module_sqlite_version(conn: sqlite3.Connection) -> tuple[int, ...]:
    return tuple(int(p) for p in conn.execute("SELECT sqlite_version()").fetchone()[0].split("."))


def _plain_twin(vault_conn: sqlcipher3.Connection, path: Path) -> sqlite3.Connection:
    """Same migrations and same rows as the vault, in a plaintext file."""
    conn = _open_plain(sqlite3, path, vault_conn)
    for script in MIGRATIONS:  # whole scripts: a trigger's body holds semicolons of its own
        if module_sqlite_version(conn) < (3, 44):  # FTS5's secure-delete option is newer than this SQLite
            script = _SECURE_DELETE.sub("", script)
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
    tables = [r[0] for r in vault_conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'survivor_search_%' ORDER BY rootpage")]
    for table in tables:
        columns = "rowid, body" if table == "survivor_search" else "*"
        cur = vault_conn.execute(f"SELECT {columns} FROM {table}")
        while rows := cur.fetchmany(1000):  # the vault was filled 1000 cases per transaction too
            marks = ",".join("?" * len(rows[0]))
            target = f"{table} (rowid, body)" if table == "survivor_search" else table
            conn.execute("BEGIN")
            # OR REPLACE: tables kept by triggers (the dashboard tallies) already hold these rows
            conn.executemany(f"INSERT OR REPLACE INTO {target} VALUES ({marks})", rows)
            conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return conn


@dataclass
class Row:
    size: int
    operation: str
    enc: list[float]
    plain: list[float]
    nokey: list[float]

    @staticmethod
    def p95(values: list[float]) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    def cells(self) -> list[str]:
        em, ep = statistics.median(self.enc), self.p95(self.enc)
        pm, pp = statistics.median(self.plain), self.p95(self.plain)
        ratio, ratio95 = em / pm, ep / pp
        nokey_ratio = em / statistics.median(self.nokey)
        ok = ep <= LATENCY_TARGET_MS if self.operation != "intake of one survivor" else True
        if self.operation in INDEXED:
            ok = ok and ratio <= RATIO_TARGET
        return [f"{self.size:,}", self.operation, f"{em:.2f}", f"{ep:.2f}", f"{pm:.2f}", f"{pp:.2f}",
                f"{ratio:.2f}", f"{ratio95:.2f}", f"{statistics.median(self.nokey):.2f}", f"{nokey_ratio:.2f}",
                "yes" if ok else "**no**"]


def _derive_and_wipe(secret: bytearray, salt: bytes, kdf: KdfParams) -> None:
    wipe(derive(secret, salt, kdf))


def _ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _inputs(conn, rng: random.Random, runs: int) -> dict[str, list]:
    ids = [r[0] for r in conn.execute("SELECT id FROM survivors ORDER BY id")]
    picks = [rng.choice(ids) for _ in range(runs)]
    names = dict((r[0], r[1:]) for r in conn.execute(
        f"SELECT id, family_name, given_names, native_name FROM survivors WHERE id IN ({','.join('?' * len(picks))})",
        picks))
    natives = [r[0] for r in conn.execute(
        "SELECT native_name FROM survivors WHERE native_name != '' ORDER BY id LIMIT 5000")]
    natives = [n for n in natives if all(single for _tok, single in search_tokens(n))]
    substrings = []
    for _ in range(runs):
        word = max(rng.choice(natives).split(), key=len)
        start = rng.randrange(max(1, len(word) - 1))
        substrings.append(word[start:start + 2])
    passports = [r[0] for r in conn.execute(
        "SELECT number_norm FROM survivor_documents ORDER BY random() LIMIT ?", (runs,))]
    nationalities = [r[0] for r in conn.execute(
        "SELECT code FROM survivor_nationalities GROUP BY code ORDER BY count(*) DESC LIMIT 8")]
    return {
        "latin": [fold_latin(f"{names[i][0]} {names[i][1]}") for i in picks],
        "native": substrings,
        "passport": [passports[i % len(passports)] for i in range(runs)],
        "filter": [(rng.choice((CaseStatus.SHELTERED, CaseStatus.AWAITING_REPATRIATION)), rng.choice(nationalities))
                   for _ in range(runs)],
        "open": picks,
    }


def _operations(svc: Services, maker: _Maker, inputs: dict[str, list]) -> dict[str, Callable[[int], object]]:
    cases = svc.cases

    def intake(i: int) -> None:
        survivor = maker.survivor(10_000_000 + i)
        cases.possible_duplicates(survivor)
        cases.register(survivor, confirm_not_duplicate=True)

    def open_case(i: int) -> None:
        sid = inputs["open"][i]
        cases.open_case(sid)
        svc.needs.for_survivor(sid)
        svc.consents.for_survivor(sid)
        svc.referrals.for_survivor(sid)

    return {
        "intake of one survivor": intake,
        "search Latin name": lambda i: cases.search(CaseQuery(text=inputs["latin"][i])),
        "search native-script substring": lambda i: cases.search(CaseQuery(text=inputs["native"][i])),
        "search passport number": lambda i: cases.search(CaseQuery(text=inputs["passport"][i])),
        "filtered listing (status + nationality, first 100 by name)": lambda i: cases.search(CaseQuery(
            statuses=[inputs["filter"][i][0]], nationality=inputs["filter"][i][1], sort="name")),
        "open case file": open_case,
    }


def bench_size(size: int, runs: int, work: Path, log: Callable[[str], None]) -> tuple[list[Row], dict]:
    clock = SystemClock()
    state = work / "state"
    kdf = tune_kdf()
    session, _code = create_vault(work / "vault", USER, PASSPHRASE, clock=clock, kdf=kdf, state_dir=state)
    enc = Services.for_session(session)
    started = time.perf_counter()
    fill_demo(enc, size, seed=size)
    log(f"  filled {size:,} survivors in {time.perf_counter() - started:.0f} s")
    conn = session.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _plain_twin(conn, work / "plain.db").close()
    shutil.copyfile(work / "plain.db", work / "nokey.db")
    plain_conn = _open_plain(sqlite3, work / "plain.db", conn)
    nokey_conn = _open_plain(sqlcipher3, work / "nokey.db", conn)
    # PlainVault stands in for a Vault (same methods, no key): the services cannot tell.
    plain, nokey = (Services.for_session(Session(cast(Vault, PlainVault(c, session.vault.vault_id)), session.actor,
                                                 clock, state))
                    for c in (plain_conn, nokey_conn))
    rng = random.Random(size)
    inputs = _inputs(conn, rng, runs)
    ops_enc = _operations(enc, _Maker(enc, 1), inputs)
    ops_plain = _operations(plain, _Maker(plain, 1), inputs)
    ops_nokey = _operations(nokey, _Maker(nokey, 1), inputs)
    rows = []
    for name in ops_enc:
        row = Row(size, name, [], [], [])
        for i in range(min(3, runs)):  # warm both caches the same way
            ops_enc[name](i)
            ops_plain[name](i)
            ops_nokey[name](i)
        for i in range(runs):  # interleaved: machine noise hits every side alike
            row.enc.append(_ms(partial(ops_enc[name], i)))
            row.plain.append(_ms(partial(ops_plain[name], i)))
            row.nokey.append(_ms(partial(ops_nokey[name], i)))
        rows.append(row)
    db_bytes = session.vault.db_path.stat().st_size
    plain_conn.close()
    nokey_conn.close()
    enc.close()
    slot = session.vault.slots.find(STAFF, USER)
    assert slot is not None  # the vault was just created for USER
    kdf_ms, total_ms = [], []
    for _ in range(UNLOCK_RUNS):
        secret = bytearray(PASSPHRASE.encode())
        kdf_ms.append(_ms(partial(_derive_and_wipe, secret, slot.salt, slot.kdf)))
        wipe(secret)
        start = time.perf_counter()
        opened = unlock(work / "vault", USER, PASSPHRASE, clock=clock, state_dir=state)
        total_ms.append((time.perf_counter() - start) * 1000)
        opened.close()
    return rows, {"size": size, "kdf": slot.kdf, "kdf_ms": kdf_ms, "total_ms": total_ms, "db_mb": db_bytes / 1e6}


def _table(rows: list[Row], unlocks: list[dict], runs: int) -> str:
    head = ["N", "operation", "enc median ms", "enc p95 ms", "plain median ms", "plain p95 ms",
            "ratio median", "ratio p95", "sqlcipher3 no key median ms", "enc / no key", "target met"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r.cells()) + " |" for r in rows]
    lines += ["", "| N | vault size MB | Argon2id params (t, MiB, p) | Argon2id median ms | unlock median ms "
                  "| rest = unlock − Argon2id, ms | target met (rest ≤ 100 ms) |", "|---|---|---|---|---|---|---|"]
    for u in unlocks:
        kdf_med, total_med = statistics.median(u["kdf_ms"]), statistics.median(u["total_ms"])
        rest, k = total_med - kdf_med, u["kdf"]
        lines.append(f"| {u['size']:,} | {u['db_mb']:.0f} | {k.time_cost}, {k.memory_kib // 1024}, {k.parallelism} "
                     f"| {kdf_med:.0f} | {total_med:.0f} | {rest:.0f} "
                     f"| {'yes' if rest <= UNLOCK_REST_TARGET_MS else '**no**'} |")
    lines += ["", f"{runs} timed runs per operation ({UNLOCK_RUNS} for unlock), encrypted and plaintext interleaved "
                  "with the same inputs after 3 warm-up runs. Ratio = encrypted / plaintext. Targets: searches "
                  f"and opening a case p95 ≤ {LATENCY_TARGET_MS:.0f} ms; ratio ≤ {RATIO_TARGET} on indexed "
                  "operations. Intake and opening a case each commit one transaction (synchronous=FULL: an "
                  "fsync), as the app does."]
    return "\n".join(lines)


def run_benchmark(sizes: list[int], runs: int = 50, log: Callable[[str], None] = lambda _t: None) -> str:
    """Run every size and return the Markdown report."""
    rows: list[Row] = []
    unlocks: list[dict] = []
    for size in sizes:
        log(f"benchmarking {size:,} survivors…")
        with tempfile.TemporaryDirectory(prefix="shelterdesk-bench-") as tmp:
            size_rows, unlock_info = bench_size(size, runs, Path(tmp), log)
        rows += size_rows
        unlocks.append(unlock_info)
    cipher = sqlcipher3.connect(":memory:")
    versions = (f"SQLCipher {cipher.execute('PRAGMA cipher_version').fetchone()[0]} "
                f"(SQLite {cipher.execute('SELECT sqlite_version()').fetchone()[0]}) vs stdlib sqlite3 "
                f"(SQLite {sqlite3.sqlite_version})")
    cipher.close()
    header = (f"Measured {datetime.now().strftime('%Y-%m-%d %H:%M')} on {platform.machine()}, "
              f"Python {platform.python_version()}, {versions}.\n")
    return header + "\n" + _table(rows, unlocks, runs)
