"""The app as a user gets it: packaging/install.sh, the README's commands, CI.

The `build` test runs the real installer with an empty home folder, so the app
is built as a wheel and installed into a new virtual environment outside the
source tree (the checkout cannot stand in for it), then prints a letter with
the installed `shelterdesk-cli` and reads it back.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.shared import flat, need_tool, pdf_fonts, pdf_text

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery staple 42"


def readme_commands() -> list[str]:
    """The README's ```sh blocks, in order."""
    return [block.strip() for block in re.findall(r"^```sh\n(.*?)^```", (ROOT / "README.md").read_text("utf-8"),
                                                 flags=re.M | re.S)]


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text("utf-8").strip().splitlines()[-1]
    install, tests = readme_commands()[:2]
    assert ci == tests
    assert install.startswith("bash packaging/install.sh &&") and "--demo" in install
    assert tests.startswith("bash packaging/install.sh --test &&")


def test_a_missing_tool_fails_under_ci_and_is_skipped_elsewhere(monkeypatch):
    monkeypatch.setattr("shutil.which", lambda tool: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="pdftotext is not installed"):
        need_tool("pdftotext")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        need_tool("pdftotext")


def _installer(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON", "VIRTUAL_ENV"))}
    # pip's cache stays where it was, so the libraries are not downloaded again.
    env.setdefault("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))
    env.update(HOME=str(home), PYTHON=sys.executable)
    return subprocess.run(["bash", str(ROOT / "packaging" / "install.sh"), *args], cwd=home, env=env,
                          capture_output=True, text=True, timeout=1200)


@pytest.mark.build
def test_installed_app_prints_a_letter_upgrades_in_place_and_uninstalls_without_the_vault(tmp_path):
    home = tmp_path / "user"  # the user's home folder, empty
    home.mkdir()
    done = _installer(home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "is not on your PATH" in done.stdout  # an empty home's ~/.local/bin is not on PATH
    venv = home / ".local" / "share" / "shelterdesk-app" / "venv"
    cli = home / ".local" / "bin" / "shelterdesk-cli"
    assert (home / ".local" / "bin" / "shelterdesk").is_file() and cli.is_file()
    entry = (home / ".local" / "share" / "applications" / "shelterdesk.desktop").read_text("utf-8")
    assert f'Exec="{home}/.local/bin/shelterdesk"' in entry and "Icon=shelterdesk" in entry
    assert (home / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "shelterdesk.svg").is_file()

    # The installed package is a copy with every module and every resource file.
    where = subprocess.run([str(venv / "bin" / "python"), "-c", "import shelterdesk; print(shelterdesk.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"}, check=True)
    package = Path(where.stdout.strip()).parent
    assert package.is_relative_to(venv), package
    wanted = {p.relative_to(ROOT / "shelterdesk") for p in (ROOT / "shelterdesk").rglob("*.py")}
    wanted |= {Path("resources") / p.relative_to(ROOT / "resources")
               for p in (ROOT / "resources").rglob("*") if p.is_file()}
    shipped = {p.relative_to(package) for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert not wanted - shipped, sorted(map(str, wanted - shipped))

    # A letter from the installed command line, read back.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "SHELTERDESK_HOME": str(tmp_path / "data"),
           "SHELTERDESK_PASSPHRASE": PASSPHRASE, "LANG": "C.UTF-8"}

    def run(*argv: str) -> str:
        out = subprocess.run([str(cli), "--user", "admin", *argv], cwd=tmp_path, env=env, capture_output=True,
                             text=True, timeout=300)
        assert out.returncode == 0, f"{argv}: {out.stderr}"
        return out.stdout

    run("init", "--admin", "admin", "--shelter-name", "Harbour House")
    case = run("add", "--family", "Zhang", "--given", "Wei", "--native", "张伟", "--nationality", "CN").strip()
    run("consent", case, "--kind", "embassy")
    embassy = next(line.split()[0] for line in run("agencies").splitlines() if "[CN]" in line)
    pdf = tmp_path / "letter.pdf"
    run("letter", case, "--agency", embassy, "--out", str(pdf))
    text = flat(pdf_text(pdf.read_bytes(), tmp_path))
    assert "Harbour House" in text and "ZHANG Wei" in text and "编号" in text, text[:400]  # the surname first and marked, as officers read it
    fonts = {row[0].split("+")[-1]: row for row in pdf_fonts(pdf.read_bytes(), tmp_path)}
    assert {"NotoSans-Regular", "NotoSansSC-Regular"} <= set(fonts), fonts
    assert all(row[-5] == "yes" for row in fonts.values()), fonts  # every font embedded

    # Again: an upgrade in place, the vault untouched; then the uninstall keeps it.
    vault = sorted(p.name for p in (tmp_path / "data" / "vault").iterdir())
    again = _installer(home)
    assert again.returncode == 0, again.stdout + again.stderr
    assert case in run("search", "张伟")
    gone = _installer(home, "--uninstall")
    assert gone.returncode == 0, gone.stderr
    assert not venv.exists() and not cli.exists()
    assert not (home / ".local" / "share" / "applications" / "shelterdesk.desktop").exists()
    assert sorted(p.name for p in (tmp_path / "data" / "vault").iterdir()) == vault
