"""Register filters at scale: the first page and the COUNT for each filter the register offers.

    python3 bench/bench_filters.py [--count 100000] [--vault DIR --user NAME]

With no --vault, builds a throw-away vault filled by the demo generator. Prints a
Markdown table of medians over 5 runs: the page of 100 rows the register shows
first, and the COUNT it needs for its scroll bar.
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

from shelterdesk.domain.enums import CaseStatus  # noqa: E402
from shelterdesk.domain.queries import CaseQuery  # noqa: E402
from shelterdesk.services.demo import fill_demo  # noqa: E402
from shelterdesk.services.registry import Services  # noqa: E402
from shelterdesk.services.vaults import MIN_KDF, create_vault, unlock  # noqa: E402

USER, PASSPHRASE = "bench", "lantern harbour quietly sixty"
QUERIES = {
    "no filter, by case number": CaseQuery(),
    "status sheltered, by name": CaseQuery(statuses=[CaseStatus.SHELTERED], sort="name"),
    "nationality Indonesia (common)": CaseQuery(nationality="ID"),
    "nationality Uganda (rare) + intake": CaseQuery(nationality="UG", statuses=[CaseStatus.INTAKE]),
    "Indonesian, open travel-document need": CaseQuery(nationality="ID", open_need_category="travel_document"),
    "waiting on an embassy": CaseQuery(waiting_on_kind="embassy"),
    "overdue": CaseQuery(overdue=True),
    "search 'wei'": CaseQuery(text="wei"),
    "search 伟": CaseQuery(text="伟"),
}


def _median_ms(action) -> float:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--vault", help="an existing vault (its passphrase from $SHELTERDESK_PASSPHRASE)")
    parser.add_argument("--user", default=USER)
    args = parser.parse_args()
    scratch = None
    if args.vault:
        folder, passphrase = Path(args.vault), os.environ.get("SHELTERDESK_PASSPHRASE", PASSPHRASE)
    else:
        scratch = Path(tempfile.mkdtemp(prefix="shelterdesk-bench-"))
        folder, passphrase = scratch / "vault", PASSPHRASE
        session, _code = create_vault(folder, USER, PASSPHRASE, shelter_name="Bench", kdf=MIN_KDF,
                                      state_dir=scratch / "state")
        services = Services.for_session(session)
        start = time.perf_counter()
        fill_demo(services, args.count, seed=1)
        print(f"filled {args.count:,} survivors in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        services.close()
    state = (scratch or folder.parent) / "state"
    services = Services.for_session(unlock(folder, args.user, passphrase, state_dir=state))
    try:
        print(f"| filter ({services.cases.count(CaseQuery()):,} survivors) | matches | first page ms | count ms |")
        print("|---|---|---|---|")
        for name, query in QUERIES.items():
            page = _median_ms(lambda q=query: services.cases.search(q, 0, 100))
            count = _median_ms(lambda q=query: services.cases.count(q))
            print(f"| {name} | {services.cases.count(query):,} | {page:.1f} | {count:.1f} |")
    finally:
        services.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
