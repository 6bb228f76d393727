"""Process hardening shared by the app and the CLI, per platform.

A core dump would hold the data key and decrypted records. Linux and macOS can
forbid one for this process; Windows has no per-process switch, so there it is
a no-op that says so in the log.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4


def disable_core_dumps() -> list[str]:
    """Forbid core dumps where the platform allows; returns what was done, for the log and tests."""
    done: list[str] = []
    if sys.platform == "win32":
        log.warning("Core dumps cannot be switched off for one process on Windows; "
                    "Windows Error Reporting keeps none unless an administrator enabled LocalDumps.")
        return done
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done.append("RLIMIT_CORE=0")
    except (ValueError, OSError):
        log.warning("Core dumps could not be switched off (RLIMIT_CORE).")
    if sys.platform == "linux":
        # Also keeps other processes of the same user from reading our memory via ptrace.
        import ctypes

        try:
            ok = ctypes.CDLL(None).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
        except (OSError, AttributeError):
            ok = False
        if ok:
            done.append("PR_SET_DUMPABLE=0")
        else:
            log.warning("The process could not be marked non-dumpable (prctl).")
    return done
