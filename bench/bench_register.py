"""Register timings at scale: open, scroll, keystroke-to-results, filters, memory.

    QT_QPA_PLATFORM=offscreen python3 bench/bench_register.py [--count 100000] [--vault DIR]
        [--compare 1000] [--cadence 150] [--rounds 3]

Builds (or reuses, with --vault) a vault filled by the demo generator, then
drives the real RegisterView/RegisterModel offscreen. "keystroke to results as
felt" runs from a key press in the search box to its first page painted, the
debounce pause (SEARCH_DEBOUNCE_MS) included; broad filters are counted in a
background thread afterwards, timed apart.

Typing is measured two ways, each key from its press to results painted for it
(or for a later key): one key at a time, each after the last one's results; and
typed at a steady cadence (--cadence ms between keys), as a person types. Both
run in alternate rounds on the big register and on a small one (--compare N
people, built beside it; 0 leaves it out), so the ratio between them shows what
the register's size costs on a shared, noisy machine. The load average is printed.
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
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt  # noqa: E402
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


def settled(view: RegisterView) -> None:
    """Wait for a background count still running, so it does not slow the next measure."""
    view.model.wait_for_count()
    QCoreApplication.processEvents()


def typed(view: RegisterView, text: str, cadence_ms: float, paints: Paints) -> list[float]:
    """Per key, typed at a steady cadence: ms from the moment it was due to results painted for it or a later key.

    A key waits while the app is busy (as a pressed key waits in the queue), so its time counts from when it
    was due, not from when the app took it.
    """
    view.search.clear()
    view.apply_filters()
    settled(view)
    fetched, answered = view.model.pages_fetched, {}
    paints.shown.clear()
    start = time.perf_counter()
    due = [start + i * cadence_ms / 1000 for i in range(len(text))]
    pressed = 0
    while len(answered) < len(text):
        if pressed < len(text) and time.perf_counter() >= due[pressed]:
            QTest.keyClick(view.search, text[pressed])
            pressed += 1
        QCoreApplication.processEvents()
        now = time.perf_counter()
        for pages, shown in paints.shown:
            if pages > fetched:  # results painted: they answer every key up to the text they show
                for key in range(len(shown)):
                    answered.setdefault(key, now)
        paints.shown.clear()
        if view.awaiting_more_text and pressed == 1:  # one letter: the hint asking for a second is its answer
            answered.setdefault(0, now)
        time.sleep(0.0005)
    return [(answered[k] - due[k]) * 1000 for k in range(len(text))]


def load() -> str:
    return "load average " + " / ".join(f"{x:.1f}" for x in os.getloadavg())


class Paints(QObject):
    """Watches the paints of the results table: new rows are on screen once the app itself has painted them
    (a forced grab would be a paint the app never does). Each paint notes the page fetches and the search
    text it showed; a paint counts as done when the event loop gets back to the caller."""

    def __init__(self, view: RegisterView):
        super().__init__(view)
        self.view = view
        self.shown: list[tuple[int, str]] = []  # (pages fetched, search text) at each paint
        view.table.viewport().installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.shown.append((self.view.model.pages_fetched, self.view.model.query.text))
        return False


def until_painted(view: RegisterView, paints: Paints, fetched: int) -> None:
    """Let the app run until it has painted a page fetched after `fetched` (or shows the one-letter hint)."""
    while not view.awaiting_more_text and not any(f > fetched for f, _text in paints.shown):
        QCoreApplication.processEvents()
        time.sleep(0.0005)


def felt_keystroke(view: RegisterView, ch: str, paints: Paints) -> float:
    """Milliseconds from a key press in the search box to its results painted, the typing pause included."""
    fetched = view.model.pages_fetched
    view.awaiting_more_text = False
    paints.shown.clear()
    start = time.perf_counter()
    QTest.keyClick(view.search, ch)
    # Results painted, or (after one Latin letter) the hint asking for a second one.
    until_painted(view, paints, fetched)
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


def one_key_at_a_time(view: RegisterView, paints: Paints) -> list[float]:
    view.search.clear()
    view.apply_filters()
    settled(view)
    # As before: each key right after the last one's results, a count still running or not.
    return [felt_keystroke(view, ch, paints) for ch in "santoso"]


def summary(runs: list[float]) -> str:
    return f"median {statistics.median(runs):.0f} ms, worst {max(runs):.0f} ms"


def typing(view: RegisterView, small: RegisterView | None, rounds: int, cadence_ms: float) -> list[tuple[str, str]]:
    """'santoso' one key at a time and at a steady cadence, alternating the big and the small register."""
    results: dict[tuple[str, bool], list[float]] = {}
    before = load()
    watched = {v: Paints(v) for v in (view, small) if v is not None}
    for _round in range(rounds):
        for is_small, v in ((False, view), (True, small)):
            if v is None:
                continue
            for kind, runs in (("one", one_key_at_a_time(v, watched[v])),
                               ("typed", typed(v, "santoso", cadence_ms, watched[v]))):
                results.setdefault((kind, is_small), []).extend(runs)
                print(f"    {'small' if is_small else 'big'} {kind}: {' '.join(f'{r:.0f}' for r in runs)} ms",
                      file=sys.stderr, flush=True)
    after = load()
    lines = []
    for kind, label in (("one", "one key at a time"), ("typed", f"typed every {cadence_ms:.0f} ms")):
        big = results[(kind, False)]
        text = summary(big)
        if small is not None:
            tiny = results[(kind, True)]
            text += (f"; small register {summary(tiny)}; big / small median "
                     f"{statistics.median(big) / statistics.median(tiny):.2f}")
        lines.append((f"keystroke to results as felt, 'santoso' {label}, {rounds} rounds "
                      f"({SEARCH_DEBOUNCE_MS} ms pause included)", text))
    lines.append(("load while typing", f"{before} before, {after} after (2 cores)"))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--vault", help="a folder to build the vault in once and reuse")
    parser.add_argument("--compare", type=int, default=1000, help="people in the small register typed beside it")
    parser.add_argument("--cadence", type=float, default=150, help="ms between keys when typing steadily")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = Path(args.vault) if args.vault else Path(tempfile.mkdtemp(prefix="shelterdesk-bench-"))
    os.environ.setdefault("SHELTERDESK_HOME", str(folder / "home"))
    _app = QApplication(sys.argv[:1])  # kept alive for the whole run
    access = build(folder, args.count)
    services = access.unlock(USER, PASSPHRASE)
    small_services = build(folder / f"compare-{args.compare}", args.compare).unlock(USER, PASSPHRASE) \
        if args.compare else None
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

        small = None
        if small_services is not None:
            small = RegisterView(small_services, SettingsStore(folder / "settings-small.ini"))
            small.resize(1360, 860)
            small.show()
            paint(small)
        for row in typing(view, small, args.rounds, args.cadence):
            rows.append(row)
        if small is not None:
            small.close()
        view.search.clear()
        view.apply_filters()
        settled(view)
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
        if small_services is not None:
            small_services.close()
        if not args.vault:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"\nRegister at {total:,} survivors (ShelterDesk vault, offscreen Qt)\n")
    print("| measure | result |\n|---|---|")
    for label, value in rows:
        print(f"| {label} | {value} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
