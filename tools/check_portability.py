"""Fail on standard-library calls that do not exist on Windows, macOS or Linux.

Runs mypy as if on each platform (`--platform win32`, `darwin`, `linux`) and
keeps the missing-module and missing-attribute errors that appear on some
platforms but not on all: those are calls one system's library lacks (fcntl.flock,
resource.setrlimit, os.fchmod, signal.SIGKILL on Windows; msvcrt elsewhere).
Errors found on every platform are ordinary type errors, left to the project's
own mypy configuration.

    python tools/check_portability.py [paths...]     (default: shelterdesk)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from mypy import api

PLATFORMS = ("win32", "darwin", "linux")
_CODES = ("[attr-defined]", "[import-not-found]", "[import-untyped]", "[import]", "[name-defined]")


def missing_names(output: str) -> set[str]:
    """mypy's "no such module / attribute / name" error lines."""
    return {line.strip() for line in output.splitlines() if line.rstrip().endswith(_CODES)}


def check(paths: list[str], platforms: tuple[str, ...] = PLATFORMS) -> list[str]:
    """Each platform-specific error, prefixed with the platform that lacks the name."""
    found: dict[str, set[str]] = {}
    failures = []
    with tempfile.TemporaryDirectory() as cache:
        for platform in platforms:
            out, err, status = api.run([
                "--platform", platform, "--python-version", "3.11",
                "--ignore-missing-imports", "--follow-imports", "silent",
                "--no-error-summary", "--show-error-codes", "--config-file", "",
                "--cache-dir", str(Path(cache) / platform), *paths,
            ])
            if status == 2 or err.strip():
                failures.append(f"{platform}: mypy could not run: {(err or out).strip()}")
            found[platform] = missing_names(out)
    everywhere = set.intersection(*found.values())
    return failures + [f"{platform}: {line}" for platform in platforms
                       for line in sorted(found[platform] - everywhere)]


def main(argv: list[str]) -> int:
    paths = argv or ["shelterdesk"]
    problems = check(paths)
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} name(s) missing on some platform: guard them with sys.platform", file=sys.stderr)
        return 1
    print(f"portability: {', '.join(paths)} uses no Unix-only (or Windows-only) standard library "
          f"({', '.join(PLATFORMS)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
