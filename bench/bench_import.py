"""Spreadsheet import at scale: read, map, check (with duplicate search) and write N rows.

    python3 bench/bench_import.py [--rows 10000] [--existing 0]

Writes an XLSX of invented people (with Indonesian headers, DD/MM/YYYY dates and
Excel serial admission dates) into a temporary folder, imports it into a fresh
vault (optionally holding --existing demo cases first) and prints each phase.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook  # noqa: E402

from shelterdesk.services.demo import fill_demo  # noqa: E402
from shelterdesk.services.importer import guess_mapping, read_sheet  # noqa: E402
from shelterdesk.services.registry import Services  # noqa: E402
from shelterdesk.services.vaults import create_vault  # noqa: E402
from shelterdesk.storage.keyslots import MIN_KDF  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--existing", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = root / "register.xlsx"
        write_xlsx(path, args.rows)
        session, _ = create_vault(root / "vault", "bench", "lantern harbour quietly sixty", kdf=MIN_KDF,
                                  state_dir=root / "state")
        svc = Services.for_session(session)
        try:
            if args.existing:
                fill_demo(svc, args.existing)
            t0 = time.perf_counter()
            sheet = read_sheet(path)
            t1 = time.perf_counter()
            plan = svc.imports.plan(sheet, guess_mapping(sheet))
            t2 = time.perf_counter()
            added = svc.imports.commit(plan)
            t3 = time.perf_counter()
        finally:
            svc.close()
    print(f"{args.rows} rows into a vault of {args.existing} cases: read {t1 - t0:.2f} s, check {t2 - t1:.2f} s, "
          f"write {t3 - t2:.2f} s, total {t3 - t0:.2f} s ({len(added)} added, {len(plan.errors)} errors)")


if __name__ == "__main__":
    main()
