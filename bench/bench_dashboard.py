"""Dashboard figures at scale: the whole dashboard computed from a vault of N people.

    QT_QPA_PLATFORM=offscreen python3 bench/bench_dashboard.py [--count 100000] [--vault DIR] [--repeat 5]

Builds (or reuses, with --vault; the same layout as bench_register.py) a vault
filled by the demo generator, then times DashboardService.figures() and each of
its queries (median of --repeat runs, after one warm-up).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_register import PASSPHRASE, USER, build  # noqa: E402

from shelterdesk.domain.queries import CaseQuery  # noqa: E402
from shelterdesk.services.dashboard import last_months  # noqa: E402
from shelterdesk.storage.repos import dashboard as repo  # noqa: E402


def median_ms(action, repeat: int) -> float:
    action()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--vault", help="a folder to build the vault in once and reuse")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(args.vault) if args.vault else Path(tempfile.mkdtemp(prefix="shelterdesk-bench-"))
    os.environ.setdefault("SHELTERDESK_HOME", str(folder / "home"))
    services = build(folder, args.count).unlock(USER, PASSPHRASE)
    try:
        conn = services.session.conn
        since = last_months(services.session.clock.today())[0]
        parts = {
            "people in the shelter by status": lambda: repo.active_by_status(conn),
            "people in the shelter by nationality": lambda: repo.active_by_nationality(conn),
            "waiting per agency, by the day the wait began": lambda: repo.waiting_since(conn),
            "follow-ups per day": lambda: repo.follow_ups_by_day(conn),
            "open needs by category and priority": lambda: repo.open_needs(conn),
            "admissions per month": lambda: repo.admissions_by_month(conn, since),
            "departures per month": lambda: repo.departures_by_month(conn, since),
        }
        for label, action in parts.items():
            print(f"  {label}: {median_ms(action, args.repeat):.1f} ms")
        total = median_ms(services.dashboard.figures, args.repeat)
        d = services.dashboard.figures()
        print(f"whole dashboard at {services.cases.count(CaseQuery()):,} "
              f"people ({d.in_shelter:,} in the shelter, {sum(w.total for w in d.waiting):,} waiting referrals): "
              f"{total:.0f} ms (median of {args.repeat})")
    finally:
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
