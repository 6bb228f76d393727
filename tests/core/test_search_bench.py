"""`shelterdesk-cli bench` builds its plaintext twin from the same migrations (triggers included) and reports."""

from __future__ import annotations

from shelterdesk.services.search_bench import run_benchmark


def test_the_benchmark_runs_against_every_migration():
    report = run_benchmark([40], runs=1)
    assert "| 40 | search Latin name |" in report and "| 40 | open case file |" in report
    assert "unlock median ms" in report
