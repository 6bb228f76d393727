"""Register timings at scale: open, scroll, keystroke-to-results, filters, memory.

    QT_QPA_PLATFORM=offscreen python3 bench/bench_register.py [--count 100000] [--vault DIR]

Builds (or reuses, with --vault) a vault filled by the demo generator, then
drives the real RegisterView/RegisterModel offscreen. "keystroke to results as
felt" runs from a key press in the search box to its first page painted, the
debounce pause (SEARCH_DEBOUNCE_MS) included; broad filters are counted in a
background thread afterwards, timed apart.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from shelterdesk.domain.queries import CaseQuery  # noqa: E402
from shelterdesk.services.clock import SystemClock  # noqa: E402
from shelterdesk.services.demo import fill_demo  # noqa: E402
from shelterdesk.storage.keyslots import MIN_KDF  # noqa: E402
from shelterdesk.ui.register_model import NAME, STATUS  # noqa: E402
from shelterdesk.ui.register_view import SEARCH_DEBOUNCE_MS, RegisterView  # noqa: E402
from shelterdesk.ui.settings_store import SettingsStore  # noqa: E402
from shelterdesk.ui.unlock import VaultAccess  # noqa: E402

USER, PASSPHRASE = "bench", "lantern harbour quietly sixty"


def rss_mib() -> float:
    return psutil.Process().memory_info().rss / 2**20


def timed(action, repeat: int = 5) -> float:
    """Median milliseconds of `action` over `repeat` runs."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def paint(view: RegisterView) -> None:
    view.table.viewport().grab()  # the view asks the model for every visible cell
    QCoreApplication.processEvents()


def felt_keystroke(view: RegisterView, ch: str) -> float:
    """Milliseconds from a key press in the search box to its results painted, the typing pause included."""
    fetched = view.model.pages_fetched
    view.awaiting_more_text = False
    start = time.perf_counter()
    QTest.keyClick(view.search, ch)
    # Results, or (after one Latin letter) the hint asking for a second one.
    while view.model.pages_fetched == fetched and not view.awaiting_more_text:
        QCoreApplication.processEvents()
        time.sleep(0.0005)
    paint(view)
    return (time.perf_counter() - start) * 1000


class Rows(list):
    """Results, each printed as soon as it is measured (slow measures must not hide the quick ones)."""

    def append(self, row: tuple[str, str]) -> None:
        super().append(row)
        print(f"  {row[0]}: {row[1]}", file=sys.stderr, flush=True)


def build(folder: Path, count: int) -> VaultAccess:
    access = VaultAccess(folder / "vault", SystemClock(), folder / "state", kdf=MIN_KDF)
    if access.exists():
        return access
    start = time.perf_counter()
    services, _code = access.create(USER, PASSPHRASE, "Bench", "Bench Shelter")
    try:
        fill_demo(services, count, 2026)
    finally:
        services.close()
    print(f"built a vault of {count:,} survivors in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return access


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--vault", help="a folder to build the vault in once and reuse")
    args = parser.parse_args()
    folder = Path(args.vault) if args.vault else Path(tempfile.mkdtemp(prefix="shelterdesk-bench-"))
    os.environ.setdefault("SHELTERDESK_HOME", str(folder / "home"))
    _app = QApplication(sys.argv[:1])  # kept alive for the whole run
    access = build(folder, args.count)
    services = access.unlock(USER, PASSPHRASE)
    rows = Rows()
    try:
        total = services.cases.count(CaseQuery())
        rss_before = rss_mib()
        start = time.perf_counter()
        view = RegisterView(services, SettingsStore(folder / "settings.ini"))
        view.resize(1360, 860)
        view.show()
        paint(view)
        rows.append(("open the register (count + first screen painted)", f"{(time.perf_counter() - start) * 1000:.0f} ms"))

        model = view.model
        for label, column in (("case number", 0), ("name", NAME), ("status", STATUS)):
            view.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
            rows.append((f"sort by {label} (count + first screen)", f"{timed(lambda: (model.refresh(), paint(view)), 3):.0f} ms"))
            rows.append((f"jump to the last row, sorted by {label}",
                         f"{timed(lambda: (model.refresh(), model.wait_for_count(), model.index(model.rowCount() - 1, 0).data()), 1):.0f} ms"))
        view.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        rows.append(("jump to the middle row", f"{timed(lambda: (model.refresh(), model.wait_for_count(), model.index(model.rowCount() // 2, 0).data()), 1):.0f} ms"))

        per_key = []
        for _round in range(3):
            view.search.clear()
            view.apply_filters()
            for ch in "santoso":
                per_key.append(felt_keystroke(view, ch))
        rows.append(("keystroke to results as felt (debounce included), over 'santoso' typed 3 times",
                     f"median {statistics.median(per_key):.0f} ms, worst {max(per_key):.0f} ms "
                     f"({SEARCH_DEBOUNCE_MS} ms debounce)"))
        view.search.setText("SD-2026-00")
        rows.append(("search by case number prefix", f"{timed(lambda: (view.apply_filters(), paint(view)), 3):.0f} ms"))
        view.search.setText("")
        view.apply_filters()

        for label, widget, on in (("filter: waiting on an embassy", view.embassy_filter, True),
                                  ("filter: overdue", view.overdue_filter, True)):
            rows.append((label + " (first screen)",
                         f"{timed(lambda w=widget, v=on: (w.setChecked(not v), w.setChecked(v), paint(view)), 3):.0f} ms"))
            rows.append((label + ": exact count arrives (background thread)",
                         f"{timed(lambda w=widget, v=on: (w.setChecked(not v), w.setChecked(v), model.wait_for_count()), 3):.0f} ms "
                         f"({model.rowCount():,} people)"))
            widget.setChecked(False)
        view.nationality_filter.setCurrentIndex(view.nationality_filter.findData("ID"))
        rows.append(("filter: nationality Indonesia", f"{timed(lambda: (view.apply_filters(), paint(view)), 3):.0f} ms"))
        view.nationality_filter.setCurrentIndex(0)
        view.apply_filters()

        model.wait_for_count()
        scroll = view.table.verticalScrollBar()
        start = time.perf_counter()
        for step in range(40):
            scroll.setValue(scroll.maximum() * step // 39)
            paint(view)
        rows.append(("scroll top to bottom in 40 jumps", f"{(time.perf_counter() - start) * 1000 / 40:.0f} ms per jump"))
        rows.append(("memory: process RSS growth after opening, sorting, searching, scrolling",
                     f"{rss_mib() - rss_before:.0f} MiB (rows cached by the model: {model.cached_rows():,})"))
    finally:
        services.close()
        if not args.vault:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"\nRegister at {total:,} survivors (ShelterDesk vault, offscreen Qt)\n")
    print("| measure | result |\n|---|---|")
    for label, value in rows:
        print(f"| {label} | {value} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
