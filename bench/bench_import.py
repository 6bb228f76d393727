"""Spreadsheet import at scale: read, map, check (with duplicate search) and write N rows.

    python3 bench/bench_import.py [--rows 10000] [--existing 0] [--plain]

Writes an XLSX of invented people (with Indonesian headers, DD/MM/YYYY dates and
Excel serial admission dates) into a temporary folder, imports it into a fresh
vault (optionally holding --existing demo cases first) and prints each phase.

--plain then imports the same file, through the same service code, into a plaintext
twin of that vault on the standard library's sqlite3 (the vault's schema, rows, pragmas
and page cache; no key, no SQLCipher memory locking) and prints the write-time ratio.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import cast

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook  # noqa: E402

from shelterdesk.services.demo import fill_demo  # noqa: E402
from shelterdesk.services.importer import guess_mapping, read_sheet  # noqa: E402
from shelterdesk.services.registry import Services  # noqa: E402
from shelterdesk.services.search_bench import PlainVault, _open_plain  # noqa: E402
from shelterdesk.services.session import Session  # noqa: E402
from shelterdesk.services.vaults import create_vault  # noqa: E402
from shelterdesk.storage.keyslots import MIN_KDF  # noqa: E402
from shelterdesk.storage.schema import MIGRATIONS  # noqa: E402
from shelterdesk.storage.vault import Vault  # noqa: E402

HEADERS = ["Nama Keluarga", "Nama Depan", "Kewarganegaraan", "Jenis Kelamin", "Tanggal Lahir", "Nomor Paspor",
           "Bahasa", "Tanggal Masuk", "Status"]
FAMILY = ["Wati", "Santoso", "Rahman", "Nguyen", "Tan", "Lim", "Khan", "Putri", "Sari", "Hasan", "Chen", "Tran"]
GIVEN = ["Siti", "Budi", "Ana", "Mei", "Van An", "Dewi", "Rizal", "Hoa", "Ali", "Lina", "Joko", "Nur"]
COUNTRIES = [("ID", "id"), ("VN", "vi"), ("PH", "tl"), ("BD", "bn"), ("CN", "zh"), ("MM", "my")]


def write_xlsx(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.append(HEADERS)
    for i in range(rows):
        country, lang = rng.choice(COUNTRIES)
        sheet.append([f"{rng.choice(FAMILY)}{i}", rng.choice(GIVEN), country, rng.choice("PL"),
                      f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1970, 2006)}",
                      f"B{i:07d}", lang, 45000 + rng.randint(0, 1000), "sheltered"])
    book.save(path)


def plain_twin(session: Session, path: Path) -> Services:
    """The vault's schema and rows in a plaintext file on the standard library's sqlite3, behind the
    same services (as `shelterdesk-cli bench` compares, for an import)."""
    vault_conn = session.vault.connection()
    conn = _open_plain(sqlite3, path, vault_conn)
    for script in MIGRATIONS:
        # FTS5's secure-delete needs SQLite 3.44 (the standard library here has older); it acts on deletes only.
        conn.executescript(script.replace("INSERT INTO survivor_search(survivor_search, rank) "
                                          "VALUES('secure-delete', 1);", ""))
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
    tables = [r[0] for r in vault_conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'survivor_search%' AND name != 'tally' ORDER BY rootpage")]
    conn.execute("BEGIN")
    for table in [*tables, "tally"]:
        if table == "tally":  # the vault's own figures, not those the triggers counted while copying
            conn.execute("DELETE FROM tally")
        rows = vault_conn.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            conn.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
    for rowid, body in vault_conn.execute("SELECT rowid, body FROM survivor_search"):
        conn.execute("INSERT INTO survivor_search (rowid, body) VALUES (?, ?)", (rowid, body))
    conn.execute("COMMIT")
    twin = Session(cast(Vault, PlainVault(conn, session.vault.vault_id)), session.actor, session.clock,
                   session.state_dir)
    return Services.for_session(twin)


def run(svc: Services, path: Path) -> tuple[float, float, float, int, int]:
    t0 = time.perf_counter()
    sheet = read_sheet(path)
    t1 = time.perf_counter()
    plan = svc.imports.plan(sheet, guess_mapping(sheet))
    t2 = time.perf_counter()
    added = svc.imports.commit(plan)
    t3 = time.perf_counter()
    return t1 - t0, t2 - t1, t3 - t2, len(added), len(plan.errors)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--existing", type=int, default=0)
    parser.add_argument("--plain", action="store_true", help="also import into a plaintext sqlite3 twin")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = root / "register.xlsx"
        write_xlsx(path, args.rows)
        session, _ = create_vault(root / "vault", "bench", "lantern harbour quietly sixty", kdf=MIN_KDF,
                                  state_dir=root / "state")
        svc = Services.for_session(session)
        plain = None
        try:
            if args.existing:
                fill_demo(svc, args.existing)
            if args.plain:
                plain = plain_twin(session, root / "plain.db")
            results = [("vault", run(svc, path))]
            if plain is not None:
                results.append(("plain sqlite3", run(plain, path)))
        finally:
            if plain is not None:
                plain.session.vault.connection().close()
            svc.close()
    for name, (read, check, write, added, errors) in results:
        print(f"{name}: {args.rows} rows into {args.existing} cases: read {read:.2f} s, check {check:.2f} s, "
              f"write {write:.2f} s, total {read + check + write:.2f} s ({added} added, {errors} errors)")
    if len(results) == 2:
        print(f"vault / plain sqlite3: write {results[0][1][2] / results[1][1][2]:.1f}x, "
              f"total {sum(results[0][1][:3]) / sum(results[1][1][:3]):.1f}x")


if __name__ == "__main__":
    main()
