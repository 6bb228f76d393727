"""Windows and macOS: nothing Unix-only on a normal path, and the Unix-only checks say so."""

from __future__ import annotations

import importlib.util
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from shelterdesk import hardening
from shelterdesk.domain.errors import VaultInUse
from shelterdesk.storage import atomic
from shelterdesk.storage.vault import acquire_folder_lock, release_folder_lock

ROOT = Path(__file__).resolve().parent.parent


def _portability_tool():
    spec = importlib.util.spec_from_file_location("check_portability", ROOT / "tools" / "check_portability.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_portability_check_finds_the_unix_only_calls_windows_lacks(tmp_path):
    source = tmp_path / "unix_only.py"
    source.write_text(textwrap.dedent("""
        import fcntl
        import os
        import resource
        import sys

        def lock(fd: int) -> None:
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.fchmod(fd, 0o600)
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

        def guarded(fd: int) -> None:
            if sys.platform != "win32":
                fcntl.flock(fd, fcntl.LOCK_UN)
    """), "utf-8")
    problems = _portability_tool().check([str(source)], ("win32", "linux"))
    assert problems and all(p.startswith("win32: ") for p in problems), problems
    lines = {int(p.split(":")[2]) for p in problems}
    assert lines == {8, 9, 10}, problems  # the guarded call on line 14 is fine


def test_windows_hardening_is_a_logged_no_op(monkeypatch, caplog):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "resource", None)  # as on Windows: importing it fails
    with caplog.at_level(logging.WARNING, logger="shelterdesk.hardening"):
        assert hardening.disable_core_dumps() == []
    assert "Windows" in caplog.text and "Core dumps" in caplog.text


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_CORE exists on Linux and macOS only")
@pytest.mark.parametrize("platform, expected", [("linux", ["RLIMIT_CORE=0", "PR_SET_DUMPABLE=0"]),
                                                ("darwin", ["RLIMIT_CORE=0"])])
def test_unix_hardening_per_platform(platform, expected):
    # In a child: the hard core limit cannot be raised again in this process.
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); sys.platform = {platform!r}\n"
            "from shelterdesk.hardening import disable_core_dumps\n"
            "print(disable_core_dumps())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == repr(expected), out.stderr


def test_private_write_replaces_a_stale_temp_file_and_keeps_bytes_exact(tmp_path):
    target = tmp_path / "keyslots.json"
    stale = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    stale.write_bytes(b"left by a crash")
    stale.chmod(0o644)
    data = b'{"a": 1}\n\r\n\x00\xff'
    atomic.write_private(target, data)
    assert target.read_bytes() == data and not stale.exists()
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o777 == 0o600


def test_vault_lock_refuses_a_second_holder_and_is_free_after_release(tmp_path):
    first = acquire_folder_lock(tmp_path)
    with pytest.raises(VaultInUse, match="in use by another ShelterDesk"):
        acquire_folder_lock(tmp_path)
    child = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
         "from shelterdesk.storage.vault import acquire_folder_lock\n"
         f"acquire_folder_lock(__import__('pathlib').Path({str(tmp_path)!r}))"],
        capture_output=True, text=True, timeout=60)
    assert "VaultInUse" in child.stderr
    release_folder_lock(first)
    release_folder_lock(acquire_folder_lock(tmp_path))
