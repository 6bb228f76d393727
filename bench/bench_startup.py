"""Cold start: process launch → the ShelterDesk window mapped on an X display, whole-process timings.

    python3 bench/bench_startup.py [--runs 5] [--bundle dist/ShelterDesk/ShelterDesk]

Starts its own Xvfb, then for each run launches the app in a fresh profile
(SHELTERDESK_HOME in a temporary folder) and polls `xdotool search --onlyvisible`
every 10 ms until a window named ShelterDesk is viewable; the process is then
killed. One untimed run first warms the disk cache. Prints a Markdown table of
the median, minimum and maximum wall time, and the CPU time the process had used
when its window showed (less sensitive to other load on the machine), for
`shelterdesk` with a vault (its unlock screen), `shelterdesk --demo`, the first
run without a vault and, with --bundle, the bundle's executable with a vault and
with --demo.
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
    """An Xvfb on a free display; it writes the display's number once it accepts clients."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp",
                             "-noreset"],  # a reset when the last client leaves refuses the next one
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    if not number:
        raise SystemExit("Xvfb did not start")
    return xvfb, f":{number}"


def window_shown(env: dict[str, str]) -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^ShelterDesk"], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return found.returncode == 0 and bool(found.stdout.strip())


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process so far (Linux /proc), all its threads."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def make_vault(home: str) -> None:
    """A vault in the profile, so the app opens on its unlock screen (the everyday start)."""
    script = ("import sys; from pathlib import Path; from shelterdesk import paths; "
              "from shelterdesk.services.vaults import MIN_KDF, create_vault; "
              "s, _ = create_vault(paths.default_vault_dir(), 'bench', 'lantern harbour quietly sixty', "
              "kdf=MIN_KDF, state_dir=paths.home() / 'state'); s.close()")
    subprocess.run([sys.executable, "-c", script], env={**os.environ, "SHELTERDESK_HOME": home,
                                                        "PYTHONPATH": str(ROOT)}, check=True)


def time_start(command: Sequence[str], display: str, with_vault: bool) -> tuple[float, float]:
    """Seconds from launching `command` to its window being viewable, and the CPU seconds it used."""
    home = tempfile.mkdtemp(prefix="shelterdesk-bench-")
    env = {**os.environ, "DISPLAY": display, "SHELTERDESK_HOME": home, "QT_QPA_PLATFORM": "xcb"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    try:
        if with_vault:
            make_vault(home)
        began = time.monotonic()
        app = subprocess.Popen(list(command), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            while not window_shown(env):
                if app.poll() is not None:
                    errors = app.stderr.read().decode(errors="replace")[-2000:] if app.stderr else ""
                    raise SystemExit(f"{' '.join(command)} exited with {app.returncode} before its window "
                                     f"showed:\n{errors}")
                if time.monotonic() - began > TIMEOUT:
                    raise SystemExit(f"{' '.join(command)}: no window after {TIMEOUT:.0f} s")
                time.sleep(0.01)
            return time.monotonic() - began, cpu_seconds(app.pid)
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
    # label: (command, whether a vault exists in the profile first)
    commands = {"shelterdesk": (python, True), "shelterdesk --demo": ([*python, "--demo"], False),
                "shelterdesk, first run (no vault yet)": (python, False)}
    if args.bundle is not None:
        exe = str(args.bundle.resolve())
        commands.update({"bundle": ([exe], True), "bundle --demo": ([exe, "--demo"], False)})
    xvfb, display = start_xvfb()
    try:
        print(f"Cold start to the window mapped, {args.runs} runs after one warm-up run; load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
        print("| command | median s | min s | max s | CPU s (median) |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for label, (command, with_vault) in commands.items():
            time_start(command, display, with_vault)  # warm the disk cache
            runs = [time_start(command, display, with_vault) for _ in range(args.runs)]
            walls = [wall for wall, _cpu in runs]
            cpu = statistics.median(cpu for _wall, cpu in runs)
            print(f"| `{label}` | {statistics.median(walls):.2f} | {min(walls):.2f} | {max(walls):.2f} "
                  f"| {cpu:.2f} |", flush=True)
    finally:
        xvfb.terminate()
        xvfb.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
