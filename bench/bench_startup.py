"""Cold start: process launch → the ShelterDesk window mapped on an X display, whole-process timings.

    python3 bench/bench_startup.py [--runs 5] [--bundle dist/ShelterDesk/ShelterDesk]

Starts its own Xvfb, then for each run launches the app in a fresh profile
(SHELTERDESK_HOME in a temporary folder) and polls `xdotool search --onlyvisible`
every 10 ms until a window named ShelterDesk is viewable; the process is then
killed. One untimed run first warms the disk cache. Prints a Markdown table of
the median, minimum and maximum for `shelterdesk`, `shelterdesk --demo` and,
with --bundle, the bundle's executable with and without --demo.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 30.0


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    for number in range(151, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            display = f":{number}"
            xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 10
            while not Path(f"/tmp/.X11-unix/X{number}").exists():
                if time.monotonic() > deadline or xvfb.poll() is not None:
                    raise SystemExit("Xvfb did not start")
                time.sleep(0.05)
            return xvfb, display
    raise SystemExit("no free X display number")


def window_shown(env: dict[str, str]) -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^ShelterDesk"], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return found.returncode == 0 and bool(found.stdout.strip())


def time_start(command: Sequence[str], display: str) -> float:
    """Seconds from launching `command` to its window being viewable."""
    home = tempfile.mkdtemp(prefix="shelterdesk-bench-")
    env = {**os.environ, "DISPLAY": display, "SHELTERDESK_HOME": home, "QT_QPA_PLATFORM": "xcb"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    try:
        began = time.monotonic()
        app = subprocess.Popen(list(command), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while not window_shown(env):
                if app.poll() is not None:
                    raise SystemExit(f"{' '.join(command)} exited with {app.returncode} before its window showed")
                if time.monotonic() - began > TIMEOUT:
                    raise SystemExit(f"{' '.join(command)}: no window after {TIMEOUT:.0f} s")
                time.sleep(0.01)
            return time.monotonic() - began
        finally:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, help="the bundle's executable (dist/ShelterDesk/ShelterDesk)")
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed (apt-get install xvfb xdotool)")
    python = [sys.executable, "-m", "shelterdesk.app"]
    commands = {"shelterdesk": python, "shelterdesk --demo": [*python, "--demo"]}
    if args.bundle is not None:
        exe = str(args.bundle.resolve())
        commands.update({"bundle": [exe], "bundle --demo": [exe, "--demo"]})
    xvfb, display = start_xvfb()
    try:
        print(f"Cold start to the window mapped, {args.runs} runs after one warm-up run (seconds)\n")
        print("| command | median | min | max |")
        print("| --- | ---: | ---: | ---: |")
        for label, command in commands.items():
            time_start(command, display)  # warm the disk cache
            runs = [time_start(command, display) for _ in range(args.runs)]
            print(f"| `{label}` | {statistics.median(runs):.2f} | {min(runs):.2f} | {max(runs):.2f} |", flush=True)
    finally:
        xvfb.terminate()
        xvfb.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
